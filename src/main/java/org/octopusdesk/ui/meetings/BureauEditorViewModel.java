package org.octopusdesk.ui.meetings;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.octopusdesk.domain.country.Country;
import org.octopusdesk.domain.meeting.BureauMember;
import org.octopusdesk.domain.meeting.BureauMemberDraft;
import org.octopusdesk.domain.meeting.BureauRole;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.meetings.BureauService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FieldErrors;
import org.octopusdesk.ui.common.FormSave;

/** The form of a Bureau seat: role, person, country and term (the end may stay empty). */
public final class BureauEditorViewModel {

    private final BureauService service;
    private final BureauMember original;
    private final ObjectProperty<BureauRole> role = new SimpleObjectProperty<>(BureauRole.MEMBER);
    private final StringProperty person = new SimpleStringProperty("");
    private final ObjectProperty<Country> country = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final FieldErrors fieldErrors;
    private final FormSave saving;

    /**
     * @param original the seat to edit, or {@code null} for a new one
     * @param originalCountry the edited seat's country, or {@code null}
     */
    public BureauEditorViewModel(BureauService service, BackgroundRunner runner, ErrorReporter errors,
            Messages messages, BureauMember original, Country originalCountry) {
        this.service = service;
        this.original = original;
        this.fieldErrors = new FieldErrors(messages, BureauMemberDraft.ROLE, BureauMemberDraft.PERSON,
                BureauMemberDraft.COUNTRY, BureauMemberDraft.FROM, BureauMemberDraft.TO, BureauMemberDraft.NOTE);
        this.saving = new FormSave(runner, errors, fieldErrors, BureauMemberDraft.FROM);
        fieldErrors.checkWith(() -> draft().validate());
        fieldErrors.watch(BureauMemberDraft.ROLE, role);
        fieldErrors.watch(BureauMemberDraft.PERSON, person);
        fieldErrors.watch(BureauMemberDraft.COUNTRY, country);
        fieldErrors.watch(BureauMemberDraft.FROM, from);
        fieldErrors.watch(BureauMemberDraft.TO, from, to);
        fieldErrors.watch(BureauMemberDraft.NOTE, note);
        if (original != null) {
            BureauMemberDraft details = original.details();
            role.set(details.role());
            person.set(details.personName());
            country.set(originalCountry);
            from.set(details.from());
            to.set(details.to());
            note.set(details.note());
        }
    }

    public boolean isNew() {
        return original == null;
    }

    public void save(Consumer<BureauMember> onSaved) {
        BureauMemberDraft draft = draft();
        if (fieldErrors.show(draft.validate(), BureauMemberDraft.FROM)) {
            saving.run(() -> original == null ? service.add(draft) : service.update(original.id(), draft), onSaved);
        }
    }

    private BureauMemberDraft draft() {
        return new BureauMemberDraft(role.get(), person.get(), country.get() == null ? null : country.get().code(),
                from.get(), to.get(), note.get());
    }

    public ObjectProperty<BureauRole> roleProperty() {
        return role;
    }

    public StringProperty personProperty() {
        return person;
    }

    public ObjectProperty<Country> countryProperty() {
        return country;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.savingProperty();
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }
}

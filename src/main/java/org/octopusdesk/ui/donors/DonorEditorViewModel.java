package org.octopusdesk.ui.donors;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.domain.donor.DonorDraft;
import org.octopusdesk.domain.donor.DonorKind;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.donors.DonorService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FieldErrors;
import org.octopusdesk.ui.common.FormSave;

/** The form of a donor; messages appear beside the fields and the form keeps what was typed. */
public final class DonorEditorViewModel {

    private final DonorService service;
    private final Donor original;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<DonorKind> kind = new SimpleObjectProperty<>(DonorKind.STATE_PARTY);
    private final StringProperty country = new SimpleStringProperty("");
    private final StringProperty contactNotes = new SimpleStringProperty("");
    private final FieldErrors fieldErrors;
    private final FormSave saving;

    /** @param original the donor to edit, or {@code null} for a new one */
    public DonorEditorViewModel(DonorService service, BackgroundRunner runner, ErrorReporter errors,
            Messages messages, Donor original) {
        this.service = service;
        this.original = original;
        this.fieldErrors = new FieldErrors(messages, DonorDraft.NAME, DonorDraft.KIND, DonorDraft.COUNTRY,
                DonorDraft.CONTACT_NOTES);
        this.saving = new FormSave(runner, errors, fieldErrors, DonorDraft.NAME);
        fieldErrors.checkWith(() -> draft().validate());
        fieldErrors.watch(DonorDraft.NAME, name);
        fieldErrors.watch(DonorDraft.KIND, kind);
        fieldErrors.watch(DonorDraft.COUNTRY, country);
        fieldErrors.watch(DonorDraft.CONTACT_NOTES, contactNotes);
        if (original != null) {
            name.set(original.name());
            kind.set(original.kind());
            country.set(original.country());
            contactNotes.set(original.contactNotes());
        }
    }

    public boolean isNew() {
        return original == null;
    }

    public void save(Consumer<Donor> onSaved) {
        DonorDraft draft = draft();
        if (fieldErrors.show(draft.validate(), DonorDraft.NAME)) {
            saving.run(() -> original == null ? service.create(draft)
                    : service.update(original.id(), original.version(), draft), onSaved);
        }
    }

    private DonorDraft draft() {
        return new DonorDraft(name.get(), kind.get(), country.get(), contactNotes.get());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<DonorKind> kindProperty() {
        return kind;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public StringProperty contactNotesProperty() {
        return contactNotes;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.savingProperty();
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }
}

package org.octopusdesk.ui.donors;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.domain.donor.DonorDraft;
import org.octopusdesk.domain.donor.DonorKind;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.donors.DonorService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FieldErrors;

/** The form of a donor; messages appear beside the fields and the form keeps what was typed. */
public final class DonorEditorViewModel {

    private final DonorService service;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Donor original;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<DonorKind> kind = new SimpleObjectProperty<>(DonorKind.STATE_PARTY);
    private final StringProperty country = new SimpleStringProperty("");
    private final StringProperty contactNotes = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final FieldErrors fieldErrors;

    /** @param original the donor to edit, or {@code null} for a new one */
    public DonorEditorViewModel(DonorService service, BackgroundRunner runner, ErrorReporter errors,
            Messages messages, Donor original) {
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        this.original = original;
        this.fieldErrors = new FieldErrors(messages, DonorDraft.NAME, DonorDraft.KIND, DonorDraft.COUNTRY,
                DonorDraft.CONTACT_NOTES);
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
        DonorDraft draft = new DonorDraft(name.get(), kind.get(), country.get(), contactNotes.get());
        var problems = draft.validate();
        fieldErrors.show(problems, DonorDraft.NAME);
        if (!problems.isEmpty() || saving.get()) {
            return;
        }
        saving.set(true);
        runner.run(() -> original == null ? service.create(draft)
                : service.update(original.id(), original.version(), draft), saved -> {
                    saving.set(false);
                    onSaved.accept(saved);
                }, failure -> {
                    saving.set(false);
                    if (failure instanceof ValidationException invalid) {
                        fieldErrors.show(invalid.errors(), DonorDraft.NAME);
                    } else {
                        errors.report(failure);
                    }
                });
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

    public BooleanProperty savingProperty() {
        return saving;
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }
}

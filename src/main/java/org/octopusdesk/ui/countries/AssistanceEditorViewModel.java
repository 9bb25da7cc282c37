package org.octopusdesk.ui.countries;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.octopusdesk.domain.country.AssistanceActivity;
import org.octopusdesk.domain.country.AssistanceDraft;
import org.octopusdesk.domain.country.AssistanceKind;
import org.octopusdesk.domain.country.Country;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.countries.AssistanceService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FieldErrors;
import org.octopusdesk.ui.common.FormSave;

/** The form that logs an assistance activity; the project is optional. */
public final class AssistanceEditorViewModel {

    private final AssistanceService service;
    private final ObjectProperty<Country> country = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> end = new SimpleObjectProperty<>();
    private final ObjectProperty<AssistanceKind> kind = new SimpleObjectProperty<>(AssistanceKind.WORKSHOP);
    private final ObjectProperty<Project> project = new SimpleObjectProperty<>();
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty outcome = new SimpleStringProperty("");
    private final FieldErrors fieldErrors;
    private final FormSave saving;

    /** @param country the country the form opens on, or {@code null} */
    public AssistanceEditorViewModel(AssistanceService service, BackgroundRunner runner, ErrorReporter errors,
            Messages messages, Country country) {
        this.service = service;
        this.fieldErrors = new FieldErrors(messages, AssistanceDraft.COUNTRY, AssistanceDraft.START,
                AssistanceDraft.END, AssistanceDraft.KIND, AssistanceDraft.DESCRIPTION, AssistanceDraft.OUTCOME);
        this.saving = new FormSave(runner, errors, fieldErrors, AssistanceDraft.DESCRIPTION);
        fieldErrors.checkWith(() -> draft().validate());
        fieldErrors.watch(AssistanceDraft.COUNTRY, this.country);
        fieldErrors.watch(AssistanceDraft.START, start);
        fieldErrors.watch(AssistanceDraft.END, start, end);
        fieldErrors.watch(AssistanceDraft.KIND, kind);
        fieldErrors.watch(AssistanceDraft.DESCRIPTION, description);
        fieldErrors.watch(AssistanceDraft.OUTCOME, outcome);
        this.country.set(country);
        // A one-day activity is the common case: the end follows the start until the person sets it.
        start.addListener((observable, old, day) -> {
            if (end.get() == null || end.get().equals(old)) {
                end.set(day);
            }
        });
    }

    public void save(Consumer<AssistanceActivity> onSaved) {
        AssistanceDraft draft = draft();
        if (fieldErrors.show(draft.validate(), AssistanceDraft.DESCRIPTION)) {
            saving.run(() -> service.log(draft), onSaved);
        }
    }

    private AssistanceDraft draft() {
        return new AssistanceDraft(country.get() == null ? null : country.get().code(), start.get(), end.get(),
                kind.get(), project.get() == null ? null : project.get().id(), description.get(), outcome.get());
    }

    public ObjectProperty<Country> countryProperty() {
        return country;
    }

    public ObjectProperty<LocalDate> startProperty() {
        return start;
    }

    public ObjectProperty<LocalDate> endProperty() {
        return end;
    }

    public ObjectProperty<AssistanceKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Project> projectProperty() {
        return project;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty outcomeProperty() {
        return outcome;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.savingProperty();
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }
}

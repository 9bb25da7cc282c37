package org.octopusdesk.ui.projects;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.octopusdesk.domain.project.Amendment;
import org.octopusdesk.domain.project.AmendmentDraft;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.ProjectService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FieldErrors;
import org.octopusdesk.ui.common.FormSave;

/** The form that extends or shortens a project: new end, date decided, reason. */
public final class AmendmentEditorViewModel {

    private final ProjectService service;
    private final Project project;
    private final ObjectProperty<LocalDate> newEnd = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> decidedOn;
    private final StringProperty reason = new SimpleStringProperty("");
    private final FormSave saving;
    private final FieldErrors fieldErrors;

    public AmendmentEditorViewModel(ProjectService service, BackgroundRunner runner, ErrorReporter errors,
            Messages messages, Project project) {
        this.service = service;
        this.project = project;
        this.decidedOn = new SimpleObjectProperty<>(service.today());
        this.fieldErrors = new FieldErrors(messages, AmendmentDraft.NEW_END, AmendmentDraft.DECIDED_ON,
                AmendmentDraft.REASON);
        this.saving = new FormSave(runner, errors, fieldErrors, AmendmentDraft.REASON);
        fieldErrors.checkWith(() -> draft().validateFor(project));
        fieldErrors.watch(AmendmentDraft.NEW_END, newEnd, decidedOn);
        fieldErrors.watch(AmendmentDraft.DECIDED_ON, decidedOn, newEnd);
        fieldErrors.watch(AmendmentDraft.REASON, reason);
    }

    private AmendmentDraft draft() {
        return new AmendmentDraft(newEnd.get(), decidedOn.get(), reason.get());
    }

    public Project project() {
        return project;
    }

    public void save(Consumer<Amendment> onSaved) {
        AmendmentDraft draft = draft();
        if (fieldErrors.show(draft.validateFor(project), AmendmentDraft.REASON)) {
            saving.run(() -> service.amend(project.id(), project.version(), draft), onSaved);
        }
    }

    public ObjectProperty<LocalDate> newEndProperty() {
        return newEnd;
    }

    public ObjectProperty<LocalDate> decidedOnProperty() {
        return decidedOn;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.savingProperty();
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }
}

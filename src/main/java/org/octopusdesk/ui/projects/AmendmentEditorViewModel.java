package org.octopusdesk.ui.projects;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.project.Amendment;
import org.octopusdesk.domain.project.AmendmentDraft;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.ProjectService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FieldErrors;

/** The form that extends or shortens a project: new end, date decided, reason. */
public final class AmendmentEditorViewModel {

    private final ProjectService service;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Project project;
    private final ObjectProperty<LocalDate> newEnd = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> decidedOn;
    private final StringProperty reason = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final FieldErrors fieldErrors;

    public AmendmentEditorViewModel(ProjectService service, BackgroundRunner runner, ErrorReporter errors,
            Messages messages, Project project) {
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        this.project = project;
        this.decidedOn = new SimpleObjectProperty<>(service.today());
        this.fieldErrors = new FieldErrors(messages, AmendmentDraft.NEW_END, AmendmentDraft.DECIDED_ON,
                AmendmentDraft.REASON);
    }

    public Project project() {
        return project;
    }

    public void save(Consumer<Amendment> onSaved) {
        AmendmentDraft draft = new AmendmentDraft(newEnd.get(), decidedOn.get(), reason.get());
        var problems = draft.validateFor(project);
        fieldErrors.show(problems, AmendmentDraft.REASON);
        if (!problems.isEmpty() || saving.get()) {
            return;
        }
        saving.set(true);
        runner.run(() -> service.amend(project.id(), project.version(), draft), saved -> {
            saving.set(false);
            onSaved.accept(saved);
        }, failure -> {
            saving.set(false);
            if (failure instanceof ValidationException invalid) {
                fieldErrors.show(invalid.errors(), AmendmentDraft.REASON);
            } else {
                errors.report(failure);
            }
        });
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

    public BooleanProperty savingProperty() {
        return saving;
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }
}

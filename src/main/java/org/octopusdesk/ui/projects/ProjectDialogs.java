package org.octopusdesk.ui.projects;

import java.util.List;
import java.util.function.Consumer;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.ProjectService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;

/** Opens the project forms with fresh view-models; each reports the saved result to its caller. */
public final class ProjectDialogs {

    private final ProjectService service;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final javafx.stage.Window owner;

    public ProjectDialogs(ProjectService service, BackgroundRunner runner, ErrorReporter errors, Messages messages,
            javafx.stage.Window owner) {
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.owner = owner;
    }

    public void create(List<Project> others, Consumer<Project> onSaved) {
        var viewModel = new ProjectEditorViewModel(service, runner, errors, messages, null, false, others);
        new ProjectEditorDialog(viewModel, messages, owner).showAndWait().ifPresent(onSaved);
    }

    /** Reads the project afresh (its amendments decide whether the end is editable), then opens the form. */
    public void edit(Project project, List<Project> others, Consumer<Project> onSaved) {
        runner.run(() -> service.details(project.id()), details -> {
            var viewModel = new ProjectEditorViewModel(service, runner, errors, messages, details.project(),
                    !details.amendments().isEmpty(), others);
            new ProjectEditorDialog(viewModel, messages, owner).showAndWait().ifPresent(onSaved);
        }, errors::report);
    }

    public void amend(Project project, Runnable onSaved) {
        runner.run(() -> service.get(project.id()), fresh -> {
            var viewModel = new AmendmentEditorViewModel(service, runner, errors, messages, fresh);
            if (new AmendmentDialog(viewModel, messages, owner).showAndWait().isPresent()) {
                onSaved.run();
            }
        }, errors::report);
    }
}

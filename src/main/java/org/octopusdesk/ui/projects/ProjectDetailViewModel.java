package org.octopusdesk.ui.projects;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.project.ProjectDuration;
import org.octopusdesk.domain.project.ProjectId;
import org.octopusdesk.service.ProjectDetails;
import org.octopusdesk.service.ProjectService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.LatestRequest;

/** The project shown beside the list: its details, amendment history and duration as of the list's date. */
public final class ProjectDetailViewModel {

    private final ProjectService service;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final ReadOnlyObjectWrapper<ProjectDetails> details = new ReadOnlyObjectWrapper<>();
    private final ObjectBinding<ProjectDuration> duration;
    private final LatestRequest requested = new LatestRequest();

    public ProjectDetailViewModel(ProjectService service, BackgroundRunner runner, ErrorReporter errors,
            ObjectProperty<LocalDate> asOf) {
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        this.duration = Bindings.createObjectBinding(() -> {
            ProjectDetails shown = details.get();
            return shown == null || asOf.get() == null ? null : shown.project().durationAsOf(asOf.get());
        }, details, asOf);
    }

    public ReadOnlyObjectProperty<ProjectDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ObjectBinding<ProjectDuration> durationBinding() {
        return duration;
    }

    public Optional<Project> project() {
        return Optional.ofNullable(details.get()).map(ProjectDetails::project);
    }

    /** Shows the project, or nothing for {@code null}; answers that arrive after a newer request are dropped. */
    public void show(ProjectId id) {
        if (id == null) {
            requested.supersede();
            details.set(null);
            return;
        }
        requested.run(runner, () -> service.details(id), details::set, errors::report);
    }
}

package org.octopusdesk.ui.projects;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.project.ProjectId;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.ProjectService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.DialogService;
import org.octopusdesk.ui.common.ErrorReporter;

/**
 * State of the project list: every project with its duration as of a chosen date, filtered as the person
 * types, and the selected one.
 */
public final class ProjectListViewModel {

    private final ProjectService service;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final Messages messages;

    private final ObservableList<ProjectRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ProjectRow> visibleRows = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> asOf;
    private final ObjectProperty<ProjectRow> selected = new SimpleObjectProperty<>();
    private List<Project> projects = List.of();

    public ProjectListViewModel(ProjectService service, BackgroundRunner runner, DialogService dialogs,
            ErrorReporter errors, Messages messages) {
        this.service = service;
        this.runner = runner;
        this.dialogs = dialogs;
        this.errors = errors;
        this.messages = messages;
        this.asOf = new SimpleObjectProperty<>(service.today());
        filter.addListener((observable, old, text) -> visibleRows.setPredicate(row -> matches(row, text)));
        asOf.addListener((observable, old, date) -> {
            if (date != null) {
                rebuildRows(selectedId());
            }
        });
    }

    public ObservableList<ProjectRow> visibleRows() {
        return visibleRows;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public ObjectProperty<ProjectRow> selectedProperty() {
        return selected;
    }

    /** Every project except {@code self}, for choosing a predecessor. */
    public List<Project> projects() {
        return projects;
    }

    public void reload() {
        reload(selectedId());
    }

    /** Reads the projects again and selects {@code select} when it is still there. */
    public void reload(Optional<ProjectId> select) {
        runner.run(service::list, loaded -> {
            projects = loaded;
            rebuildRows(select);
        }, errors::report);
    }

    private void rebuildRows(Optional<ProjectId> select) {
        LocalDate date = asOf.get();
        rows.setAll(projects.stream().map(project -> new ProjectRow(project, project.durationAsOf(date))).toList());
        selected.set(select.flatMap(id -> visibleRows.stream()
                .filter(row -> row.project().id().equals(id)).findFirst()).orElse(null));
    }

    private Optional<ProjectId> selectedId() {
        return Optional.ofNullable(selected.get()).map(row -> row.project().id());
    }

    private boolean matches(ProjectRow row, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        Project project = row.project();
        return project.code().toLowerCase(Locale.ROOT).contains(needle)
                || project.name().toLowerCase(Locale.ROOT).contains(needle)
                || messages.text(project.status().messageKey()).toLowerCase(Locale.ROOT).contains(needle)
                || messages.text(row.duration().state().messageKey()).toLowerCase(Locale.ROOT).contains(needle);
    }

    /** Asks, then deletes the selected project; a refusal (it is still referred to) is explained. */
    public void deleteSelected() {
        ProjectRow row = selected.get();
        if (row == null) {
            return;
        }
        Project project = row.project();
        boolean confirmed = dialogs.confirm(messages.text("project.delete.title"),
                messages.text("project.delete.question", project.name()), messages.text("action.delete"));
        if (confirmed) {
            runner.run(() -> {
                service.delete(project.id(), project.version());
                return project;
            }, deleted -> reload(Optional.empty()), failure -> {
                errors.report(failure);
                reload();
            });
        }
    }
}

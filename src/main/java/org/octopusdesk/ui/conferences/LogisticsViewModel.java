package org.octopusdesk.ui.conferences;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.conference.LogisticsStatus;
import org.octopusdesk.domain.conference.LogisticsSummary;
import org.octopusdesk.domain.conference.LogisticsTask;
import org.octopusdesk.domain.conference.LogisticsTaskId;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.conferences.LogisticsService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.DialogService;
import org.octopusdesk.ui.common.ErrorReporter;

/** The logistics tasks of the selected edition: the list by status, its summary, marking done and deleting. */
public final class LogisticsViewModel {

    private final LogisticsService service;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final Messages messages;
    private final ObjectProperty<Conference> conference = new SimpleObjectProperty<>();
    private final ObjectProperty<LogisticsStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObservableList<LogisticsTask> tasks = FXCollections.observableArrayList();
    private final ObjectProperty<LogisticsTask> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<LogisticsSummary> summary =
            new ReadOnlyObjectWrapper<>(LogisticsSummary.of(List.of(), LocalDate.MIN));
    private LocalDate today;

    public LogisticsViewModel(LogisticsService service, BackgroundRunner runner, DialogService dialogs,
            ErrorReporter errors, Messages messages) {
        this.service = service;
        this.runner = runner;
        this.dialogs = dialogs;
        this.errors = errors;
        this.messages = messages;
        this.today = service.today();
        conference.addListener((observable, old, edition) -> reload(Optional.empty()));
        statusFilter.addListener((observable, old, status) -> reload(Optional.ofNullable(selected.get())
                .map(LogisticsTask::id)));
    }

    private record Loaded(List<LogisticsTask> shown, LogisticsSummary summary, LocalDate today) {
    }

    public void reload() {
        reload(Optional.ofNullable(selected.get()).map(LogisticsTask::id));
    }

    /** Reads the edition's tasks again and selects {@code select} when it is still shown. */
    public void reload(Optional<LogisticsTaskId> select) {
        Conference edition = conference.get();
        LogisticsStatus status = statusFilter.get();
        if (edition == null) {
            tasks.clear();
            selected.set(null);
            summary.set(LogisticsSummary.of(List.of(), today));
            return;
        }
        runner.run(() -> {
            LocalDate day = service.today();
            return new Loaded(service.ofConference(edition.id(), status), service.summary(edition.id(), day), day);
        }, loaded -> {
            if (edition.equals(conference.get()) && status == statusFilter.get()) {
                today = loaded.today();
                tasks.setAll(loaded.shown());
                summary.set(loaded.summary());
                selected.set(select.flatMap(id -> loaded.shown().stream().filter(task -> task.id().equals(id))
                        .findFirst()).orElse(null));
            }
        }, errors::report);
    }

    /** Whether the task is unfinished and past its due day, as of the last reading. */
    public boolean isOverdue(LogisticsTask task) {
        return task.isOverdueOn(today);
    }

    /** "6 tasks · 1 done · 2 overdue". */
    public String summaryText() {
        LogisticsSummary figures = summary.get();
        return messages.text("logistics.summary", figures.total(), figures.count(LogisticsStatus.DONE),
                figures.overdue());
    }

    /** Marks the selected task done and keeps it selected while the filter still shows it. */
    public void markSelectedDone() {
        LogisticsTask task = selected.get();
        if (task != null) {
            change(() -> service.markDone(task.id()), task.id());
        }
    }

    /** Asks, then deletes the selected task. */
    public void deleteSelected() {
        LogisticsTask task = selected.get();
        if (task != null && dialogs.confirm(messages.text("logistics.delete.title"),
                messages.text("logistics.delete.question", task.title()), messages.text("action.delete"))) {
            change(() -> service.delete(task.id()), null);
        }
    }

    private void change(Runnable work, LogisticsTaskId select) {
        runner.run(() -> {
            work.run();
            return select;
        }, done -> reload(Optional.ofNullable(select)), failure -> {
            errors.report(failure);
            reload(Optional.ofNullable(select));
        });
    }

    /** A form for a new task of the selected edition ({@code task} null) or for {@code task}. */
    LogisticsTaskEditorViewModel editor(LogisticsTask task) {
        return new LogisticsTaskEditorViewModel(service, runner, errors, messages, conference.get().id(), task);
    }

    /** The checklist template, to edit. */
    ChecklistViewModel checklist() {
        return new ChecklistViewModel(service, runner, dialogs, errors, messages);
    }

    public ObjectProperty<Conference> conferenceProperty() {
        return conference;
    }

    /** The status shown, or {@code null} for all. */
    public ObjectProperty<LogisticsStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObservableList<LogisticsTask> tasks() {
        return tasks;
    }

    public ObjectProperty<LogisticsTask> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<LogisticsSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}

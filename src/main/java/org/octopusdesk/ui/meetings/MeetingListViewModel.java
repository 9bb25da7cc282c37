package org.octopusdesk.ui.meetings;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.meeting.Meeting;
import org.octopusdesk.domain.meeting.MeetingId;
import org.octopusdesk.domain.meeting.MeetingSeries;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.meetings.MeetingFilter;
import org.octopusdesk.service.meetings.MeetingService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.DialogService;
import org.octopusdesk.ui.common.ErrorReporter;

/** The meeting list, filtered by series and year, and the selected meeting. */
public final class MeetingListViewModel {

    private final MeetingService service;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final Messages messages;
    private final ObservableList<Meeting> meetings = FXCollections.observableArrayList();
    private final ObservableList<MeetingSeries> series = FXCollections.observableArrayList();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<MeetingSeries> seriesFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> yearFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Meeting> selected = new SimpleObjectProperty<>();
    private final ObservableList<AuditEntry> history = FXCollections.observableArrayList();

    public MeetingListViewModel(MeetingService service, BackgroundRunner runner, DialogService dialogs,
            ErrorReporter errors, Messages messages) {
        this.service = service;
        this.runner = runner;
        this.dialogs = dialogs;
        this.errors = errors;
        this.messages = messages;
        seriesFilter.addListener((observable, old, value) -> reload());
        yearFilter.addListener((observable, old, value) -> reload());
        selected.addListener((observable, old, meeting) -> loadHistory(meeting));
    }

    private void loadHistory(Meeting meeting) {
        history.clear();
        if (meeting != null) {
            runner.run(() -> service.history(meeting.id()), loaded -> {
                if (meeting.equals(selected.get())) {
                    history.setAll(loaded);
                }
            }, errors::report);
        }
    }

    public void reload() {
        reload(Optional.ofNullable(selected.get()).map(Meeting::id));
    }

    /** Reads the series, the years and the meetings the filters accept, and selects {@code select} if shown. */
    public void reload(Optional<MeetingId> select) {
        MeetingFilter filter = new MeetingFilter(Optional.ofNullable(seriesFilter.get()).map(MeetingSeries::id),
                Optional.ofNullable(yearFilter.get()));
        runner.run(() -> new Page(service.series(), service.list(MeetingFilter.all()), service.list(filter)),
                page -> {
                    series.setAll(page.series());
                    List<Integer> known = page.all().stream().map(meeting -> meeting.start().getYear()).distinct()
                            .sorted(java.util.Comparator.reverseOrder()).toList();
                    if (!known.equals(years)) {
                        years.setAll(known);
                    }
                    meetings.setAll(page.shown());
                    selected.set(select.flatMap(id -> meetings.stream().filter(m -> m.id().equals(id)).findFirst())
                            .orElse(null));
                }, errors::report);
    }

    private record Page(List<MeetingSeries> series, List<Meeting> all, List<Meeting> shown) {
    }

    /** Asks, then deletes the selected meeting. */
    public void deleteSelected() {
        Meeting meeting = selected.get();
        if (meeting == null || !dialogs.confirm(messages.text("meeting.delete.title"),
                messages.text("meeting.delete.question", meeting.title(messages.locale())),
                messages.text("action.delete"))) {
            return;
        }
        runner.run(() -> {
            service.delete(meeting.id(), meeting.version());
            return meeting;
        }, deleted -> reload(Optional.empty()), failure -> {
            errors.report(failure);
            reload();
        });
    }

    public ObservableList<Meeting> meetings() {
        return meetings;
    }

    public ObservableList<MeetingSeries> series() {
        return series;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<MeetingSeries> seriesFilterProperty() {
        return seriesFilter;
    }

    public ObjectProperty<Integer> yearFilterProperty() {
        return yearFilter;
    }

    public ObjectProperty<Meeting> selectedProperty() {
        return selected;
    }

    public ObservableList<AuditEntry> history() {
        return history;
    }
}

package org.octopusdesk.ui.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.octopusdesk.domain.meeting.DelegationId;
import org.octopusdesk.domain.meeting.Meeting;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.countries.CountryService;
import org.octopusdesk.service.meetings.Attendance;
import org.octopusdesk.service.meetings.AttendanceService;
import org.octopusdesk.service.meetings.DelegationLine;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.DialogService;
import org.octopusdesk.ui.common.ErrorReporter;

/** The attendance at the meeting shown: its delegations, States first, and the headcount sentence. */
public final class AttendanceViewModel {

    private final AttendanceService service;
    private final CountryService countries;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final Messages messages;
    private final ObjectProperty<Meeting> meeting = new SimpleObjectProperty<>();
    private final ObservableList<DelegationLine> delegations = FXCollections.observableArrayList();
    private final ObjectProperty<DelegationLine> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper headcount = new ReadOnlyStringWrapper("");

    public AttendanceViewModel(AttendanceService service, CountryService countries, BackgroundRunner runner,
            DialogService dialogs, ErrorReporter errors, Messages messages) {
        this.service = service;
        this.countries = countries;
        this.runner = runner;
        this.dialogs = dialogs;
        this.errors = errors;
        this.messages = messages;
        meeting.addListener((observable, old, shown) -> reload(Optional.empty()));
    }

    /** Reads the attendance again and selects {@code select} when it is still there. */
    public void reload(Optional<DelegationId> select) {
        Meeting shown = meeting.get();
        if (shown == null) {
            delegations.clear();
            headcount.set("");
            return;
        }
        runner.run(() -> service.attendance(shown.id()), loaded -> {
            if (shown.equals(meeting.get())) {
                show(loaded, select);
            }
        }, errors::report);
    }

    private void show(Attendance attendance, Optional<DelegationId> select) {
        List<DelegationLine> lines = new ArrayList<>(attendance.states());
        lines.addAll(attendance.organisations());
        delegations.setAll(lines);
        headcount.set(attendance.isEmpty() ? messages.text("attendance.none")
                : attendance.headcount().sentence(messages.locale()) + ".");
        selected.set(select.flatMap(id -> lines.stream().filter(line -> line.delegation().id().equals(id))
                .findFirst()).orElse(null));
    }

    /** Asks, then deletes the selected delegation with the persons named in it. */
    public void deleteSelected() {
        DelegationLine line = selected.get();
        if (line != null && dialogs.confirm(messages.text("delegation.delete.title"),
                messages.text("delegation.delete.question", line.name(messages.locale())),
                messages.text("action.delete"))) {
            runner.run(() -> {
                service.delete(line.delegation().id());
                return line;
            }, done -> reload(Optional.empty()), failure -> {
                errors.report(failure);
                reload(Optional.empty());
            });
        }
    }

    public AttendanceService service() {
        return service;
    }

    public CountryService countries() {
        return countries;
    }

    public ObjectProperty<Meeting> meetingProperty() {
        return meeting;
    }

    public ObservableList<DelegationLine> delegations() {
        return delegations;
    }

    public ObjectProperty<DelegationLine> selectedProperty() {
        return selected;
    }

    /** "134 representatives of 57 Parties, Observer and ad hoc Observer States, and 9 organisations." */
    public ReadOnlyStringProperty headcountProperty() {
        return headcount.getReadOnlyProperty();
    }
}

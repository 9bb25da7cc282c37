package org.octopusdesk.ui.meetings;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.octopusdesk.domain.meeting.FollowUpAction;
import org.octopusdesk.domain.meeting.FollowUpId;
import org.octopusdesk.domain.meeting.Meeting;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.meetings.FollowUpService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.DialogService;
import org.octopusdesk.ui.common.ErrorReporter;

/** The follow-up actions of the meeting shown: the list, marking one done, deleting one. */
public final class FollowUpViewModel {

    private final FollowUpService service;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final Messages messages;
    private final ObjectProperty<Meeting> meeting = new SimpleObjectProperty<>();
    private final ObservableList<FollowUpAction> actions = FXCollections.observableArrayList();
    private final ObjectProperty<FollowUpAction> selected = new SimpleObjectProperty<>();

    public FollowUpViewModel(FollowUpService service, BackgroundRunner runner, DialogService dialogs,
            ErrorReporter errors, Messages messages) {
        this.service = service;
        this.runner = runner;
        this.dialogs = dialogs;
        this.errors = errors;
        this.messages = messages;
        meeting.addListener((observable, old, shown) -> reload(Optional.empty()));
    }

    /** Reads the meeting's actions again and selects {@code select} when it is still there. */
    public void reload(Optional<FollowUpId> select) {
        Meeting shown = meeting.get();
        if (shown == null) {
            actions.clear();
            selected.set(null);
            return;
        }
        runner.run(() -> service.ofMeeting(shown.id()), loaded -> {
            if (shown.equals(meeting.get())) {
                actions.setAll(loaded);
                selected.set(select.flatMap(id -> loaded.stream().filter(action -> action.id().equals(id))
                        .findFirst()).orElse(null));
            }
        }, errors::report);
    }

    /** Marks the selected action done and keeps it selected. */
    public void markSelectedDone() {
        FollowUpAction action = selected.get();
        if (action != null) {
            change(() -> service.markDone(action.id()), action.id());
        }
    }

    /** Asks, then deletes the selected action. */
    public void deleteSelected() {
        FollowUpAction action = selected.get();
        if (action != null && dialogs.confirm(messages.text("followUp.delete.title"),
                messages.text("followUp.delete.question", action.text()), messages.text("action.delete"))) {
            change(() -> service.delete(action.id()), null);
        }
    }

    private void change(Runnable work, FollowUpId select) {
        runner.run(() -> {
            work.run();
            return select;
        }, done -> reload(Optional.ofNullable(select)), failure -> {
            errors.report(failure);
            reload(Optional.ofNullable(select));
        });
    }

    public FollowUpService service() {
        return service;
    }

    public ObjectProperty<Meeting> meetingProperty() {
        return meeting;
    }

    public ObservableList<FollowUpAction> actions() {
        return actions;
    }

    public ObjectProperty<FollowUpAction> selectedProperty() {
        return selected;
    }
}

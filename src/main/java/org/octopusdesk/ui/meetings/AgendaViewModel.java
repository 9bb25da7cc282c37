package org.octopusdesk.ui.meetings;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.octopusdesk.domain.meeting.AgendaItem;
import org.octopusdesk.domain.meeting.AgendaItemId;
import org.octopusdesk.domain.meeting.Decision;
import org.octopusdesk.domain.meeting.Meeting;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.meetings.AgendaService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.DialogService;
import org.octopusdesk.ui.common.ErrorReporter;

/** The agenda of the meeting shown: its items, the selected item's decisions, and moving and deleting them. */
public final class AgendaViewModel {

    private final AgendaService service;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final Messages messages;
    private final ObjectProperty<Meeting> meeting = new SimpleObjectProperty<>();
    private final ObservableList<AgendaItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<AgendaItem> selected = new SimpleObjectProperty<>();
    private final ObservableList<Decision> decisions = FXCollections.observableArrayList();
    private final ObjectProperty<Decision> selectedDecision = new SimpleObjectProperty<>();

    public AgendaViewModel(AgendaService service, BackgroundRunner runner, DialogService dialogs,
            ErrorReporter errors, Messages messages) {
        this.service = service;
        this.runner = runner;
        this.dialogs = dialogs;
        this.errors = errors;
        this.messages = messages;
        meeting.addListener((observable, old, shown) -> reload(Optional.empty()));
        selected.addListener((observable, old, item) -> decisions.setAll(item == null ? List.of() : item.decisions()));
    }

    /** Reads the agenda again and selects {@code select} when it is still there. */
    public void reload(Optional<AgendaItemId> select) {
        Meeting shown = meeting.get();
        if (shown == null) {
            items.clear();
            return;
        }
        runner.run(() -> service.agenda(shown.id()), loaded -> {
            if (shown.equals(meeting.get())) {
                items.setAll(loaded);
                selected.set(select.flatMap(id -> loaded.stream().filter(item -> item.id().equals(id)).findFirst())
                        .orElse(null));
            }
        }, errors::report);
    }

    /** Moves the selected item one place up or down, and keeps it selected. */
    public void move(boolean up) {
        AgendaItem item = selected.get();
        if (item != null) {
            change(() -> service.move(item.id(), up), item.id());
        }
    }

    /** Asks, then deletes the selected item with its decisions. */
    public void deleteSelected() {
        AgendaItem item = selected.get();
        if (item != null && dialogs.confirm(messages.text("agenda.delete.title"),
                messages.text("agenda.delete.question", item.number(), item.title(), item.decisions().size()),
                messages.text("action.delete"))) {
            change(() -> service.deleteItem(item.id()), null);
        }
    }

    /** Asks, then deletes the selected decision. */
    public void deleteSelectedDecision() {
        Decision decision = selectedDecision.get();
        if (decision != null && dialogs.confirm(messages.text("decision.delete.title"),
                messages.text("decision.delete.question", decision.text()), messages.text("action.delete"))) {
            change(() -> service.deleteDecision(decision.id()), decision.item());
        }
    }

    private void change(Runnable work, AgendaItemId select) {
        runner.run(() -> {
            work.run();
            return select;
        }, done -> reload(Optional.ofNullable(select)), failure -> {
            errors.report(failure);
            reload(Optional.ofNullable(select));
        });
    }

    public AgendaService service() {
        return service;
    }

    public ObjectProperty<Meeting> meetingProperty() {
        return meeting;
    }

    public ObservableList<AgendaItem> items() {
        return items;
    }

    public ObjectProperty<AgendaItem> selectedProperty() {
        return selected;
    }

    public ObservableList<Decision> decisions() {
        return decisions;
    }

    public ObjectProperty<Decision> selectedDecisionProperty() {
        return selectedDecision;
    }
}

package org.octopusdesk.ui.conferences;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.conference.ConferenceId;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.conferences.ConferenceService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.DialogService;
import org.octopusdesk.ui.common.ErrorReporter;

/** The editions, latest first, the selected one and its history. */
public final class ConferenceListViewModel {

    private final ConferenceService service;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final Messages messages;
    private final ObservableList<Conference> conferences = FXCollections.observableArrayList();
    private final ObjectProperty<Conference> selected = new SimpleObjectProperty<>();
    private final ObservableList<AuditEntry> history = FXCollections.observableArrayList();

    public ConferenceListViewModel(ConferenceService service, BackgroundRunner runner, DialogService dialogs,
            ErrorReporter errors, Messages messages) {
        this.service = service;
        this.runner = runner;
        this.dialogs = dialogs;
        this.errors = errors;
        this.messages = messages;
        selected.addListener((observable, old, conference) -> loadHistory(conference));
    }

    private void loadHistory(Conference conference) {
        history.clear();
        if (conference != null) {
            runner.run(() -> service.history(conference.id()), loaded -> {
                if (conference.equals(selected.get())) {
                    history.setAll(loaded);
                }
            }, errors::report);
        }
    }

    public void reload() {
        reload(Optional.ofNullable(selected.get()).map(Conference::id));
    }

    /** Reads the editions again and selects {@code select} if it is still there. */
    public void reload(Optional<ConferenceId> select) {
        runner.run(service::list, loaded -> {
            conferences.setAll(loaded);
            selected.set(select.flatMap(id -> find(loaded, id)).orElse(null));
        }, errors::report);
    }

    private static Optional<Conference> find(List<Conference> conferences, ConferenceId id) {
        return conferences.stream().filter(conference -> conference.id().equals(id)).findFirst();
    }

    /** Asks, then deletes the selected edition with its programme. */
    public void deleteSelected() {
        Conference conference = selected.get();
        if (conference == null || !dialogs.confirm(messages.text("conference.delete.title"),
                messages.text("conference.delete.question", conference.title()), messages.text("action.delete"))) {
            return;
        }
        runner.run(() -> {
            service.delete(conference.id(), conference.version());
            return conference;
        }, deleted -> reload(Optional.empty()), failure -> {
            errors.report(failure);
            reload();
        });
    }

    public ObservableList<Conference> conferences() {
        return conferences;
    }

    public ObjectProperty<Conference> selectedProperty() {
        return selected;
    }

    public ObservableList<AuditEntry> history() {
        return history;
    }
}

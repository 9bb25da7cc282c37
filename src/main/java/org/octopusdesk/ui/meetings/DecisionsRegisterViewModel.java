package org.octopusdesk.ui.meetings;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.octopusdesk.domain.meeting.Meeting;
import org.octopusdesk.domain.meeting.RegisteredDecision;
import org.octopusdesk.service.meetings.AgendaService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;

/** The decisions register: every decision across meetings, searched by text (decision, item or meeting). */
public final class DecisionsRegisterViewModel {

    private final AgendaService service;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Meeting> meeting = new SimpleObjectProperty<>();
    private final ObservableList<RegisteredDecision> lines = FXCollections.observableArrayList();
    private long asked;

    public DecisionsRegisterViewModel(AgendaService service, BackgroundRunner runner, ErrorReporter errors) {
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        text.addListener((observable, old, value) -> search());
        meeting.addListener((observable, old, value) -> search());
    }

    /** Searches again; an answer that arrives after a newer question is dropped. */
    public void search() {
        long question = ++asked;
        String typed = text.get();
        Optional<Meeting> of = Optional.ofNullable(meeting.get());
        runner.run(() -> service.register(typed, of.map(Meeting::id)), found -> {
            if (question == asked) {
                lines.setAll(found);
            }
        }, errors::report);
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<Meeting> meetingProperty() {
        return meeting;
    }

    public ObservableList<RegisteredDecision> lines() {
        return lines;
    }
}

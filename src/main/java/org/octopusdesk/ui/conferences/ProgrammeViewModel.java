package org.octopusdesk.ui.conferences;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.conference.DayTimetable;
import org.octopusdesk.domain.conference.ProgrammeClashes;
import org.octopusdesk.domain.conference.Session;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.conferences.ProgrammeService;
import org.octopusdesk.service.conferences.ProgrammeService.Programme;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.DialogService;
import org.octopusdesk.ui.common.ErrorReporter;

/** The programme of the selected edition, one day at a time, laid out as a timetable with its clashes. */
public final class ProgrammeViewModel {

    private final ProgrammeService service;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final Messages messages;
    private final ObjectProperty<Conference> conference = new SimpleObjectProperty<>();
    private final ObservableList<LocalDate> days = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<DayTimetable> timetable =
            new ReadOnlyObjectWrapper<>(DayTimetable.of(List.of()));
    private final ObjectProperty<Session> selected = new SimpleObjectProperty<>();
    private Programme programme;

    public ProgrammeViewModel(ProgrammeService service, BackgroundRunner runner, DialogService dialogs,
            ErrorReporter errors, Messages messages) {
        this.service = service;
        this.runner = runner;
        this.dialogs = dialogs;
        this.errors = errors;
        this.messages = messages;
        conference.addListener((observable, old, edition) -> reload());
        day.addListener((observable, old, value) -> layOut());
    }

    /** Reads the edition's programme again, keeping the day shown and the selected session where they remain. */
    public void reload() {
        Conference edition = conference.get();
        if (edition == null) {
            programme = null;
            days.clear();
            day.set(null);
            layOut();
            return;
        }
        runner.run(() -> service.of(edition.id()), loaded -> {
            if (!edition.id().equals(conference.get() == null ? null : conference.get().id())) {
                return;
            }
            programme = loaded;
            LocalDate shown = day.get();
            days.setAll(loaded.days());
            // An edition without dates has no days: an empty immutable list refuses to look for null.
            boolean stillThere = shown != null && loaded.days().contains(shown);
            day.set(stillThere ? shown : loaded.days().isEmpty() ? null : loaded.days().get(0));
            layOut();
        }, errors::report);
    }

    private void layOut() {
        List<Session> sessions = programme == null || day.get() == null ? List.of() : programme.on(day.get());
        Session kept = selected.get() == null ? null : sessions.stream()
                .filter(session -> session.id().equals(selected.get().id())).findFirst().orElse(null);
        timetable.set(DayTimetable.of(sessions));
        selected.set(kept);
    }

    /** The clashes of the whole programme (a speaker may be booked across the day's rooms). */
    public ProgrammeClashes clashes() {
        return programme == null ? ProgrammeClashes.of(List.of()) : programme.clashes();
    }

    /** What is wrong with {@code session}, one line a clash; empty when it can run as planned. */
    public String clashText(Session session) {
        return clashes().of(session.id()).stream().map(clash -> clash.isRoom()
                        ? messages.text("session.clash.room", session.room(), clash.other().title(),
                                times(clash.other()))
                        : messages.text("session.clash.person", clash.person(), clash.other().title(),
                                times(clash.other())))
                .collect(Collectors.joining("\n"));
    }

    /** "09:30–11:00". */
    public static String times(Session session) {
        return String.format(Locale.ROOT, "%s–%s", session.start(), session.end());
    }

    /** A form for a new session on the day shown, or for {@code session}. */
    public SessionEditorViewModel editor(Session session) {
        SessionEditorViewModel editor = new SessionEditorViewModel(service, runner, errors, messages,
                conference.get(), session);
        if (session == null) {
            editor.dayProperty().set(day.get());
        }
        return editor;
    }

    /** Asks, then deletes the selected session. */
    public void deleteSelected() {
        Session session = selected.get();
        if (session == null || !dialogs.confirm(messages.text("session.delete.title"),
                messages.text("session.delete.question", session.title()), messages.text("action.delete"))) {
            return;
        }
        runner.run(() -> {
            service.delete(session.id());
            return session;
        }, deleted -> reload(), failure -> {
            errors.report(failure);
            reload();
        });
    }

    /** Shows the day of a saved session and selects it. */
    public void showSaved(Session session) {
        day.set(session.day());
        selected.set(session);
        reload();
    }

    public ObjectProperty<Conference> conferenceProperty() {
        return conference;
    }

    public ObservableList<LocalDate> days() {
        return days;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ReadOnlyObjectProperty<DayTimetable> timetableProperty() {
        return timetable.getReadOnlyProperty();
    }

    public ObjectProperty<Session> selectedProperty() {
        return selected;
    }
}

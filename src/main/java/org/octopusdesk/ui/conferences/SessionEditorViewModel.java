package org.octopusdesk.ui.conferences;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.conference.Session;
import org.octopusdesk.domain.conference.SessionDraft;
import org.octopusdesk.domain.conference.SessionKind;
import org.octopusdesk.domain.conference.SessionPerson;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.conferences.ProgrammeService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FieldErrors;
import org.octopusdesk.ui.common.FormSave;

/**
 * The form of a session. Times are typed as "9:30", "09:30" or "9h30"; moderators and speakers one a line as
 * "Name; Organisation; Country", the country as a code or an English or French name.
 */
public final class SessionEditorViewModel {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*[:hH.]\\s*(\\d{2})?");

    private final ProgrammeService service;
    private final Conference conference;
    private final Session original;
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final StringProperty start = new SimpleStringProperty("");
    private final StringProperty end = new SimpleStringProperty("");
    private final StringProperty room = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<SessionKind> kind = new SimpleObjectProperty<>(SessionKind.PLENARY);
    private final StringProperty moderators = new SimpleStringProperty("");
    private final StringProperty speakers = new SimpleStringProperty("");
    private final FieldErrors fieldErrors;
    private final FormSave saving;

    /** @param original the session to edit, or {@code null} for a new one */
    public SessionEditorViewModel(ProgrammeService service, BackgroundRunner runner, ErrorReporter errors,
            Messages messages, Conference conference, Session original) {
        this.service = service;
        this.conference = conference;
        this.original = original;
        this.fieldErrors = new FieldErrors(messages, SessionDraft.DAY, SessionDraft.START, SessionDraft.END,
                SessionDraft.ROOM, SessionDraft.TITLE, SessionDraft.KIND, SessionDraft.PEOPLE);
        this.saving = new FormSave(runner, errors, fieldErrors, SessionDraft.TITLE);
        fieldErrors.checkWith(this::problems);
        fieldErrors.watch(SessionDraft.DAY, day);
        fieldErrors.watch(SessionDraft.START, start);
        fieldErrors.watch(SessionDraft.END, start, end);
        fieldErrors.watch(SessionDraft.ROOM, room);
        fieldErrors.watch(SessionDraft.TITLE, title);
        fieldErrors.watch(SessionDraft.PEOPLE, moderators, speakers);
        if (original != null) {
            day.set(original.day());
            start.set(original.start().toString());
            end.set(original.end().toString());
            room.set(original.room());
            title.set(original.title());
            kind.set(original.kind());
            moderators.set(lines(original.moderators()));
            speakers.set(lines(original.speakers()));
        }
    }

    private String lines(List<SessionPerson> people) {
        List<String> lines = new ArrayList<>();
        for (SessionPerson person : people) {
            String country = service.country(person.country()).map(one -> one.nameEn()).orElse(person.country());
            lines.add(String.join("; ", person.name(), person.organisation(), country).replaceAll("(; )+$", ""));
        }
        return String.join("\n", lines);
    }

    public boolean isNew() {
        return original == null;
    }

    public void save(Consumer<Session> onSaved) {
        if (fieldErrors.show(problems(), SessionDraft.TITLE)) {
            SessionDraft draft = draft();
            saving.run(() -> original == null ? service.add(conference.id(), draft)
                    : service.update(original.id(), draft), onSaved);
        }
    }

    private List<FieldError> problems() {
        List<FieldError> problems = new ArrayList<>();
        if (!start.get().isBlank() && time(start.get()).isEmpty()) {
            problems.add(FieldError.of(SessionDraft.START, "validation.session.time"));
        }
        if (!end.get().isBlank() && time(end.get()).isEmpty()) {
            problems.add(FieldError.of(SessionDraft.END, "validation.session.time"));
        }
        draft().validateFor(conference).stream()
                .filter(error -> problems.stream().noneMatch(known -> known.field().equals(error.field())))
                .forEach(problems::add);
        return problems;
    }

    /** "9:30", "09:30", "9h30", "14h" as a time of day. */
    static Optional<LocalTime> time(String text) {
        Matcher matcher = TIME.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int hours = Integer.parseInt(matcher.group(1));
        int minutes = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        return hours < 24 && minutes < 60 ? Optional.of(LocalTime.of(hours, minutes)) : Optional.empty();
    }

    /** One person a line: "Name; Organisation; Country", the last two optional. */
    static List<SessionPerson> people(String text, SessionPerson.Role role) {
        List<SessionPerson> people = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(";", 3);
            people.add(new SessionPerson(role, parts[0], parts.length > 1 ? parts[1] : "",
                    parts.length > 2 ? parts[2] : ""));
        }
        return people;
    }

    private SessionDraft draft() {
        List<SessionPerson> people = new ArrayList<>(people(moderators.get(), SessionPerson.Role.MODERATOR));
        people.addAll(people(speakers.get(), SessionPerson.Role.SPEAKER));
        return new SessionDraft(day.get(), time(start.get()).orElse(null), time(end.get()).orElse(null), room.get(),
                title.get(), kind.get(), people);
    }

    public Conference conference() {
        return conference;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public StringProperty startProperty() {
        return start;
    }

    public StringProperty endProperty() {
        return end;
    }

    public StringProperty roomProperty() {
        return room;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<SessionKind> kindProperty() {
        return kind;
    }

    public StringProperty moderatorsProperty() {
        return moderators;
    }

    public StringProperty speakersProperty() {
        return speakers;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.savingProperty();
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }
}

package org.octopusdesk.ui.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.meeting.Meeting;
import org.octopusdesk.domain.meeting.MeetingDraft;
import org.octopusdesk.domain.meeting.MeetingFormat;
import org.octopusdesk.domain.meeting.MeetingSeries;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.meetings.MeetingService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FieldErrors;
import org.octopusdesk.ui.common.FormSave;

/**
 * The form of a meeting. For a new one, picking a series proposes its next number, until the person types their own.
 */
public final class MeetingEditorViewModel {

    private final MeetingService service;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Meeting original;
    private final ObjectProperty<MeetingSeries> series = new SimpleObjectProperty<>();
    private final StringProperty number = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> end = new SimpleObjectProperty<>();
    private final ObjectProperty<MeetingFormat> format = new SimpleObjectProperty<>(MeetingFormat.IN_PERSON);
    private final StringProperty venue = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final FieldErrors fieldErrors;
    private final FormSave saving;
    private String proposed = "";

    /** @param original the meeting to edit, or {@code null} for a new one */
    public MeetingEditorViewModel(MeetingService service, BackgroundRunner runner, ErrorReporter errors,
            Messages messages, Meeting original) {
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        this.original = original;
        this.fieldErrors = new FieldErrors(messages, MeetingDraft.SERIES, MeetingDraft.NUMBER, MeetingDraft.START,
                MeetingDraft.END, MeetingDraft.FORMAT, MeetingDraft.VENUE, MeetingDraft.NOTE);
        this.saving = new FormSave(runner, errors, fieldErrors, MeetingDraft.NUMBER);
        fieldErrors.checkWith(this::problems);
        fieldErrors.watch(MeetingDraft.SERIES, series);
        fieldErrors.watch(MeetingDraft.NUMBER, number);
        fieldErrors.watch(MeetingDraft.START, start);
        fieldErrors.watch(MeetingDraft.END, start, end);
        fieldErrors.watch(MeetingDraft.FORMAT, format);
        fieldErrors.watch(MeetingDraft.VENUE, venue);
        fieldErrors.watch(MeetingDraft.NOTE, note);
        if (original != null) {
            series.set(original.series());
            number.set(Integer.toString(original.number()));
            start.set(original.start());
            end.set(original.end());
            format.set(original.format());
            venue.set(original.venue());
            note.set(original.note());
        } else {
            series.addListener((observable, old, picked) -> propose(picked));
        }
    }

    /** Proposes the series' next number, unless the person typed a number of their own. */
    private void propose(MeetingSeries picked) {
        if (picked == null) {
            return;
        }
        runner.run(() -> service.proposedNumber(picked.id()), next -> {
            if (picked.equals(series.get()) && (number.get().isBlank() || number.get().equals(proposed))) {
                proposed = Integer.toString(next);
                number.set(proposed);
            }
        }, errors::report);
    }

    public boolean isNew() {
        return original == null;
    }

    public void save(Consumer<Meeting> onSaved) {
        if (fieldErrors.show(problems(), MeetingDraft.NUMBER)) {
            MeetingDraft draft = draft();
            saving.run(() -> original == null ? service.create(draft)
                    : service.update(original.id(), original.version(), draft), onSaved);
        }
    }

    private List<FieldError> problems() {
        return draft().validate();
    }

    private Integer parsedNumber() {
        String text = number.get().strip();
        return text.matches("\\d{1,4}") ? Integer.valueOf(text) : null;
    }

    private MeetingDraft draft() {
        Integer typed = parsedNumber();
        // Text that is no number is refused beside the field; the draft then holds an out-of-range number.
        Integer value = number.get().isBlank() ? null : typed == null ? -1 : typed;
        return new MeetingDraft(series.get() == null ? null : series.get().id(), value, start.get(), end.get(),
                format.get(), venue.get(), note.get());
    }

    public ObjectProperty<MeetingSeries> seriesProperty() {
        return series;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public ObjectProperty<LocalDate> startProperty() {
        return start;
    }

    public ObjectProperty<LocalDate> endProperty() {
        return end;
    }

    public ObjectProperty<MeetingFormat> formatProperty() {
        return format;
    }

    public StringProperty venueProperty() {
        return venue;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.savingProperty();
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }
}

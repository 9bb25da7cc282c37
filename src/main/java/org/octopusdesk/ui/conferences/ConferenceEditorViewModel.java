package org.octopusdesk.ui.conferences;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.conference.ConferenceDraft;
import org.octopusdesk.domain.conference.ConferenceStatus;
import org.octopusdesk.domain.meeting.MeetingFormat;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.conferences.ConferenceService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FieldErrors;
import org.octopusdesk.ui.common.FormSave;

/** The form of an edition. A new one is proposed for the year after the latest, or this year, in planning. */
public final class ConferenceEditorViewModel {

    private final ConferenceService service;
    private final Messages messages;
    private final Conference original;
    private final StringProperty year = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> end = new SimpleObjectProperty<>();
    private final ObjectProperty<MeetingFormat> format = new SimpleObjectProperty<>(MeetingFormat.IN_PERSON);
    private final StringProperty venue = new SimpleStringProperty("");
    private final StringProperty city = new SimpleStringProperty("");
    private final ObjectProperty<Project> project = new SimpleObjectProperty<>();
    private final ObjectProperty<ConferenceStatus> status = new SimpleObjectProperty<>(ConferenceStatus.PLANNING);
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty retentionMonths =
            new SimpleStringProperty(Integer.toString(ConferenceDraft.DEFAULT_RETENTION_MONTHS));
    private final ObservableList<Project> projects = FXCollections.observableArrayList();
    private final FieldErrors fieldErrors;
    private final FormSave saving;

    /** @param original the edition to edit, or {@code null} for a new one */
    public ConferenceEditorViewModel(ConferenceService service, BackgroundRunner runner, ErrorReporter errors,
            Messages messages, Conference original) {
        this.service = service;
        this.messages = messages;
        this.original = original;
        this.fieldErrors = new FieldErrors(messages, ConferenceDraft.YEAR, ConferenceDraft.TITLE,
                ConferenceDraft.START, ConferenceDraft.END, ConferenceDraft.FORMAT, ConferenceDraft.VENUE,
                ConferenceDraft.CITY, ConferenceDraft.PROJECT, ConferenceDraft.STATUS, ConferenceDraft.NOTE,
                ConferenceDraft.RETENTION);
        this.saving = new FormSave(runner, errors, fieldErrors, ConferenceDraft.TITLE);
        fieldErrors.checkWith(this::problems);
        fieldErrors.watch(ConferenceDraft.YEAR, year);
        fieldErrors.watch(ConferenceDraft.TITLE, title);
        fieldErrors.watch(ConferenceDraft.START, year, start, end);
        fieldErrors.watch(ConferenceDraft.END, start, end);
        fieldErrors.watch(ConferenceDraft.VENUE, venue);
        fieldErrors.watch(ConferenceDraft.CITY, city);
        fieldErrors.watch(ConferenceDraft.NOTE, note);
        fieldErrors.watch(ConferenceDraft.RETENTION, retentionMonths);
        if (original != null) {
            year.set(Integer.toString(original.year()));
            title.set(original.title());
            start.set(original.start());
            end.set(original.end());
            format.set(original.format());
            venue.set(original.venue());
            city.set(original.city());
            status.set(original.status());
            note.set(original.note());
            retentionMonths.set(Integer.toString(original.retentionMonths()));
        }
        runner.run(service::projects, loaded -> {
            projects.setAll(loaded);
            if (original != null && original.project() != null) {
                project.set(loaded.stream().filter(p -> p.id().equals(original.project())).findFirst()
                        .orElse(null));
            }
        }, errors::report);
    }

    /**
     * Proposes a year and a title for a new edition: the year after the latest recorded, but never one already past
     * ({@code thisYear} when the list stopped some years ago). The title, "Octopus Conference 2027" in the reader's
     * language, then follows the year as it is changed, until the person writes a title of their own.
     */
    public void proposeNew(OptionalInt latest, int thisYear) {
        int proposed = Math.max(thisYear, latest.isPresent() ? latest.getAsInt() + 1 : thisYear);
        year.set(Integer.toString(proposed));
        title.set(proposedTitle(year.get()));
        year.addListener((observable, old, now) -> {
            if (title.get().equals(proposedTitle(old))) {
                title.set(proposedTitle(now));
            }
        });
    }

    private String proposedTitle(String yearText) {
        return messages.text("conference.proposedTitle", yearText.strip());
    }

    public boolean isNew() {
        return original == null;
    }

    public void save(Consumer<Conference> onSaved) {
        if (fieldErrors.show(problems(), ConferenceDraft.TITLE)) {
            ConferenceDraft draft = draft();
            saving.run(() -> original == null ? service.create(draft, ChecklistTitles.in(messages))
                    : service.update(original.id(), original.version(), draft), onSaved);
        }
    }

    private List<FieldError> problems() {
        return draft().validate();
    }

    private ConferenceDraft draft() {
        String typed = year.get().strip();
        // Text that is no year is refused beside the field, as a year out of range.
        Integer value = typed.isEmpty() ? null : typed.matches("\\d{1,4}") ? Integer.valueOf(typed) : -1;
        return new ConferenceDraft(value, title.get(), start.get(), end.get(), format.get(), venue.get(), city.get(),
                project.get() == null ? null : project.get().id(), status.get(), note.get(),
                wholeNumber(retentionMonths.get()));
    }

    /** Typed digits as a number; other text as -1, refused beside the field like a number out of range. */
    private static Integer wholeNumber(String text) {
        String typed = text.strip();
        return typed.isEmpty() ? null : typed.matches("\\d{1,4}") ? Integer.valueOf(typed) : -1;
    }

    public StringProperty yearProperty() {
        return year;
    }

    public StringProperty titleProperty() {
        return title;
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

    public StringProperty cityProperty() {
        return city;
    }

    public ObjectProperty<Project> projectProperty() {
        return project;
    }

    public ObjectProperty<ConferenceStatus> statusProperty() {
        return status;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty retentionMonthsProperty() {
        return retentionMonths;
    }

    public ObservableList<Project> projects() {
        return projects;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.savingProperty();
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }
}

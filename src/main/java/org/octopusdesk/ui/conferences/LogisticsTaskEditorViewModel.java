package org.octopusdesk.ui.conferences;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.octopusdesk.domain.conference.ConferenceId;
import org.octopusdesk.domain.conference.LogisticsCategory;
import org.octopusdesk.domain.conference.LogisticsStatus;
import org.octopusdesk.domain.conference.LogisticsTask;
import org.octopusdesk.domain.conference.LogisticsTaskDraft;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.conferences.LogisticsService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FieldErrors;
import org.octopusdesk.ui.common.FormSave;

/** The form of a logistics task: what, of which kind, who, by when, where it stands, and a note. */
public final class LogisticsTaskEditorViewModel {

    private final LogisticsService service;
    private final ConferenceId conference;
    private final LogisticsTask original;
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<LogisticsCategory> category = new SimpleObjectProperty<>();
    private final StringProperty owner = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>();
    private final ObjectProperty<LogisticsStatus> status = new SimpleObjectProperty<>(LogisticsStatus.OPEN);
    private final StringProperty note = new SimpleStringProperty("");
    private final FieldErrors fieldErrors;
    private final FormSave saving;

    /** @param original the task to edit, or {@code null} for a new one of {@code conference} */
    public LogisticsTaskEditorViewModel(LogisticsService service, BackgroundRunner runner, ErrorReporter errors,
            Messages messages, ConferenceId conference, LogisticsTask original) {
        this.service = service;
        this.conference = conference;
        this.original = original;
        this.fieldErrors = new FieldErrors(messages, LogisticsTaskDraft.TITLE, LogisticsTaskDraft.CATEGORY,
                LogisticsTaskDraft.OWNER, LogisticsTaskDraft.DUE, LogisticsTaskDraft.STATUS, LogisticsTaskDraft.NOTE);
        this.saving = new FormSave(runner, errors, fieldErrors, LogisticsTaskDraft.TITLE);
        fieldErrors.checkWith(() -> draft().validate());
        fieldErrors.watch(LogisticsTaskDraft.TITLE, title);
        fieldErrors.watch(LogisticsTaskDraft.CATEGORY, category);
        fieldErrors.watch(LogisticsTaskDraft.OWNER, owner);
        fieldErrors.watch(LogisticsTaskDraft.STATUS, status);
        fieldErrors.watch(LogisticsTaskDraft.NOTE, note);
        if (original != null) {
            title.set(original.title());
            category.set(original.category());
            owner.set(original.owner());
            due.set(original.due());
            status.set(original.status());
            note.set(original.note());
        }
    }

    public boolean isNew() {
        return original == null;
    }

    public void save(Consumer<LogisticsTask> onSaved) {
        LogisticsTaskDraft draft = draft();
        if (fieldErrors.show(draft.validate(), LogisticsTaskDraft.TITLE)) {
            saving.run(() -> original == null ? service.create(conference, draft)
                    : service.update(original.id(), draft), onSaved);
        }
    }

    private LogisticsTaskDraft draft() {
        return new LogisticsTaskDraft(title.get(), category.get(), owner.get(), due.get(), status.get(), note.get());
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<LogisticsCategory> categoryProperty() {
        return category;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public ObjectProperty<LocalDate> dueProperty() {
        return due;
    }

    public ObjectProperty<LogisticsStatus> statusProperty() {
        return status;
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

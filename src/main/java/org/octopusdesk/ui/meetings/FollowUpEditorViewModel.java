package org.octopusdesk.ui.meetings;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.octopusdesk.domain.meeting.ActionStatus;
import org.octopusdesk.domain.meeting.AgendaItem;
import org.octopusdesk.domain.meeting.FollowUpAction;
import org.octopusdesk.domain.meeting.FollowUpDraft;
import org.octopusdesk.domain.meeting.MeetingId;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.meetings.FollowUpService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FieldErrors;
import org.octopusdesk.ui.common.FormSave;

/** The form of a follow-up action: what, who, by when, where it stands, and the agenda item it comes from. */
public final class FollowUpEditorViewModel {

    private final FollowUpService service;
    private final MeetingId meeting;
    private final FollowUpAction original;
    private final ObjectProperty<AgendaItem> item = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty owner = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> deadline = new SimpleObjectProperty<>();
    private final ObjectProperty<ActionStatus> status = new SimpleObjectProperty<>(ActionStatus.OPEN);
    private final FieldErrors fieldErrors;
    private final FormSave saving;

    /**
     * @param original the action to edit, or {@code null} for a new one of {@code meeting}
     * @param originalItem the agenda item the edited action comes from, or {@code null}
     */
    public FollowUpEditorViewModel(FollowUpService service, BackgroundRunner runner, ErrorReporter errors,
            Messages messages, MeetingId meeting, FollowUpAction original, AgendaItem originalItem) {
        this.service = service;
        this.meeting = meeting;
        this.original = original;
        this.fieldErrors = new FieldErrors(messages, FollowUpDraft.AGENDA_ITEM, FollowUpDraft.TEXT,
                FollowUpDraft.OWNER, FollowUpDraft.DEADLINE, FollowUpDraft.STATUS);
        this.saving = new FormSave(runner, errors, fieldErrors, FollowUpDraft.TEXT);
        fieldErrors.checkWith(() -> draft().validate());
        fieldErrors.watch(FollowUpDraft.TEXT, text);
        fieldErrors.watch(FollowUpDraft.OWNER, owner);
        fieldErrors.watch(FollowUpDraft.DEADLINE, deadline);
        fieldErrors.watch(FollowUpDraft.STATUS, status);
        if (original != null) {
            item.set(originalItem);
            text.set(original.text());
            owner.set(original.owner());
            deadline.set(original.deadline());
            status.set(original.status());
        }
    }

    public boolean isNew() {
        return original == null;
    }

    public void save(Consumer<FollowUpAction> onSaved) {
        FollowUpDraft draft = draft();
        if (fieldErrors.show(draft.validate(), FollowUpDraft.TEXT)) {
            saving.run(() -> original == null ? service.create(meeting, draft)
                    : service.update(original.id(), draft), onSaved);
        }
    }

    private FollowUpDraft draft() {
        return new FollowUpDraft(item.get() == null ? null : item.get().id(), text.get(), owner.get(),
                deadline.get(), status.get());
    }

    public ObjectProperty<AgendaItem> itemProperty() {
        return item;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public ObjectProperty<LocalDate> deadlineProperty() {
        return deadline;
    }

    public ObjectProperty<ActionStatus> statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.savingProperty();
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }
}

package org.octopusdesk.ui.meetings;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.octopusdesk.domain.meeting.AgendaItem;
import org.octopusdesk.domain.meeting.AgendaItemDraft;
import org.octopusdesk.domain.meeting.MeetingId;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.meetings.AgendaService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FieldErrors;
import org.octopusdesk.ui.common.FormSave;

/** The form of an agenda item: a new one goes at the end of the agenda. */
public final class AgendaItemEditorViewModel {

    private final AgendaService service;
    private final MeetingId meeting;
    private final AgendaItem original;
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty documents = new SimpleStringProperty("");
    private final FieldErrors fieldErrors;
    private final FormSave saving;

    /** @param original the item to edit, or {@code null} for a new one in {@code meeting} */
    public AgendaItemEditorViewModel(AgendaService service, BackgroundRunner runner, ErrorReporter errors,
            Messages messages, MeetingId meeting, AgendaItem original) {
        this.service = service;
        this.meeting = meeting;
        this.original = original;
        this.fieldErrors = new FieldErrors(messages, AgendaItemDraft.TITLE, AgendaItemDraft.DOCUMENTS);
        this.saving = new FormSave(runner, errors, fieldErrors, AgendaItemDraft.TITLE);
        fieldErrors.checkWith(() -> draft().validate());
        fieldErrors.watch(AgendaItemDraft.TITLE, title);
        fieldErrors.watch(AgendaItemDraft.DOCUMENTS, documents);
        if (original != null) {
            title.set(original.title());
            documents.set(original.documents());
        }
    }

    public boolean isNew() {
        return original == null;
    }

    public void save(Consumer<AgendaItem> onSaved) {
        AgendaItemDraft draft = draft();
        if (fieldErrors.show(draft.validate(), AgendaItemDraft.TITLE)) {
            saving.run(() -> original == null ? service.addItem(meeting, draft)
                    : service.updateItem(original.id(), draft), onSaved);
        }
    }

    private AgendaItemDraft draft() {
        return new AgendaItemDraft(title.get(), documents.get());
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty documentsProperty() {
        return documents;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.savingProperty();
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }
}

package org.octopusdesk.ui.meetings;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.octopusdesk.domain.meeting.AgendaItemDraft;
import org.octopusdesk.domain.meeting.AgendaItemId;
import org.octopusdesk.domain.meeting.Decision;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.meetings.AgendaService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FieldErrors;
import org.octopusdesk.ui.common.FormSave;

/** The form of a decision: what follows "The T-CY decided:". */
public final class DecisionEditorViewModel {

    private final AgendaService service;
    private final AgendaItemId item;
    private final Decision original;
    private final StringProperty text = new SimpleStringProperty("");
    private final FieldErrors fieldErrors;
    private final FormSave saving;

    /** @param original the decision to edit, or {@code null} for a new one under {@code item} */
    public DecisionEditorViewModel(AgendaService service, BackgroundRunner runner, ErrorReporter errors,
            Messages messages, AgendaItemId item, Decision original) {
        this.service = service;
        this.item = item;
        this.original = original;
        this.fieldErrors = new FieldErrors(messages, Decision.TEXT);
        this.saving = new FormSave(runner, errors, fieldErrors, Decision.TEXT);
        fieldErrors.checkWith(() -> AgendaItemDraft.validateDecision(text.get()));
        fieldErrors.watch(Decision.TEXT, text);
        text.set(original == null ? "" : original.text());
    }

    public boolean isNew() {
        return original == null;
    }

    public void save(Consumer<Decision> onSaved) {
        String typed = text.get();
        if (fieldErrors.show(AgendaItemDraft.validateDecision(typed), Decision.TEXT)) {
            saving.run(() -> original == null ? service.addDecision(item, typed)
                    : service.updateDecision(original.id(), typed), onSaved);
        }
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.savingProperty();
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }
}

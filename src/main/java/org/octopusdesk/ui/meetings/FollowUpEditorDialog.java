package org.octopusdesk.ui.meetings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.octopusdesk.domain.meeting.ActionStatus;
import org.octopusdesk.domain.meeting.AgendaItem;
import org.octopusdesk.domain.meeting.FollowUpAction;
import org.octopusdesk.domain.meeting.FollowUpDraft;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.Choices;
import org.octopusdesk.ui.common.DateFields;
import org.octopusdesk.ui.common.FormGrid;
import org.octopusdesk.ui.common.ListOnOpenComboBox;
import org.octopusdesk.ui.common.SaveCancel;
import org.octopusdesk.ui.common.TextAreas;

/** The form of a follow-up action; it closes only once the action is saved. */
final class FollowUpEditorDialog extends Dialog<FollowUpAction> {

    private final FollowUpEditorViewModel viewModel;
    private final Messages messages;
    private final FormGrid form = new FormGrid();

    /** @param agenda the meeting's items, one of which the action may come from */
    FollowUpEditorDialog(FollowUpEditorViewModel viewModel, List<AgendaItem> agenda, Messages messages,
            Window owner) {
        this.viewModel = viewModel;
        this.messages = messages;
        initOwner(owner);
        setTitle(messages.text(viewModel.isNew() ? "followUp.editor.newTitle" : "followUp.editor.editTitle"));
        form.node().setPrefWidth(600);
        TextArea text = TextAreas.tabMovesFocus(new TextArea());
        text.setId("follow-up-text");
        text.setWrapText(true);
        text.setPrefRowCount(3);
        text.setPromptText(messages.text("followUp.text.prompt"));
        text.textProperty().bindBidirectional(viewModel.textProperty());
        addRow("followUp.text", text, FollowUpDraft.TEXT);
        TextField ownerField = new TextField();
        ownerField.setId("follow-up-owner");
        ownerField.setPromptText(messages.text("followUp.owner.prompt"));
        ownerField.textProperty().bindBidirectional(viewModel.ownerProperty());
        addRow("followUp.owner", ownerField, FollowUpDraft.OWNER);
        DatePicker deadline = DateFields.create(messages, viewModel.fieldErrors(), FollowUpDraft.DEADLINE);
        deadline.setId("follow-up-deadline");
        deadline.valueProperty().bindBidirectional(viewModel.deadlineProperty());
        addRow("followUp.deadline", deadline, FollowUpDraft.DEADLINE);
        ComboBox<ActionStatus> status = ListOnOpenComboBox.of(ActionStatus.values());
        status.setId("follow-up-status");
        status.setConverter(Choices.shownAs(value -> messages.text(value.messageKey()), ""));
        status.valueProperty().bindBidirectional(viewModel.statusProperty());
        addRow("followUp.status", status, FollowUpDraft.STATUS);
        List<AgendaItem> items = new ArrayList<>(Collections.singletonList(null));
        items.addAll(agenda);
        ComboBox<AgendaItem> item = new ListOnOpenComboBox<>(FXCollections.observableArrayList(items));
        item.setId("follow-up-item");
        item.setConverter(Choices.shownAs(value -> messages.text("agenda.itemShort", value.number(), value.title()),
                messages.text("followUp.item.none")));
        item.valueProperty().bindBidirectional(viewModel.itemProperty());
        item.setMaxWidth(Double.MAX_VALUE);
        addRow("followUp.item", item, FollowUpDraft.AGENDA_ITEM);
        getDialogPane().setContent(form.node());
        getDialogPane().setId("follow-up-editor");
        SaveCancel.install(this, messages, messages.text("action.save"), "follow-up-save",
                viewModel.savingProperty(), viewModel::save);
    }

    private void addRow(String labelKey, Node field, String errorField) {
        form.add(messages.text(labelKey), field, viewModel.fieldErrors().of(errorField));
    }
}

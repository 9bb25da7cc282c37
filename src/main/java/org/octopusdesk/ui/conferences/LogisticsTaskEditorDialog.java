package org.octopusdesk.ui.conferences;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.octopusdesk.domain.conference.LogisticsCategory;
import org.octopusdesk.domain.conference.LogisticsStatus;
import org.octopusdesk.domain.conference.LogisticsTask;
import org.octopusdesk.domain.conference.LogisticsTaskDraft;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.Choices;
import org.octopusdesk.ui.common.DateFields;
import org.octopusdesk.ui.common.FormGrid;
import org.octopusdesk.ui.common.ListOnOpenComboBox;
import org.octopusdesk.ui.common.SaveCancel;
import org.octopusdesk.ui.common.TextAreas;

/** The form of a logistics task; it closes only once the task is saved. */
final class LogisticsTaskEditorDialog extends Dialog<LogisticsTask> {

    private final LogisticsTaskEditorViewModel viewModel;
    private final Messages messages;
    private final FormGrid form = new FormGrid();

    LogisticsTaskEditorDialog(LogisticsTaskEditorViewModel viewModel, Messages messages, Window owner) {
        this.viewModel = viewModel;
        this.messages = messages;
        initOwner(owner);
        setTitle(messages.text(viewModel.isNew() ? "logistics.editor.newTitle" : "logistics.editor.editTitle"));
        form.node().setPrefWidth(580);
        TextField title = new TextField();
        title.setId("logistics-title");
        title.setPromptText(messages.text("logistics.title.prompt"));
        title.textProperty().bindBidirectional(viewModel.titleProperty());
        addRow("logistics.title", title, LogisticsTaskDraft.TITLE);
        ComboBox<LogisticsCategory> category = new ListOnOpenComboBox<>(
                FXCollections.observableArrayList(LogisticsCategory.values()));
        category.setId("logistics-category");
        category.setConverter(Choices.shownAs(value -> messages.text(value.messageKey()), ""));
        category.valueProperty().bindBidirectional(viewModel.categoryProperty());
        addRow("logistics.category", category, LogisticsTaskDraft.CATEGORY);
        TextField ownerField = new TextField();
        ownerField.setId("logistics-owner");
        ownerField.setPromptText(messages.text("logistics.owner.prompt"));
        ownerField.textProperty().bindBidirectional(viewModel.ownerProperty());
        addRow("logistics.owner", ownerField, LogisticsTaskDraft.OWNER);
        DatePicker due = DateFields.create(messages, viewModel.fieldErrors(), LogisticsTaskDraft.DUE);
        due.setId("logistics-due");
        due.valueProperty().bindBidirectional(viewModel.dueProperty());
        addRow("logistics.due", due, LogisticsTaskDraft.DUE);
        ComboBox<LogisticsStatus> status = ListOnOpenComboBox.of(LogisticsStatus.values());
        status.setId("logistics-status");
        status.setConverter(Choices.shownAs(value -> messages.text(value.messageKey()), ""));
        status.valueProperty().bindBidirectional(viewModel.statusProperty());
        addRow("logistics.status", status, LogisticsTaskDraft.STATUS);
        TextArea note = TextAreas.tabMovesFocus(new TextArea());
        note.setId("logistics-note");
        note.setWrapText(true);
        note.setPrefRowCount(3);
        note.textProperty().bindBidirectional(viewModel.noteProperty());
        addRow("logistics.note", note, LogisticsTaskDraft.NOTE);
        getDialogPane().setContent(form.node());
        getDialogPane().setId("logistics-editor");
        SaveCancel.install(this, messages, messages.text("action.save"), "logistics-save",
                viewModel.savingProperty(), viewModel::save);
    }

    private void addRow(String labelKey, Node field, String errorField) {
        form.add(messages.text(labelKey), field, viewModel.fieldErrors().of(errorField));
    }
}

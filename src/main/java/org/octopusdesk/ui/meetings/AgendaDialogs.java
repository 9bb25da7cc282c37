package org.octopusdesk.ui.meetings;

import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.octopusdesk.domain.meeting.AgendaItem;
import org.octopusdesk.domain.meeting.AgendaItemDraft;
import org.octopusdesk.domain.meeting.Decision;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.FormGrid;
import org.octopusdesk.ui.common.SaveCancel;
import org.octopusdesk.ui.common.TextAreas;

/** The forms of an agenda item and of a decision; each closes only once saved. */
final class AgendaDialogs {

    private AgendaDialogs() {
    }

    static Dialog<AgendaItem> item(AgendaItemEditorViewModel viewModel, Messages messages, Window owner) {
        Dialog<AgendaItem> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.text(viewModel.isNew() ? "agenda.editor.newTitle" : "agenda.editor.editTitle"));
        FormGrid form = new FormGrid();
        form.node().setPrefWidth(600);
        TextField title = new TextField();
        title.setId("agenda-title");
        title.textProperty().bindBidirectional(viewModel.titleProperty());
        form.add(messages.text("agenda.title"), title, viewModel.fieldErrors().of(AgendaItemDraft.TITLE));
        TextArea documents = TextAreas.tabMovesFocus(new TextArea());
        documents.setId("agenda-documents");
        documents.setWrapText(true);
        documents.setPrefRowCount(2);
        documents.setPromptText(messages.text("agenda.documents.prompt"));
        documents.textProperty().bindBidirectional(viewModel.documentsProperty());
        form.add(messages.text("agenda.documents"), documents,
                viewModel.fieldErrors().of(AgendaItemDraft.DOCUMENTS));
        dialog.getDialogPane().setContent(form.node());
        dialog.getDialogPane().setId("agenda-editor");
        SaveCancel.install(dialog, messages, messages.text("action.save"), "agenda-save", viewModel.savingProperty(),
                viewModel::save);
        return dialog;
    }

    static Dialog<Decision> decision(DecisionEditorViewModel viewModel, AgendaItem item, Messages messages,
            Window owner) {
        Dialog<Decision> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.text(viewModel.isNew() ? "decision.editor.newTitle" : "decision.editor.editTitle"));
        FormGrid form = new FormGrid();
        form.node().setPrefWidth(600);
        Label under = new Label(messages.text("decision.under", item.number(), item.title()));
        under.setWrapText(true);
        under.getStyleClass().add("text-muted");
        form.addBelow(under);
        TextArea text = TextAreas.tabMovesFocus(new TextArea());
        text.setId("decision-text");
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.setPromptText(messages.text("decision.text.prompt"));
        text.textProperty().bindBidirectional(viewModel.textProperty());
        form.add(messages.text("decision.decided"), text, viewModel.fieldErrors().of(Decision.TEXT));
        dialog.getDialogPane().setContent(form.node());
        dialog.getDialogPane().setId("decision-editor");
        SaveCancel.install(dialog, messages, messages.text("action.save"), "decision-save",
                viewModel.savingProperty(), viewModel::save);
        return dialog;
    }
}

package org.octopusdesk.ui.meetings;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.octopusdesk.domain.meeting.DocumentKind;
import org.octopusdesk.domain.meeting.MeetingDocument;
import org.octopusdesk.domain.meeting.MeetingDocumentDraft;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.Choices;
import org.octopusdesk.ui.common.DateFields;
import org.octopusdesk.ui.common.FormGrid;
import org.octopusdesk.ui.common.ListOnOpenComboBox;
import org.octopusdesk.ui.common.SaveCancel;

/** The form of a meeting document; it closes only once saved. */
final class DocumentDialog extends Dialog<MeetingDocument> {

    private final DocumentEditorViewModel viewModel;
    private final Messages messages;
    private final FormGrid form = new FormGrid();

    DocumentDialog(DocumentEditorViewModel viewModel, Messages messages, Window owner) {
        this.viewModel = viewModel;
        this.messages = messages;
        initOwner(owner);
        setTitle(messages.text(viewModel.isNew() ? "document.editor.newTitle" : "document.editor.editTitle"));
        form.node().setPrefWidth(620);
        TextField symbol = new TextField();
        symbol.setId("document-symbol");
        symbol.setPrefColumnCount(14);
        symbol.textProperty().bindBidirectional(viewModel.symbolProperty());
        addRow("document.symbol", symbol, MeetingDocumentDraft.SYMBOL);
        if (viewModel.isNew()) {
            form.addBelow(muted(messages.text("document.symbol.proposed")));
        }
        TextField titleEn = new TextField();
        titleEn.setId("document-title-en");
        titleEn.textProperty().bindBidirectional(viewModel.titleEnProperty());
        addRow("document.titleEn", titleEn, MeetingDocumentDraft.TITLE_EN);
        TextField titleFr = new TextField();
        titleFr.setId("document-title-fr");
        titleFr.textProperty().bindBidirectional(viewModel.titleFrProperty());
        addRow("document.titleFr", titleFr, MeetingDocumentDraft.TITLE_FR);
        ComboBox<DocumentKind> kind = new ListOnOpenComboBox<>();
        kind.setId("document-kind");
        kind.getItems().setAll(DocumentKind.values());
        kind.setConverter(Choices.shownAs(value -> messages.text(value.messageKey()), ""));
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        addRow("document.kind", kind, MeetingDocumentDraft.KIND);
        DatePicker date = DateFields.create(messages, viewModel.fieldErrors(), MeetingDocumentDraft.DATE);
        date.setId("document-date");
        date.valueProperty().bindBidirectional(viewModel.dateProperty());
        addRow("document.date", date, MeetingDocumentDraft.DATE);
        addRow("document.file", fileField(owner), MeetingDocumentDraft.FILE);
        if (!viewModel.currentFile().isEmpty()) {
            CheckBox remove = new CheckBox(messages.text("document.file.remove", viewModel.currentFile()));
            remove.setId("document-file-remove");
            remove.setWrapText(true);
            remove.selectedProperty().bindBidirectional(viewModel.removeFileProperty());
            form.addBelow(remove);
        }
        form.addBelow(muted(messages.text("document.file.hint")));
        getDialogPane().setContent(form.node());
        getDialogPane().setId("document-editor");
        SaveCancel.install(this, messages, messages.text("action.save"), "document-save", viewModel.savingProperty(),
                viewModel::save);
    }

    /** A path typed or pasted, or chosen with the system's file dialog. */
    private Node fileField(Window owner) {
        TextField path = new TextField();
        path.setId("document-file");
        path.setPromptText(messages.text("document.file.prompt"));
        path.textProperty().bindBidirectional(viewModel.fileProperty());
        Button choose = new Button(messages.text("document.file.choose"));
        choose.setId("document-file-choose");
        choose.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        choose.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.text("document.file.choose"));
            java.io.File chosen = chooser.showOpenDialog(owner);
            if (chosen != null) {
                viewModel.fileProperty().set(chosen.getAbsolutePath());
            }
        });
        HBox.setHgrow(path, Priority.ALWAYS);
        return new HBox(6, path, choose);
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        return label;
    }

    private void addRow(String labelKey, Node field, String errorField) {
        form.add(messages.text(labelKey), field, viewModel.fieldErrors().of(errorField));
    }
}

package org.octopusdesk.ui.donors;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.domain.donor.DonorDraft;
import org.octopusdesk.domain.donor.DonorKind;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.FormGrid;
import org.octopusdesk.ui.common.ListOnOpenComboBox;
import org.octopusdesk.ui.common.SaveCancel;
import org.octopusdesk.ui.common.TextAreas;

/** The form of a donor; it closes only once the donor is saved. */
final class DonorEditorDialog extends Dialog<Donor> {

    private final DonorEditorViewModel viewModel;
    private final Messages messages;
    private final FormGrid form = new FormGrid();

    DonorEditorDialog(DonorEditorViewModel viewModel, Messages messages, Window owner) {
        this.viewModel = viewModel;
        this.messages = messages;
        initOwner(owner);
        setTitle(messages.text(viewModel.isNew() ? "donor.editor.newTitle" : "donor.editor.editTitle"));
        form.node().setPrefWidth(560);

        TextField name = new TextField();
        name.setId("donor-name");
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        addRow("donor.name", name, DonorDraft.NAME);
        ComboBox<DonorKind> kind = new ListOnOpenComboBox<>();
        kind.setId("donor-kind");
        kind.getItems().setAll(DonorKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(DonorKind value) {
                return value == null ? "" : messages.text(value.messageKey());
            }

            @Override
            public DonorKind fromString(String text) {
                throw new UnsupportedOperationException("kinds are picked, not typed");
            }
        });
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        addRow("donor.kind", kind, DonorDraft.KIND);
        TextField country = new TextField();
        country.setId("donor-country");
        country.textProperty().bindBidirectional(viewModel.countryProperty());
        addRow("donor.country", country, DonorDraft.COUNTRY);
        TextArea notes = TextAreas.tabMovesFocus(new TextArea());
        notes.setId("donor-notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(5);
        notes.setPromptText(messages.text("donor.contactNotes.prompt"));
        notes.textProperty().bindBidirectional(viewModel.contactNotesProperty());
        addRow("donor.contactNotes", notes, DonorDraft.CONTACT_NOTES);
        getDialogPane().setContent(form.node());
        getDialogPane().setId("donor-editor");

        SaveCancel.install(this, messages, messages.text("action.save"), "donor-save", viewModel.savingProperty(),
                viewModel::save);
    }

    private void addRow(String labelKey, Node field, String errorField) {
        form.add(messages.text(labelKey), field, viewModel.fieldErrors().of(errorField));
    }
}

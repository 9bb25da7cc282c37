package org.octopusdesk.ui.donors;

import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.domain.donor.DonorDraft;
import org.octopusdesk.domain.donor.DonorKind;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.Forms;
import org.octopusdesk.ui.common.SaveCancel;

/** The form of a donor; it closes only once the donor is saved. */
final class DonorEditorDialog extends Dialog<Donor> {

    private final DonorEditorViewModel viewModel;
    private final Messages messages;
    private final GridPane form = new GridPane();
    private int row;

    DonorEditorDialog(DonorEditorViewModel viewModel, Messages messages, Window owner) {
        this.viewModel = viewModel;
        this.messages = messages;
        initOwner(owner);
        setTitle(messages.text(viewModel.isNew() ? "donor.editor.newTitle" : "donor.editor.editTitle"));
        form.setHgap(12);
        form.setVgap(8);
        form.setPadding(new Insets(16));
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(new ColumnConstraints(), fields);
        form.setPrefWidth(560);

        TextField name = new TextField();
        name.setId("donor-name");
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        addRow("donor.name", name, DonorDraft.NAME);
        ComboBox<DonorKind> kind = new ComboBox<>();
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
        TextArea notes = new TextArea();
        notes.setId("donor-notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(5);
        notes.setPromptText(messages.text("donor.contactNotes.prompt"));
        notes.textProperty().bindBidirectional(viewModel.contactNotesProperty());
        addRow("donor.contactNotes", notes, DonorDraft.CONTACT_NOTES);
        getDialogPane().setContent(form);
        getDialogPane().setId("donor-editor");

        SaveCancel.install(this, messages, messages.text("action.save"), "donor-save", viewModel.savingProperty(),
                viewModel::save);
    }

    private void addRow(String labelKey, Node field, String errorField) {
        Label label = new Label(messages.text(labelKey));
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setPadding(new Insets(5, 0, 0, 0));
        GridPane.setValignment(label, VPos.TOP);
        form.addRow(row++, label, Forms.withError(field, viewModel.fieldErrors().of(errorField)));
    }
}

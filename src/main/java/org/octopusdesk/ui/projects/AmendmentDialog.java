package org.octopusdesk.ui.projects;

import javafx.geometry.Insets;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.octopusdesk.domain.project.Amendment;
import org.octopusdesk.domain.project.AmendmentDraft;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.Forms;
import org.octopusdesk.ui.common.SaveCancel;

/** Extends or shortens a project: the new end, the date it was decided and why. */
final class AmendmentDialog extends Dialog<Amendment> {

    AmendmentDialog(AmendmentEditorViewModel viewModel, Messages messages, Window owner) {
        initOwner(owner);
        Project project = viewModel.project();
        setTitle(messages.text("amendment.title"));
        setHeaderText(messages.text("amendment.header", project.name(), project.currentEnd(), project.originalEnd()));

        DatePicker newEnd = Forms.datePicker(messages);
        newEnd.setId("amendment-new-end");
        newEnd.valueProperty().bindBidirectional(viewModel.newEndProperty());
        DatePicker decidedOn = Forms.datePicker(messages);
        decidedOn.setId("amendment-decided-on");
        decidedOn.valueProperty().bindBidirectional(viewModel.decidedOnProperty());
        TextArea reason = new TextArea();
        reason.setId("amendment-reason");
        reason.setWrapText(true);
        reason.setPrefRowCount(4);
        reason.setMinHeight(96);
        reason.setPromptText(messages.text("amendment.reason.prompt"));
        reason.textProperty().bindBidirectional(viewModel.reasonProperty());

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        form.setPadding(new Insets(16));
        form.addRow(0, label(messages, "amendment.newEnd", newEnd),
                Forms.withError(newEnd, viewModel.fieldErrors().of(AmendmentDraft.NEW_END)));
        form.addRow(1, label(messages, "amendment.decidedOn", decidedOn),
                Forms.withError(decidedOn, viewModel.fieldErrors().of(AmendmentDraft.DECIDED_ON)));
        form.addRow(2, label(messages, "amendment.reason", reason),
                Forms.withError(reason, viewModel.fieldErrors().of(AmendmentDraft.REASON)));
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(new javafx.scene.layout.ColumnConstraints(), fields);
        form.setPrefWidth(560);
        getDialogPane().setContent(form);
        getDialogPane().setId("amendment-editor");

        SaveCancel.install(this, messages, messages.text("amendment.save"), "amendment-save",
                viewModel.savingProperty(), viewModel::save);
    }

    private static Label label(Messages messages, String key, javafx.scene.Node field) {
        Label label = new Label(messages.text(key));
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        label.setPadding(new Insets(5, 0, 0, 0));
        return label;
    }
}

package org.octopusdesk.ui.projects;

import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.octopusdesk.domain.project.Amendment;
import org.octopusdesk.domain.project.AmendmentDraft;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.DateFields;
import org.octopusdesk.ui.common.FormGrid;
import org.octopusdesk.ui.common.SaveCancel;
import org.octopusdesk.ui.common.TextAreas;

/** Extends or shortens a project: the new end, the date it was decided and why. */
final class AmendmentDialog extends Dialog<Amendment> {

    AmendmentDialog(AmendmentEditorViewModel viewModel, Messages messages, Window owner) {
        initOwner(owner);
        Project project = viewModel.project();
        setTitle(messages.text("amendment.title"));
        setHeaderText(messages.text("amendment.header", project.name(), project.currentEnd(), project.originalEnd()));

        DatePicker newEnd = DateFields.create(messages, viewModel.fieldErrors(), AmendmentDraft.NEW_END);
        newEnd.setId("amendment-new-end");
        newEnd.valueProperty().bindBidirectional(viewModel.newEndProperty());
        DatePicker decidedOn = DateFields.create(messages, viewModel.fieldErrors(), AmendmentDraft.DECIDED_ON);
        decidedOn.setId("amendment-decided-on");
        decidedOn.valueProperty().bindBidirectional(viewModel.decidedOnProperty());
        TextArea reason = TextAreas.tabMovesFocus(new TextArea());
        reason.setId("amendment-reason");
        reason.setWrapText(true);
        reason.setPrefRowCount(4);
        reason.setMinHeight(96);
        reason.setPromptText(messages.text("amendment.reason.prompt"));
        reason.textProperty().bindBidirectional(viewModel.reasonProperty());

        FormGrid form = new FormGrid()
                .add(messages.text("amendment.newEnd"), newEnd, viewModel.fieldErrors().of(AmendmentDraft.NEW_END))
                .add(messages.text("amendment.decidedOn"), decidedOn,
                        viewModel.fieldErrors().of(AmendmentDraft.DECIDED_ON))
                .add(messages.text("amendment.reason"), reason, viewModel.fieldErrors().of(AmendmentDraft.REASON));
        form.node().setPrefWidth(560);
        getDialogPane().setContent(form.node());
        getDialogPane().setId("amendment-editor");

        SaveCancel.install(this, messages, messages.text("amendment.save"), "amendment-save",
                viewModel.savingProperty(), viewModel::save);
    }
}

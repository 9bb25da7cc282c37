package org.octopusdesk.ui.contributions;

import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.DateFields;
import org.octopusdesk.ui.common.FormGrid;
import org.octopusdesk.ui.common.SaveCancel;
import org.octopusdesk.ui.common.TextAreas;

/** Cancelling a pledge: when, and why. */
final class CancelPledgeDialog extends Dialog<Contribution> {

    CancelPledgeDialog(CancelPledgeViewModel viewModel, Messages messages, Window owner) {
        initOwner(owner);
        Contribution contribution = viewModel.contribution();
        setTitle(messages.text("contribution.cancel.title", contribution.reference()));
        FormGrid form = new FormGrid();
        form.node().setPrefWidth(560);
        Label explanation = new Label(messages.text("contribution.cancel.explanation",
                messages.money(contribution.outstanding()), messages.money(contribution.paid())));
        explanation.setWrapText(true);
        explanation.setPrefWidth(1);
        explanation.setMaxWidth(Double.MAX_VALUE);
        explanation.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        form.add(messages.text("contribution.reference"), new Label(contribution.reference() + " · "
                + contribution.donorName()), null);
        form.addBelow(explanation);
        DatePicker date = DateFields.create(messages, viewModel.fieldErrors(), CancelPledgeViewModel.DATE);
        date.setId("cancel-date");
        date.valueProperty().bindBidirectional(viewModel.dateProperty());
        form.add(messages.text("contribution.cancelledOn"), date, viewModel.fieldErrors()
                .of(CancelPledgeViewModel.DATE));
        TextArea reason = TextAreas.tabMovesFocus(new TextArea());
        reason.setId("cancel-reason");
        reason.setWrapText(true);
        reason.setPrefRowCount(3);
        reason.textProperty().bindBidirectional(viewModel.reasonProperty());
        form.add(messages.text("contribution.cancelReason"), reason, viewModel.fieldErrors()
                .of(CancelPledgeViewModel.REASON));
        getDialogPane().setContent(form.node());
        getDialogPane().setId("cancel-editor");
        SaveCancel.install(this, messages, messages.text("contribution.cancel"), "cancel-save",
                viewModel.savingProperty(), viewModel::save);
    }
}

package org.octopusdesk.ui.contributions;

import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.PaymentDraft;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.DateFields;
import org.octopusdesk.ui.common.FormGrid;
import org.octopusdesk.ui.common.Forms;
import org.octopusdesk.ui.common.SaveCancel;

/** The form of a payment received, with the conversion it will get shown as one types. */
final class PaymentDialog extends Dialog<Contribution> {

    private final PaymentEditorViewModel viewModel;
    private final Messages messages;
    private final FormGrid form = new FormGrid();

    PaymentDialog(PaymentEditorViewModel viewModel, Messages messages, Window owner) {
        this.viewModel = viewModel;
        this.messages = messages;
        initOwner(owner);
        Contribution contribution = viewModel.contribution();
        setTitle(messages.text("payment.editor.title", contribution.reference()));
        form.node().setPrefWidth(600);

        Label pledge = new Label(messages.text("payment.editor.pledge", contribution.donorName(),
                messages.money(contribution.pledged()), messages.money(contribution.outstanding())));
        pledge.setWrapText(true);
        pledge.setPrefWidth(1);
        pledge.setMaxWidth(Double.MAX_VALUE);
        pledge.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        form.add(messages.text("payment.editor.for"), pledge, null);

        DatePicker date = DateFields.create(messages, viewModel.fieldErrors(), PaymentDraft.VALUE_DATE);
        date.setId("payment-date");
        date.valueProperty().bindBidirectional(viewModel.valueDateProperty());
        addRow("payment.valueDate", date, PaymentDraft.VALUE_DATE);

        TextField amount = new TextField();
        amount.setId("payment-amount");
        amount.textProperty().bindBidirectional(viewModel.amountProperty());
        HBox.setHgrow(amount, Priority.ALWAYS);
        Label currency = new Label(contribution.pledged().currency());
        currency.getStyleClass().add("text-muted");
        HBox money = new HBox(8, amount, currency);
        money.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        addRow("payment.amount", money, PaymentDraft.AMOUNT);

        TextField bank = new TextField();
        bank.setId("payment-bank");
        bank.setPromptText(messages.text("payment.bankEuros.prompt"));
        bank.textProperty().bindBidirectional(viewModel.bankEurosProperty());
        bank.setDisable("EUR".equals(contribution.pledged().currency()));
        addRow("payment.bankEuros", bank, PaymentDraft.BANK_EUROS);

        TextField note = new TextField();
        note.setId("payment-note");
        note.textProperty().bindBidirectional(viewModel.noteProperty());
        addRow("payment.note", note, PaymentDraft.NOTE);

        Node preview = Forms.conversionPreview("payment-preview", viewModel.conversionPreview(), messages);
        form.add(messages.text("payment.editor.conversion"), preview, null);

        getDialogPane().setContent(form.node());
        getDialogPane().setId("payment-editor");
        SaveCancel.install(this, messages, messages.text("payment.save"), "payment-save", viewModel.savingProperty(),
                viewModel::save);
    }

    private void addRow(String labelKey, Node field, String errorField) {
        form.add(messages.text(labelKey), field, viewModel.fieldErrors().of(errorField));
    }
}

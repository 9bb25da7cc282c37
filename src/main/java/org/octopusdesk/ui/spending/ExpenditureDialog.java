package org.octopusdesk.ui.spending;

import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.octopusdesk.domain.spending.Expenditure;
import org.octopusdesk.domain.spending.ExpenditureCategory;
import org.octopusdesk.domain.spending.ExpenditureDraft;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.Choices;
import org.octopusdesk.ui.common.DateFields;
import org.octopusdesk.ui.common.FormGrid;
import org.octopusdesk.ui.common.Forms;
import org.octopusdesk.ui.common.ListOnOpenComboBox;
import org.octopusdesk.ui.common.SaveCancel;

/** The form of an expenditure line, with the conversion it will get shown as one types. */
final class ExpenditureDialog extends Dialog<Expenditure> {

    private final ExpenditureEditorViewModel viewModel;
    private final Messages messages;
    private final FormGrid form = new FormGrid();

    ExpenditureDialog(ExpenditureEditorViewModel viewModel, Messages messages, Window owner) {
        this.viewModel = viewModel;
        this.messages = messages;
        initOwner(owner);
        setTitle(messages.text(viewModel.isNew() ? "expenditure.editor.new" : "expenditure.editor.edit"));
        form.node().setPrefWidth(600);

        DatePicker date = DateFields.create(messages, viewModel.fieldErrors(), ExpenditureDraft.SPENT_ON);
        date.setId("expenditure-date");
        date.valueProperty().bindBidirectional(viewModel.spentOnProperty());
        addRow("expenditure.spentOn", date, ExpenditureDraft.SPENT_ON);

        ComboBox<ExpenditureCategory> category = new ListOnOpenComboBox<>(FXCollections.observableArrayList(
                ExpenditureCategory.values()));
        category.setId("expenditure-category");
        category.setConverter(Choices.shownAs(value -> messages.text(value.messageKey()),
                messages.text("expenditure.category.choose")));
        category.valueProperty().bindBidirectional(viewModel.categoryProperty());
        category.setMaxWidth(Double.MAX_VALUE);
        addRow("expenditure.category", category, ExpenditureDraft.CATEGORY);

        TextField description = new TextField();
        description.setId("expenditure-description");
        description.textProperty().bindBidirectional(viewModel.descriptionProperty());
        addRow("expenditure.description", description, ExpenditureDraft.DESCRIPTION);

        TextField amount = new TextField();
        amount.setId("expenditure-amount");
        amount.textProperty().bindBidirectional(viewModel.amountProperty());
        HBox.setHgrow(amount, Priority.ALWAYS);
        ComboBox<String> currency = new ListOnOpenComboBox<>(viewModel.currencyChoices());
        currency.setId("expenditure-currency");
        currency.setEditable(true);
        currency.setPrefWidth(110);
        currency.valueProperty().bindBidirectional(viewModel.currencyProperty());
        // A code typed and never confirmed with Enter still counts, as in the pledge form.
        currency.getEditor().textProperty().addListener((observable, old, text) -> viewModel.currencyProperty()
                .set(text));
        HBox money = new HBox(8, amount, currency);
        money.setAlignment(Pos.CENTER_LEFT);
        // One message line under the amount and its currency, whichever of the two is at fault.
        StringProperty amountError = viewModel.fieldErrors().of(ExpenditureDraft.AMOUNT);
        StringProperty currencyError = viewModel.fieldErrors().of(ExpenditureDraft.CURRENCY);
        StringProperty moneyError = new SimpleStringProperty();
        moneyError.bind(Bindings.createStringBinding(() -> String.join("\n", Stream.of(amountError.get(),
                currencyError.get()).filter(text -> !text.isEmpty()).toList()), amountError, currencyError));
        form.add(messages.text("expenditure.amount"), money, moneyError);

        TextField bank = new TextField();
        bank.setId("expenditure-bank");
        bank.setPromptText(messages.text("expenditure.bankEuros.prompt"));
        bank.textProperty().bindBidirectional(viewModel.bankEurosProperty());
        addRow("expenditure.bankEuros", bank, ExpenditureDraft.BANK_EUROS);

        Node preview = Forms.conversionPreview("expenditure-preview", viewModel.conversionPreview(), messages);
        form.add(messages.text("payment.editor.conversion"), preview, null);

        getDialogPane().setContent(form.node());
        getDialogPane().setId("expenditure-editor");
        SaveCancel.install(this, messages, messages.text("expenditure.save"), "expenditure-save",
                viewModel.savingProperty(), viewModel::save);
    }

    private void addRow(String labelKey, Node field, String errorField) {
        form.add(messages.text(labelKey), field, viewModel.fieldErrors().of(errorField));
    }
}

package org.octopusdesk.ui.conferences;

import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.octopusdesk.domain.conference.BudgetCategory;
import org.octopusdesk.domain.conference.BudgetLine;
import org.octopusdesk.domain.conference.BudgetLineDraft;
import org.octopusdesk.domain.spending.Expenditure;
import org.octopusdesk.domain.spending.ExpenditureDraft;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.Choices;
import org.octopusdesk.ui.common.DateFields;
import org.octopusdesk.ui.common.FieldErrors;
import org.octopusdesk.ui.common.FormGrid;
import org.octopusdesk.ui.common.ListOnOpenComboBox;
import org.octopusdesk.ui.common.SaveCancel;

/** The two forms of the Budget tab: a line's plan, and an actual cost booked for a line. */
final class BudgetDialogs {

    private BudgetDialogs() {
    }

    /** The form of a budget line; it closes only once the line is saved. */
    static Dialog<BudgetLine> line(BudgetLineEditorViewModel viewModel, Messages messages, Window owner) {
        Dialog<BudgetLine> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.text(viewModel.isNew() ? "budget.editor.newTitle" : "budget.editor.editTitle"));
        FormGrid form = new FormGrid();
        form.node().setPrefWidth(560);
        FieldErrors errors = viewModel.fieldErrors();
        ComboBox<BudgetCategory> category = new ListOnOpenComboBox<>();
        category.setId("budget-category");
        category.getItems().setAll(BudgetCategory.values());
        category.setConverter(Choices.shownAs(value -> messages.text(value.messageKey()), ""));
        category.setPromptText(messages.text("budget.category.choose"));
        category.valueProperty().bindBidirectional(viewModel.categoryProperty());
        form.add(messages.text("budget.category"), category, errors.of(BudgetLineDraft.CATEGORY));
        TextField description = new TextField();
        description.setId("budget-description");
        description.textProperty().bindBidirectional(viewModel.descriptionProperty());
        form.add(messages.text("budget.description"), description, errors.of(BudgetLineDraft.DESCRIPTION));
        form.add(messages.text("budget.planned"), money("budget-amount", viewModel.amountProperty(),
                "budget-currency", viewModel.currencyProperty(), viewModel.currencyChoices()),
                joined(errors.of(BudgetLineDraft.PLANNED_AMOUNT), errors.of(BudgetLineDraft.PLANNED_CURRENCY)));
        DatePicker plannedOn = DateFields.create(messages, errors, BudgetLineDraft.PLANNED_ON);
        plannedOn.setId("budget-planned-on");
        plannedOn.valueProperty().bindBidirectional(viewModel.plannedOnProperty());
        form.add(messages.text("budget.plannedOn"), plannedOn, errors.of(BudgetLineDraft.PLANNED_ON));
        form.add("", hint(messages.text("budget.plannedOn.hint")), null);
        dialog.getDialogPane().setContent(form.node());
        dialog.getDialogPane().setId("budget-line-editor");
        SaveCancel.install(dialog, messages, messages.text("action.save"), "budget-line-save",
                viewModel.savingProperty(), viewModel::save);
        return dialog;
    }

    /** The form of an actual cost; it closes once the cost is booked as the project's spending. */
    static Dialog<Expenditure> actual(ActualCostViewModel viewModel, Messages messages, Window owner) {
        Dialog<Expenditure> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("budget.actual.title", viewModel.line().description()));
        FormGrid form = new FormGrid();
        form.node().setPrefWidth(560);
        FieldErrors errors = viewModel.fieldErrors();
        DatePicker spentOn = DateFields.create(messages, errors, ExpenditureDraft.SPENT_ON);
        spentOn.setId("actual-spent-on");
        spentOn.valueProperty().bindBidirectional(viewModel.spentOnProperty());
        form.add(messages.text("budget.actual.spentOn"), spentOn, errors.of(ExpenditureDraft.SPENT_ON));
        form.add(messages.text("budget.actual.amount"), money("actual-amount", viewModel.amountProperty(),
                "actual-currency", viewModel.currencyProperty(), viewModel.currencyChoices()),
                joined(errors.of(ExpenditureDraft.AMOUNT), errors.of(ExpenditureDraft.CURRENCY)));
        TextField bank = new TextField();
        bank.setId("actual-bank");
        bank.setPromptText(messages.text("expenditure.bankEuros.prompt"));
        bank.textProperty().bindBidirectional(viewModel.bankEurosProperty());
        form.add(messages.text("expenditure.bankEuros"), bank, errors.of(ExpenditureDraft.BANK_EUROS));
        form.add("", hint(messages.text("budget.actual.hint")), null);
        dialog.getDialogPane().setContent(form.node());
        dialog.getDialogPane().setId("actual-cost-editor");
        SaveCancel.install(dialog, messages, messages.text("budget.actual.save"), "actual-save",
                viewModel.savingProperty(), viewModel::save);
        return dialog;
    }

    /** An amount beside its currency, a code that may be typed and never confirmed with Enter. */
    private static Node money(String amountId, StringProperty amountText, String currencyId, StringProperty code,
            ObservableList<String> codes) {
        TextField amount = new TextField();
        amount.setId(amountId);
        amount.textProperty().bindBidirectional(amountText);
        HBox.setHgrow(amount, Priority.ALWAYS);
        ComboBox<String> currency = new ListOnOpenComboBox<>(codes);
        currency.setId(currencyId);
        currency.setEditable(true);
        currency.setPrefWidth(110);
        currency.valueProperty().bindBidirectional(code);
        currency.getEditor().textProperty().addListener((observable, old, text) -> code.set(text));
        HBox money = new HBox(8, amount, currency);
        money.setAlignment(Pos.CENTER_LEFT);
        return money;
    }

    /** One message line under an amount and its currency, whichever of the two is at fault. */
    private static StringProperty joined(StringProperty amountError, StringProperty currencyError) {
        StringProperty joined = new SimpleStringProperty();
        joined.bind(Bindings.createStringBinding(() -> String.join("\n", Stream.of(amountError.get(),
                currencyError.get()).filter(text -> !text.isEmpty()).toList()), amountError, currencyError));
        return joined;
    }

    private static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setPrefWidth(1);
        hint.setMaxWidth(Double.MAX_VALUE);
        return hint;
    }
}

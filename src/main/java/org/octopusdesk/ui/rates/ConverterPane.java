package org.octopusdesk.ui.rates;

import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.Forms;
import org.octopusdesk.ui.common.Icons;
import org.octopusdesk.ui.common.ListOnOpenComboBox;

/** Converts an amount to euros and shows the rate, its date and source next to the result. */
final class ConverterPane {

    private final VBox root;

    ConverterPane(ConverterViewModel viewModel, ObservableList<String> currencies, Messages messages) {
        Label title = new Label(messages.text("rates.convert.title"));
        title.getStyleClass().add("title-4");
        TextField amount = new TextField();
        amount.setId("convert-amount");
        amount.setPromptText(messages.text("project.budget.prompt"));
        amount.textProperty().bindBidirectional(viewModel.amountProperty());
        ComboBox<String> currency = new ListOnOpenComboBox<>(currencies);
        currency.setId("convert-currency");
        currency.setEditable(true);
        currency.valueProperty().bindBidirectional(viewModel.currencyProperty());
        currency.setPrefWidth(110);
        DatePicker date = Forms.datePicker(messages);
        date.setId("convert-date");
        date.valueProperty().bindBidirectional(viewModel.valueDateProperty());
        Button convert = new Button(messages.text("rates.convert.action"), Icons.icon(Icons.CONVERT));
        convert.setId("convert-run");
        convert.setDefaultButton(false);
        convert.setOnAction(event -> viewModel.convert());
        amount.setOnAction(event -> viewModel.convert());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(6);
        // The amount's caption level with its field, above the room kept for its message (as FormGrid does).
        Label amountCaption = caption("rates.convert.amount", amount, messages);
        amountCaption.setPadding(new Insets(5, 0, 0, 0));
        GridPane.setValignment(amountCaption, VPos.TOP);
        form.addRow(0, amountCaption, Forms.withError(amount, viewModel.amountErrorProperty()));
        form.addRow(1, caption("rates.currency", currency, messages), currency);
        form.addRow(2, caption("rates.convert.valueDate", date, messages), date);
        form.add(convert, 1, 3);

        Label result = new Label();
        result.setId("convert-result");
        result.getStyleClass().add("title-3");
        result.textProperty().bind(viewModel.resultProperty());
        Label detail = new Label();
        detail.setId("convert-detail");
        detail.getStyleClass().add("text-muted");
        detail.setWrapText(true);
        detail.textProperty().bind(viewModel.detailProperty());
        Label problem = new Label();
        problem.setId("convert-problem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());
        root = new VBox(8, title, form, result, detail, problem);
        root.setPadding(new Insets(8, 0, 0, 0));
    }

    Node node() {
        return root;
    }

    private static Label caption(String key, Node field, Messages messages) {
        Label caption = new Label(messages.text(key));
        caption.setLabelFor(field);
        return caption;
    }
}

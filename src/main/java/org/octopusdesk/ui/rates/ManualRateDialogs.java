package org.octopusdesk.ui.rates;

import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.rates.ManualRateRules;
import org.octopusdesk.service.rates.RatesService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.DialogService;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.DateFields;
import org.octopusdesk.ui.common.FormGrid;
import org.octopusdesk.ui.common.SaveCancel;
import org.octopusdesk.ui.common.TextAreas;

/** Opens the manual-rate form; it closes only once the rate is saved. */
public final class ManualRateDialogs {

    private final RatesService service;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final Messages messages;
    private final Window owner;
    private final LocalDate today;

    public ManualRateDialogs(RatesService service, BackgroundRunner runner, DialogService dialogs,
            ErrorReporter errors, Messages messages, Window owner, LocalDate today) {
        this.service = service;
        this.runner = runner;
        this.dialogs = dialogs;
        this.errors = errors;
        this.messages = messages;
        this.owner = owner;
        this.today = today;
    }

    /** Opens the form on {@code currency}; {@code onSaved} gets the rate as saved, whatever currency it is of. */
    public void open(String currency, java.util.function.Consumer<ExchangeRate> onSaved) {
        ManualRateViewModel viewModel = new ManualRateViewModel(service, runner, dialogs, errors, messages, currency,
                today);
        Dialog<ExchangeRate> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("rates.manual.title"));
        TextField code = new TextField();
        code.setId("manual-currency");
        code.textProperty().bindBidirectional(viewModel.currencyProperty());
        DatePicker date = DateFields.create(messages, viewModel.fieldErrors(), ManualRateViewModel.DATE);
        date.setId("manual-date");
        date.valueProperty().bindBidirectional(viewModel.dateProperty());
        TextField rate = new TextField();
        rate.setId("manual-rate");
        rate.setPromptText(messages.text("rates.manual.ratePrompt"));
        rate.textProperty().bindBidirectional(viewModel.rateProperty());
        TextArea note = TextAreas.tabMovesFocus(new TextArea());
        note.setId("manual-note");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.setPromptText(messages.text("rates.manual.notePrompt"));
        note.textProperty().bindBidirectional(viewModel.noteProperty());
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());

        FormGrid form = new FormGrid()
                .add(messages.text("rates.currency"), code, null)
                .add(messages.text("rates.column.date"), date, viewModel.fieldErrors().of(ManualRateViewModel.DATE))
                .add(messages.text("rates.manual.rate"), rate, viewModel.fieldErrors().of(ManualRateRules.RATE))
                .add(messages.text("rates.column.note"), note, viewModel.fieldErrors().of(ManualRateRules.NOTE))
                .addBelow(problem);
        form.node().setPrefWidth(520);
        dialog.getDialogPane().setContent(form.node());
        dialog.getDialogPane().setId("manual-rate-editor");

        SaveCancel.install(dialog, messages, messages.text("action.save"), "manual-save", viewModel.savingProperty(),
                viewModel::save);
        dialog.showAndWait().ifPresent(onSaved);
    }
}

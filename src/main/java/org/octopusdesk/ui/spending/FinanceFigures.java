package org.octopusdesk.ui.spending;

import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.spending.ProjectFinance;

/**
 * A project's money against its time: bars of the budget received and spent beside the bar of the time elapsed, so
 * that a project spending faster than its time shows at a glance; then the amounts, burn rate and months left.
 */
final class FinanceFigures {

    private final Messages messages;
    private final FinanceText text;
    private final VBox root = new VBox(8);

    FinanceFigures(SpendingViewModel viewModel, Messages messages) {
        this.messages = messages;
        this.text = new FinanceText(messages);
        root.setId("spending-finance");
        viewModel.financeProperty().addListener((observable, old, finance) -> render(finance));
        render(viewModel.financeProperty().get());
    }

    Node node() {
        return root;
    }

    private void render(ProjectFinance finance) {
        if (finance == null) {
            root.getChildren().setAll(muted(messages.text("dashboard.money.loading")));
            return;
        }
        GridPane bars = new GridPane();
        bars.setHgap(10);
        bars.setVgap(6);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints bar = new ColumnConstraints(120, 220, 320);
        bar.setHgrow(Priority.SOMETIMES);
        bars.getColumnConstraints().setAll(label, bar);
        row(bars, 0, "finance.time", FinanceText.fraction(Optional.of(finance.percentTimeElapsed())),
                messages.percent(finance.percentTimeElapsed()), "", "finance-time");
        row(bars, 1, "finance.received", FinanceText.fraction(finance.percentBudgetReceived()),
                text.percent(finance.percentBudgetReceived()), messages.euros(finance.receivedEuros()),
                "finance-received");
        row(bars, 2, "finance.spent", FinanceText.fraction(finance.percentBudgetSpent()),
                text.percent(finance.percentBudgetSpent()), messages.euros(finance.spentEuros()), "finance-spent");
        GridPane figures = new GridPane();
        figures.setHgap(10);
        figures.setVgap(4);
        pair(figures, 0, "project.budget", text.budget(finance));
        pair(figures, 1, "finance.burnRate", text.burnRate(finance));
        pair(figures, 2, "finance.monthsLeft", text.monthsLeft(finance));
        Label note = muted(messages.text("finance.note", finance.asOf()));
        note.setWrapText(true);
        root.getChildren().setAll(bars, figures, note);
    }

    private void row(GridPane grid, int row, String key, double fraction, String percent, String amount,
            String style) {
        ProgressBar bar = new ProgressBar(fraction);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.getStyleClass().add(style);
        bar.setId(style);
        Label caption = new Label(messages.text(key));
        caption.setMinWidth(Region.USE_PREF_SIZE);
        Label value = new Label(percent);
        value.setMinWidth(Region.USE_PREF_SIZE);
        value.setId(style + "-percent");
        Label euros = muted(amount);
        euros.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(row, caption, bar, value, euros);
        value.setAlignment(Pos.CENTER_RIGHT);
    }

    private void pair(GridPane grid, int row, String key, String value) {
        Label caption = muted(messages.text(key));
        caption.setMinWidth(Region.USE_PREF_SIZE);
        Label figure = new Label(value);
        figure.setWrapText(true);
        grid.addRow(row, caption, figure);
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        return label;
    }
}

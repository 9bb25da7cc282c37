package org.octopusdesk.ui.donors;

import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.contributions.CurrencyTotals;
import org.octopusdesk.service.contributions.DonorTotals;

/**
 * A donor's cumulative totals: one line per original currency (never added together), then the euro figures,
 * each saying what it is: received as converted on each payment's day, outstanding as an estimate.
 */
final class DonorTotalsPane {

    private DonorTotalsPane() {
    }

    static Node of(DonorTotals totals, Messages messages) {
        if (totals == null) {
            return muted(messages.text("donor.totals.loading"));
        }
        if (totals.contributions() == 0) {
            return muted(messages.text("donor.totals.none"));
        }
        GridPane grid = new GridPane();
        grid.setId("donor-totals");
        grid.setHgap(16);
        grid.setVgap(4);
        String[] headers = {"contribution.currency", "donor.totals.pledged", "contribution.received",
            "contribution.outstanding", "contribution.receivedEuros"};
        for (int column = 0; column < headers.length; column++) {
            Label header = muted(messages.text(headers[column]));
            header.setWrapText(false);
            header.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            GridPane.setHalignment(header, column == 0 ? HPos.LEFT : HPos.RIGHT);
            grid.add(header, column, 0);
        }
        int row = 1;
        for (CurrencyTotals line : totals.byCurrency()) {
            Label code = new Label(line.currency());
            code.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.add(code, 0, row);
            grid.add(figure(messages.money(line.pledged(), line.currency())), 1, row);
            grid.add(figure(messages.money(line.paid(), line.currency())), 2, row);
            grid.add(figure(messages.money(line.outstanding(), line.currency())), 3, row);
            grid.add(figure(messages.euros(line.receivedEuros())), 4, row);
            row++;
        }
        Label received = new Label(messages.text("donor.totals.receivedEuros", messages.euros(totals.receivedEuros())));
        received.setWrapText(true);
        String estimate = messages.text("donor.totals.outstanding",
                org.octopusdesk.ui.common.EstimateText.of(totals.outstandingEuros(), messages));
        Label outstanding = new Label(estimate);
        outstanding.setWrapText(true);
        String pledgedKey = totals.outstandingEuros().nothing() ? "donor.totals.pledgedEurosReceived"
                : totals.outstandingEuros().exact() ? "donor.totals.pledgedEurosExact" : "donor.totals.pledgedEuros";
        Label pledged = new Label(messages.text(pledgedKey, messages.euros(totals.pledgedEuros())));
        pledged.setWrapText(true);
        pledged.getStyleClass().add("text-bold");
        VBox box = new VBox(8, grid, received, outstanding, pledged);
        return box;
    }

    private static Label figure(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        GridPane.setHalignment(label, HPos.RIGHT);
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        return label;
    }
}

package org.octopusdesk.ui.spending;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.octopusdesk.domain.money.Money;
import org.octopusdesk.domain.spending.Expenditure;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.Cells;
import org.octopusdesk.ui.common.ColumnTitles;
import org.octopusdesk.ui.common.TableSelection;

/** A project's expenditure lines: date, category, description, amount, its conversion and the euros. */
final class SpendingTable {

    private SpendingTable() {
    }

    /** @param open opens the selected line's form (double click, Enter) */
    static TableView<Expenditure> create(SpendingViewModel viewModel, Messages messages, Runnable open,
            Runnable delete) {
        TableView<Expenditure> table = new TableView<>(viewModel.rows());
        table.setId("spending-table");
        table.setPlaceholder(new Label(messages.text("spending.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Each column at least as wide as its title, in French too (decision 0045).
        ColumnTitles.shownWhole(table);
        // Inside the scrolling page the table keeps a height of its own: about ten lines.
        table.setPrefHeight(300);
        table.setMinHeight(180);
        TableColumn<Expenditure, Money> amount = column(messages, "expenditure.amount", Expenditure::amount,
                messages::money, 135, true);
        amount.setComparator(Comparator.comparing(Money::currency).thenComparing(Money::amount));
        // Typed values, so that a click on a header sorts dates and amounts as such, not as the text shown.
        table.getColumns().setAll(List.of(
                column(messages, "expenditure.spentOn", Expenditure::spentOn, messages::date, 100, false),
                column(messages, "expenditure.category", line -> messages.text(line.category().messageKey()),
                        text -> text, 95, false),
                column(messages, "expenditure.description", Expenditure::description, text -> text, 120, false),
                amount,
                column(messages, "payment.rate", line -> line.rate().map(rate -> rate.asPublished()).orElse(null),
                        messages::number, 125, true),
                column(messages, "payment.rateDate", line -> line.rate().map(rate -> rate.date()).orElse(null),
                        messages::date, 105, false),
                column(messages, "payment.basis", line -> messages.text(line.basisMessageKey()), text -> text, 120,
                        false),
                column(messages, "payment.euros", line -> line.euros().amount(), messages::euros, 125, true)));
        TableSelection.link(table, viewModel.selectedProperty());
        TableSelection.actions(table, open, delete);
        return table;
    }

    private static <T> TableColumn<Expenditure, T> column(Messages messages, String key,
            Function<Expenditure, T> value, Function<T, String> format, double width, boolean figure) {
        TableColumn<Expenditure, T> column = new TableColumn<>(messages.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(ignored -> figure ? Cells.figure(format) : Cells.text(format));
        column.setPrefWidth(width);
        // Headers are read in full: a narrow window shortens the description, not "Rate (EUR 1 =)".
        column.setMinWidth(width);
        return column;
    }
}

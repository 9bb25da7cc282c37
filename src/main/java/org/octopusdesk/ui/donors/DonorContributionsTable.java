package org.octopusdesk.ui.donors;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.Cells;
import org.octopusdesk.ui.common.ColumnTitles;
import org.octopusdesk.ui.common.Tables;

/** A donor's contributions on its page: each pledge, its status and what it brought in euros. */
final class DonorContributionsTable {

    private DonorContributionsTable() {
    }

    static TableView<Contribution> of(ObservableList<Contribution> rows, Messages messages) {
        TableView<Contribution> table = new TableView<>(rows);
        table.setId("donor-contributions");
        table.setPlaceholder(new Label(messages.text("donor.contributions.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Each column at least as wide as its title, in French too (decision 0045).
        ColumnTitles.shownWhole(table);
        Tables.tallAsRows(table, 2, 10);
        TableColumn<Contribution, String> date = column(messages.text("contribution.column.date"),
                c -> messages.date(c.agreementDate()), Tables.DAY, false);
        // A date reads whole ("19/10/2…" at the window's first size); the other columns give way.
        Tables.atLeast(date, Tables.DAY);
        table.getColumns().setAll(List.of(date,
                column(messages.text("contribution.reference"), Contribution::reference, 100, false),
                column(messages.text("contribution.amount"), c -> messages.money(c.pledged()), 140, true),
                column(messages.text("contribution.status"), c -> messages.text(c.status().messageKey()), 110, false),
                column(messages.text("contribution.receivedEuros"), c -> messages.euros(c.receivedEuros().amount()),
                        130, true)));
        return table;
    }

    private static TableColumn<Contribution, String> column(String title, Function<Contribution, String> value,
            double width, boolean figure) {
        TableColumn<Contribution, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        if (figure) {
            // Millions read whole ("EUR 2 036 67…" said nothing); the reference and the status give way.
            Tables.atLeast(column, Tables.MILLIONS);
        }
        column.setSortable(false);
        column.setCellFactory(ignored -> figure ? Cells.figure(text -> text) : Cells.plain());
        return column;
    }
}

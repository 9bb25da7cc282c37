package org.octopusdesk.ui.projects;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.Cells;
import org.octopusdesk.ui.common.ColumnTitles;
import org.octopusdesk.ui.common.TableSelection;
import org.octopusdesk.ui.common.Tables;

/** The sortable table of projects: double-click or Enter edits, Delete deletes. */
final class ProjectTable {

    private ProjectTable() {
    }

    static TableView<ProjectRow> create(ObservableList<ProjectRow> rows, Messages messages, Runnable edit,
            Runnable delete, String emptyText) {
        TableView<ProjectRow> table = new TableView<>();
        table.setId("projects-table");
        SortedList<ProjectRow> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Each column at least as wide as its title, in French too (decision 0045).
        ColumnTitles.shownWhole(table);
        table.setPlaceholder(new Label(emptyText));
        table.getColumns().setAll(columns(messages));
        TableSelection.actions(table, edit, delete);
        return table;
    }

    private static List<TableColumn<ProjectRow, ?>> columns(Messages messages) {
        TableColumn<ProjectRow, String> code = column(messages, "project.code", row -> row.project().code(), 90);
        code.setCellFactory(column -> Cells.plain());
        // Codes and dates read whole ("OCTO…", "01/01/2…" once the titles took their room); the names give way.
        code.setMinWidth(85);
        TableColumn<ProjectRow, String> name = column(messages, "project.name", row -> row.project().name(), 185);
        name.setCellFactory(column -> Cells.plain());
        // Sorted as people read names (accents, case), not by character codes.
        name.setComparator(Collator.getInstance(messages.locale())::compare);
        TableColumn<ProjectRow, LocalDate> start = column(messages, "project.start",
                row -> row.project().start(), 105);
        start.setCellFactory(column -> Cells.text(messages::date));
        Tables.atLeast(start, Tables.DAY);
        TableColumn<ProjectRow, LocalDate> end = column(messages, "project.currentEnd",
                row -> row.project().currentEnd(), 105);
        end.setCellFactory(column -> Cells.text(messages::date));
        Tables.atLeast(end, Tables.DAY);
        TableColumn<ProjectRow, Long> total = column(messages, "projects.column.days",
                row -> row.duration().totalDays(), 80);
        total.setCellFactory(column -> Cells.figure(messages::number));
        TableColumn<ProjectRow, BigDecimal> elapsed = column(messages, "projects.column.elapsed",
                row -> row.duration().percentElapsed(), 140);
        elapsed.setCellFactory(column -> ProjectCells.progress(messages));
        // Two different facts side by side: what the dates say (ended) and what a person marked (running). Their
        // titles say which is which, so a reader can see the contradiction the dashboard warns about.
        TableColumn<ProjectRow, String> state = column(messages, "projects.column.byDates",
                row -> messages.text(row.duration().state().messageKey()), 140);
        state.setCellFactory(column -> Cells.plain());
        TableColumn<ProjectRow, String> status = column(messages, "projects.column.markedAs",
                row -> messages.text(row.project().status().messageKey()), 160);
        status.setCellFactory(column -> Cells.plain());
        return List.of(code, name, start, end, total, elapsed, state, status);
    }

    private static <T> TableColumn<ProjectRow, T> column(Messages messages, String key,
            Function<ProjectRow, T> value, double width) {
        TableColumn<ProjectRow, T> column = new TableColumn<>(messages.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}

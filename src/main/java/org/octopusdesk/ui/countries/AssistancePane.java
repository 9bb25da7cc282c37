package org.octopusdesk.ui.countries;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.Cells;
import org.octopusdesk.ui.common.FittingBar;
import org.octopusdesk.ui.common.Icons;
import org.octopusdesk.ui.countries.AssistanceLogViewModel.AssistanceRow;

/** The assistance log as a table, filtered as the person types, with the button that logs a new activity. */
final class AssistancePane {

    private final AssistanceLogViewModel log;
    private final Messages messages;
    private final BorderPane pane = new BorderPane();

    AssistancePane(AssistanceLogViewModel log, Messages messages, Runnable onLog,
            org.octopusdesk.ui.common.RoleControls roles) {
        this.log = log;
        this.messages = messages;
        Button create = new Button(messages.text("assistance.log"), Icons.icon(Icons.NEW));
        create.setId("assistance-new");
        create.setOnAction(event -> onLog.run());
        roles.guard(org.octopusdesk.domain.people.Permission.CHANGE_COUNTRIES, create);
        TextField filter = new TextField();
        filter.setId("assistance-filter");
        filter.setPromptText(messages.text("assistance.filter.prompt"));
        filter.setPrefColumnCount(18);
        filter.textProperty().bindBidirectional(log.filterProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = FittingBar.toolBar(6, create, spacer, Icons.icon(Icons.FIND), filter);
        pane.setTop(bar);
        pane.setCenter(table());
    }

    Node node() {
        return pane;
    }

    private TableView<AssistanceRow> table() {
        TableView<AssistanceRow> table = new TableView<>();
        table.setId("assistance-table");
        SortedList<AssistanceRow> sorted = new SortedList<>(log.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(messages.text("assistance.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<AssistanceRow, java.time.LocalDate> start = new TableColumn<>(messages.text("assistance.start"));
        start.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().activity().details().start()));
        start.setCellFactory(ignored -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(java.time.LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setText(empty || date == null ? null : messages.date(date));
            }
        });
        start.setPrefWidth(100);
        table.getColumns().setAll(List.of(start,
                column("assistance.country", AssistanceRow::country, 160),
                column("assistance.kind", AssistanceRow::kind, 130),
                column("assistance.project", AssistanceRow::project, 110),
                column("assistance.description", row -> row.activity().details().description(), 260),
                column("assistance.outcome", row -> row.activity().details().outcome(), 200)));
        return table;
    }

    private TableColumn<AssistanceRow, String> column(String key, Function<AssistanceRow, String> value,
            double width) {
        TableColumn<AssistanceRow, String> column = new TableColumn<>(messages.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setCellFactory(ignored -> Cells.plain());
        return column;
    }
}

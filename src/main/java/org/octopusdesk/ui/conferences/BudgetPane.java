package org.octopusdesk.ui.conferences;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.octopusdesk.domain.conference.BudgetLine;
import org.octopusdesk.domain.conference.ConferenceBudget;
import org.octopusdesk.domain.conference.EditionFunding;
import org.octopusdesk.domain.money.Money;
import org.octopusdesk.domain.spending.Expenditure;
import org.octopusdesk.domain.people.Permission;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.ColumnTitles;
import org.octopusdesk.ui.common.FittingBar;
import org.octopusdesk.ui.common.RoleControls;
import org.octopusdesk.ui.common.Cells;
import org.octopusdesk.ui.common.Icons;
import org.octopusdesk.ui.common.TableSelection;
import org.octopusdesk.ui.common.Tables;

/**
 * The Budget tab: the edition's lines, planned and actual in euros, the actual costs of the selected line, the
 * balance (income less actual costs, and less planned costs), the funding by donor, and a chart of planned against
 * actual by category.
 */
final class BudgetPane {

    private final BudgetViewModel viewModel;
    private final Messages messages;
    private final Window owner;
    private final VBox root = new VBox(8);
    private final GridPane balance = new GridPane();
    private final RoleControls roles;
    private final VBox funding = new VBox(4);
    private final VBox chart = new VBox();

    BudgetPane(BudgetViewModel viewModel, Messages messages, Window owner, RoleControls roles) {
        this.viewModel = viewModel;
        this.roles = roles;
        this.messages = messages;
        this.owner = owner;
        Label note = new Label(messages.text("budget.note"));
        note.setWrapText(true);
        note.getStyleClass().add("text-muted");
        note.setMinHeight(Region.USE_PREF_SIZE);
        balance.setId("budget-balance");
        balance.setHgap(18);
        balance.setVgap(4);
        funding.setId("budget-funding");
        root.getChildren().setAll(toolbar(), note, linesTable(), actualsBar(), actualsTable(),
                title("budget.balance.title"), balance, title("budget.funding.title"), funding, chart);
        root.setPadding(new Insets(6));
        root.setId("budget-pane");
        root.setMinWidth(0);
        viewModel.budgetProperty().addListener((observable, old, budget) -> draw(budget));
        draw(viewModel.budgetProperty().get());
    }

    Node node() {
        ScrollPane scroll = new ScrollPane(root);
        scroll.setId("budget-scroll");
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Label title(String key) {
        Label title = new Label(messages.text(key));
        title.getStyleClass().add("title-4");
        return title;
    }

    private void openLine(BudgetLine line) {
        if (roles.refused(Permission.CHANGE_CONFERENCES)) {
            return;
        }
        BudgetDialogs.line(viewModel.lineEditor(line), messages, owner).showAndWait().ifPresent(saved -> {
            viewModel.selectedProperty().set(saved);
            viewModel.reload();
        });
    }

    private void openActual() {
        BudgetLine line = viewModel.selectedProperty().get();
        if (line != null && !roles.refused(Permission.BOOK_ACTUAL_COST)) {
            BudgetDialogs.actual(viewModel.actualEditor(line), messages, owner).showAndWait()
                    .ifPresent(booked -> viewModel.reload());
        }
    }

    private Node toolbar() {
        Button add = button("budget-line-new", "budget.new", Icons.NEW);
        add.setOnAction(event -> openLine(null));
        add.disableProperty().bind(viewModel.conferenceProperty().isNull());
        Button edit = button("budget-line-edit", "action.edit", Icons.EDIT);
        edit.setOnAction(event -> openLine(viewModel.selectedProperty().get()));
        Button delete = button("budget-line-delete", "action.delete", Icons.DELETE);
        delete.setOnAction(event -> roles.gated(Permission.CHANGE_CONFERENCES, viewModel::deleteSelected).run());
        edit.disableProperty().bind(viewModel.selectedProperty().isNull());
        delete.disableProperty().bind(viewModel.selectedProperty().isNull());
        roles.guard(Permission.CHANGE_CONFERENCES, add, edit, delete);
        HBox bar = new FittingBar(6, add, edit, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** The actual costs have their own buttons, over their own list: they act on the selected line. */
    private Node actualsBar() {
        Label title = title("budget.actual.listTitle");
        // Beside the two buttons a narrow pane left "Coûts réels de la li…": the title takes two lines instead.
        title.setWrapText(true);
        title.setMinWidth(0);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        Button actual = button("budget-actual-new", "budget.actual.new", Icons.NEW);
        actual.setOnAction(event -> openActual());
        actual.disableProperty().bind(viewModel.selectedProperty().isNull());
        Button remove = button("budget-actual-remove", "budget.actual.remove", Icons.REMOVE);
        remove.setOnAction(event -> roles.gated(Permission.BOOK_ACTUAL_COST, viewModel::removeSelectedActual).run());
        remove.disableProperty().bind(viewModel.selectedActualProperty().isNull());
        roles.guard(Permission.BOOK_ACTUAL_COST, actual, remove);
        HBox bar = new FittingBar(6, title, actual, remove);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Button button(String id, String key, String icon) {
        Button button = new Button(messages.text(key), Icons.icon(icon));
        button.setId(id);
        return button;
    }

    private TableView<BudgetLine> linesTable() {
        TableView<BudgetLine> table = new TableView<>(viewModel.lines());
        table.setId("budget-lines");
        ColumnTitles.shownWhole(table);
        table.setPlaceholder(new Label(messages.text("budget.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(200);
        table.setMinHeight(150);
        // The amounts are read whole; the category's short name and the description give way (full in a tooltip).
        table.getColumns().setAll(List.of(
                column("budget.category", line -> messages.text(line.category().messageKey() + ".short"), 100),
                column("budget.description", BudgetLine::description, 110),
                Tables.whole(column("budget.planned", line -> messages.money(line.planned()), 122)),
                // The header says EUR: the figures under it go without the code, so the four amounts fit the pane.
                Tables.whole(column("budget.plannedEuros", line -> messages.number(line.plannedEuros().amount()), 92)),
                Tables.whole(column("budget.actualEuros", line -> messages.number(line.actualEuros().amount()), 92))));
        TableSelection.link(table, viewModel.selectedProperty());
        TableSelection.actions(table, () -> openLine(viewModel.selectedProperty().get()),
                roles.gated(Permission.CHANGE_CONFERENCES, viewModel::deleteSelected));
        return table;
    }

    private TableView<Expenditure> actualsTable() {
        TableView<Expenditure> table = new TableView<>(viewModel.actuals());
        table.setId("budget-actuals");
        table.setPlaceholder(new Label(messages.text("budget.actual.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(110);
        table.setMinHeight(90);
        table.getColumns().setAll(List.of(
                column("budget.actual.spentOn", (Expenditure one) -> messages.date(one.spentOn()), 100),
                Tables.whole(column("budget.actual.amount", (Expenditure one) -> messages.money(one.amount()), 120)),
                column("payment.basis", (Expenditure one) -> messages.text(one.basisMessageKey()), 110),
                Tables.whole(column("budget.actualEuros", (Expenditure one) -> messages.euros(one.euros().amount()),
                        108))));
        TableSelection.link(table, viewModel.selectedActualProperty());
        return table;
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(messages.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setCellFactory(ignored -> Cells.plain());
        return column;
    }

    private void draw(ConferenceBudget budget) {
        balance.getChildren().clear();
        int row = 0;
        row = figure(row, "budget.balance.received", budget.receivedEuros(), "budget-received");
        row = figure(row, "budget.balance.outstanding", budget.outstandingEuros(), "budget-outstanding");
        row = figure(row, "budget.balance.income", budget.incomeEuros(), "budget-income");
        row = figure(row, "budget.balance.actual", budget.actualEuros(), "budget-actual");
        row = figure(row, "budget.balance.balance", budget.balance(), "budget-balance-actual");
        row = figure(row, "budget.balance.planned", budget.plannedEuros(), "budget-planned");
        figure(row, "budget.balance.plannedBalance", budget.plannedBalance(), "budget-balance-planned");
        funding.getChildren().clear();
        if (budget.funding().isEmpty()) {
            Label none = new Label(messages.text(viewModel.hasProject() ? "budget.funding.none"
                    : "budget.funding.noProject"));
            none.getStyleClass().add("text-muted");
            none.setWrapText(true);
            funding.getChildren().add(none);
        }
        for (EditionFunding one : budget.funding()) {
            Label line = new Label(messages.text("budget.funding.line", one.donor(), one.reference(),
                    messages.money(one.earmarked()), messages.euros(one.receivedEuros().amount()),
                    messages.euros(one.outstandingEuros().amount())));
            line.setWrapText(true);
            funding.getChildren().add(line);
        }
        chart.getChildren().setAll(budget.byCategory().isEmpty() ? List.of() : List.of(chart(budget)));
    }

    private int figure(int row, String key, Money euros, String id) {
        Label name = new Label(messages.text(key));
        name.getStyleClass().add("text-muted");
        Label value = new Label(messages.euros(euros.amount()));
        value.setId(id);
        if (euros.amount().signum() < 0) {
            value.getStyleClass().add("danger");
        }
        GridPane.setHgrow(name, Priority.SOMETIMES);
        balance.addRow(row, name, value);
        return row + 1;
    }

    private BarChart<String, Number> chart(ConferenceBudget budget) {
        XYChart.Series<String, Number> planned = new XYChart.Series<>();
        planned.setName(messages.text("budget.chart.planned"));
        XYChart.Series<String, Number> actual = new XYChart.Series<>();
        actual.setName(messages.text("budget.chart.actual"));
        for (ConferenceBudget.CategoryTotals totals : budget.byCategory()) {
            String category = messages.text(totals.category().messageKey() + ".short");
            // A bar's height only: the figures read in the table and the balance are the stored decimals.
            planned.getData().add(new XYChart.Data<>(category, totals.planned().amount().doubleValue()));
            actual.getData().add(new XYChart.Data<>(category, totals.actual().amount().doubleValue()));
        }
        NumberAxis euros = new NumberAxis();
        euros.setLabel(messages.text("budget.chart.euros"));
        euros.setTickLabelFormatter(new NumberAxis.DefaultFormatter(euros) {
            @Override
            public String toString(Number value) {
                return messages.number(value.longValue());
            }
        });
        CategoryAxis categories = new CategoryAxis();
        // Short names stand level under their bars; the full ones are in the table above.
        categories.setTickLabelRotation(0);
        BarChart<String, Number> bars = new BarChart<>(categories, euros);
        bars.getData().setAll(List.of(planned, actual));
        bars.setTitle(messages.text("budget.chart.title"));
        bars.setAnimated(false);
        bars.setId("budget-chart");
        bars.setPrefHeight(340);
        bars.setMinHeight(300);
        return bars;
    }
}

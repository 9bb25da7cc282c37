package org.octopusdesk.ui.check;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.Icons;

/** Help › Check data: the check, its progress, what differs, and the repair. */
public final class DataCheckDialog extends Dialog<Void> {

    public DataCheckDialog(DataCheckViewModel model, Messages messages, Window owner) {
        initOwner(owner);
        setTitle(messages.text("check.title"));
        setResizable(true);

        Label intro = new Label(messages.text("check.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Label.USE_PREF_SIZE);

        Button check = new Button(messages.text("check.run"), Icons.icon(Icons.CHECK));
        check.setId("check-run");
        check.setDefaultButton(true);
        check.disableProperty().bind(model.runningProperty());
        check.setOnAction(event -> model.check());
        Button repair = new Button(messages.text("check.repair"), Icons.icon(Icons.REPAIR));
        repair.setId("check-repair");
        repair.disableProperty().bind(model.runningProperty().or(model.repairableProperty().not()));
        repair.setOnAction(event -> model.repair());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        HBox actions = new HBox(8, check, repair, progress);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("check-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Label.USE_PREF_SIZE);
        summary.textProperty().bind(model.summaryProperty());
        model.agreesProperty().addListener((property, was, agrees) -> mark(summary, agrees));
        // A role that may not repair sees the differences marked as such, with nothing to repair.
        model.repairableProperty().addListener((property, was, repairable) -> mark(summary,
                model.agreesProperty().get()));

        TableView<DataCheckViewModel.Row> table = new TableView<>(model.differences());
        table.setId("check-differences");
        table.getColumns().add(column(messages.text("check.column.record"), DataCheckViewModel.Row::record, 260));
        table.getColumns().add(column(messages.text("check.column.figure"), DataCheckViewModel.Row::figure, 200));
        table.getColumns().add(column(messages.text("check.column.stored"), DataCheckViewModel.Row::stored, 120));
        table.getColumns().add(column(messages.text("check.column.recomputed"), DataCheckViewModel.Row::recomputed,
                170));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(""));
        table.setPrefHeight(280);
        table.visibleProperty().bind(Bindings.isNotEmpty(model.differences()));
        table.managedProperty().bind(table.visibleProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        Label more = new Label();
        more.textProperty().bind(model.moreProperty());
        more.visibleProperty().bind(model.moreProperty().isNotEmpty());
        more.managedProperty().bind(more.visibleProperty());

        VBox content = new VBox(12, intro, actions, summary, table, more);
        model.repairRefusal().ifPresent(why -> {
            // Under the actions: the disabled Repair shows no tooltip (decision 0034).
            Label notice = new Label(why);
            notice.setId(org.octopusdesk.ui.common.GatedScreen.DATA_CHECK.noticeId());
            notice.setWrapText(true);
            notice.setMinHeight(Label.USE_PREF_SIZE);
            notice.getStyleClass().add("text-muted");
            content.getChildren().add(2, notice);
        });
        content.setPadding(new Insets(10));
        content.setPrefWidth(820);
        getDialogPane().setContent(content);
        getDialogPane().setId("check-dialog");
        getDialogPane().getButtonTypes().add(new ButtonType(messages.text("action.close"),
                ButtonType.CLOSE.getButtonData()));
        setOnShown(event -> model.check());
    }

    private static TableColumn<DataCheckViewModel.Row, String> column(String title,
            java.util.function.Function<DataCheckViewModel.Row, String> value, double width) {
        TableColumn<DataCheckViewModel.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        column.setPrefWidth(width);
        column.setCellFactory(ignored -> org.octopusdesk.ui.common.Cells.plain());
        return column;
    }

    /** Green once everything agrees, red while figures differ. */
    private static void mark(Label summary, boolean agrees) {
        summary.getStyleClass().removeAll("success", "danger");
        summary.getStyleClass().add(agrees ? "success" : "danger");
    }
}

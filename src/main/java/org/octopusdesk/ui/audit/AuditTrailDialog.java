package org.octopusdesk.ui.audit;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.octopusdesk.domain.audit.AuditRow;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.Cells;
import org.octopusdesk.ui.common.Icons;
import org.octopusdesk.ui.common.ListOnOpenComboBox;

/**
 * The audit trail, from Help: the newest entries (when, who, which record, what, the values) filtered by record
 * type, and a button that verifies the whole chain in the background. Binds its view-model and nothing more.
 */
public final class AuditTrailDialog extends Dialog<Void> {

    private static final double WIDTH = 1040;
    private static final double HEIGHT = 700;

    public AuditTrailDialog(AuditTrailViewModel viewModel, Messages messages, Window owner) {
        initOwner(owner);
        initModality(Modality.NONE);
        setResizable(true);
        setTitle(messages.text("auditTrail.title"));

        ComboBox<String> type = new ListOnOpenComboBox<>(viewModel.recordTypes());
        type.setId("audit-record-type");
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return viewModel.recordTypeName(code);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        type.valueProperty().bindBidirectional(viewModel.recordTypeProperty());
        Label typeCaption = new Label(messages.text("auditTrail.recordType"));
        typeCaption.setLabelFor(type);
        Label shown = new Label(messages.text("auditTrail.newestShown", AuditTrailViewModel.ENTRIES_SHOWN));
        shown.getStyleClass().add("text-muted");
        HBox filter = new HBox(8, typeCaption, type, shown);
        filter.setAlignment(Pos.CENTER_LEFT);

        BorderPane content = new BorderPane(table(viewModel, messages), filter, null, verification(viewModel,
                messages), null);
        BorderPane.setMargin(filter, new Insets(0, 0, 8, 0));
        content.setPadding(new Insets(10));
        getDialogPane().setContent(content);
        // A dialog whose content wraps text sizes itself narrow: the table needs room for its columns side by side.
        setOnShown(event -> {
            setWidth(WIDTH);
            setHeight(HEIGHT);
        });
        getDialogPane().setId("audit-trail-dialog");
        getDialogPane().getButtonTypes().setAll(new ButtonType(messages.text("action.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        viewModel.reload();
    }

    private static TableView<AuditRow> table(AuditTrailViewModel viewModel, Messages messages) {
        TableView<AuditRow> table = new TableView<>(viewModel.entries());
        table.setId("audit-trail-table");
        table.setPlaceholder(new Label(messages.text("audit.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<AuditRow, String> number = column(messages.text("auditTrail.number"),
                row -> Long.toString(row.id()), 60);
        number.setCellFactory(column -> Cells.figure(Function.identity()));
        table.getColumns().add(number);
        table.getColumns().add(column(messages.text("auditTrail.when"), viewModel::when, 130));
        table.getColumns().add(column(messages.text("auditTrail.who"), row -> row.entry().actor(), 100));
        table.getColumns().add(column(messages.text("auditTrail.record"), viewModel::recordOf, 150));
        table.getColumns().add(column(messages.text("auditTrail.action"), viewModel::action, 90));
        TableColumn<AuditRow, String> changes = column(messages.text("auditTrail.changes"), viewModel::changes, 380);
        changes.setCellFactory(column -> wrapping());
        table.getColumns().add(changes);
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    private static TableColumn<AuditRow, String> column(String title, Function<AuditRow, String> value,
            double width) {
        TableColumn<AuditRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 70));
        column.setSortable(false);
        return column;
    }

    /** The values of an entry run over several lines: the row grows to show them. */
    private static TableCell<AuditRow, String> wrapping() {
        return new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setWrapText(true);
            }
        };
    }

    private static VBox verification(AuditTrailViewModel viewModel, Messages messages) {
        Button verify = new Button(messages.text("auditTrail.verify"), Icons.icon(Icons.VERIFY));
        verify.setId("audit-verify");
        verify.disableProperty().bind(viewModel.verifyingProperty());
        verify.setOnAction(event -> viewModel.verify());
        verify.setMinWidth(Button.USE_PREF_SIZE);
        ProgressBar progress = new ProgressBar();
        progress.setId("audit-verify-progress");
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.verifyingProperty());
        progress.setPrefWidth(220);
        Label explanation = new Label(messages.text("auditTrail.verifyExplained"));
        explanation.setWrapText(true);
        explanation.getStyleClass().add("text-muted");
        HBox.setHgrow(explanation, Priority.ALWAYS);
        HBox actions = new HBox(10, verify, progress, explanation);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label outcome = new Label();
        outcome.setId("audit-verify-outcome");
        outcome.setWrapText(true);
        outcome.textProperty().bind(viewModel.outcomeTextProperty());
        outcome.managedProperty().bind(outcome.textProperty().isNotEmpty());
        viewModel.outcomeProperty().addListener((observable, old, now) -> {
            outcome.getStyleClass().removeAll("success", "danger", "text-bold");
            if (now != AuditTrailViewModel.Outcome.NOT_VERIFIED) {
                outcome.getStyleClass().addAll(now == AuditTrailViewModel.Outcome.INTACT ? "success" : "danger",
                        "text-bold");
            }
        });
        VBox box = new VBox(8, actions, outcome);
        box.setPadding(new Insets(10, 0, 0, 0));
        return box;
    }
}

package org.octopusdesk.ui.conferences;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.conferences.RetentionPurge;

/** The preview of the retention purge as of a day, and the purge after a confirmation. */
final class RetentionPurgeDialog extends Dialog<Void> {

    RetentionPurgeDialog(RetentionPurgeViewModel viewModel, Messages messages, Runnable onPurged, Window owner) {
        initOwner(owner);
        setTitle(messages.text("purge.title"));
        Label hint = new Label(messages.text("purge.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        hint.setMinHeight(Region.USE_PREF_SIZE);
        DatePicker asOf = new DatePicker();
        asOf.setId("purge-as-of");
        asOf.valueProperty().bindBidirectional(viewModel.asOfProperty());
        Label asOfLabel = new Label(messages.text("purge.asOf"));
        asOfLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox day = new HBox(8, asOfLabel, asOf);
        day.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        ListView<RetentionPurge.Line> lines = new ListView<>(viewModel.lines());
        lines.setId("purge-lines");
        lines.setPlaceholder(new Label(messages.text("purge.none")));
        lines.setPrefHeight(170);
        lines.setCellFactory(ignored -> new ListCell<>() {
            {
                // Long titles wrap inside the list rather than scroll it sideways.
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(RetentionPurge.Line line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : viewModel.describe(line));
            }
        });
        Label total = new Label();
        total.setId("purge-total");
        total.getStyleClass().add("title-4");
        total.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(viewModel::totalText,
                viewModel.totalProperty()));
        Label fields = new Label(messages.text("purge.fields"));
        fields.setWrapText(true);
        fields.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(10, hint, day, lines, total, fields);
        content.setPrefWidth(620);
        getDialogPane().setContent(content);
        getDialogPane().setId("purge-dialog");
        ButtonType purgeType = new ButtonType(messages.text("purge.confirm"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(purgeType, ButtonType.CLOSE);
        Button purge = (Button) getDialogPane().lookupButton(purgeType);
        purge.setId("purge-run");
        purge.getStyleClass().add("danger");
        purge.disableProperty().bind(viewModel.canPurge().not());
        // The dialog stays open: the purge asks first, and afterwards shows what is left (usually nothing).
        purge.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.purge(onPurged);
        });
    }
}

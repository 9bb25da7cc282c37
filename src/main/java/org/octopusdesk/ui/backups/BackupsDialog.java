package org.octopusdesk.ui.backups;

import java.io.File;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.backup.BackupSettings;
import org.octopusdesk.service.backup.SafetyBackups;
import org.octopusdesk.ui.common.Icons;

/** File › Backups: the list, Back up now, Check and Restore…, the folder and how many are kept. */
public final class BackupsDialog extends Dialog<Void> {

    public BackupsDialog(BackupsViewModel model, Messages messages, Window owner) {
        initOwner(owner);
        setTitle(messages.text("backups.title"));
        setResizable(true);

        Label intro = new Label(messages.text("backups.intro", SafetyBackups.IMPORT_ROWS));
        intro.setWrapText(true);
        intro.setMinHeight(Label.USE_PREF_SIZE);

        TableView<BackupsViewModel.Row> table = new TableView<>(model.rows());
        table.setId("backups-list");
        table.getColumns().add(column(messages.text("backups.column.taken"), BackupsViewModel.Row::takenAt, 150));
        table.getColumns().add(column(messages.text("backups.column.file"), BackupsViewModel.Row::name, 300));
        table.getColumns().add(column(messages.text("backups.column.size"), BackupsViewModel.Row::size, 90));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.text("backups.none")));
        table.setPrefHeight(240);
        VBox.setVgrow(table, Priority.ALWAYS);
        var selected = table.getSelectionModel().selectedItemProperty();

        Button backUp = new Button(messages.text("backups.backUpNow"), Icons.icon(Icons.SAVE));
        backUp.setId("backups-now");
        backUp.setDefaultButton(true);
        backUp.disableProperty().bind(model.runningProperty());
        backUp.setOnAction(event -> model.backUpNow());
        Button check = new Button(messages.text("backups.check"), Icons.icon(Icons.VERIFY));
        check.setId("backups-check");
        check.disableProperty().bind(model.runningProperty().or(selected.isNull()));
        check.setOnAction(event -> model.check(selected.get()));
        Button restore = new Button(messages.text("backups.restore"), Icons.icon(Icons.HISTORY));
        restore.setId("backups-restore");
        restore.disableProperty().bind(model.runningProperty().or(selected.isNull()));
        restore.setOnAction(event -> model.restore(selected.get()));
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        HBox actions = new HBox(8, backUp, check, restore, progress);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label outcome = new Label();
        outcome.setId("backups-outcome");
        outcome.setWrapText(true);
        outcome.setMinHeight(Label.USE_PREF_SIZE);
        outcome.textProperty().bind(model.outcomeProperty());
        model.toneProperty().addListener((property, was, tone) -> mark(outcome, tone));

        VBox content = new VBox(12, intro, settings(model, messages), table, actions, outcome);
        content.setPadding(new Insets(10));
        content.setPrefWidth(720);
        getDialogPane().setContent(content);
        getDialogPane().setId("backups-dialog");
        getDialogPane().getButtonTypes().add(new ButtonType(messages.text("action.close"),
                ButtonType.CLOSE.getButtonData()));
        getDialogPane().lookupButton(getDialogPane().getButtonTypes().get(0)).disableProperty()
                .bind(model.runningProperty());
        setOnShown(event -> model.load());
    }

    private VBox settings(BackupsViewModel model, Messages messages) {
        Label folderLabel = new Label(messages.text("backups.folder"));
        Label folder = new Label();
        folder.setId("backups-folder");
        folder.textProperty().bind(model.folderProperty());
        folder.setMaxWidth(Double.MAX_VALUE);
        // A long path keeps its end, the folder's own name, in view; the whole path is in the tooltip.
        folder.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.textProperty().bind(model.folderProperty());
        folder.setTooltip(whole);
        folder.getStyleClass().add("text-bold");
        Button change = new Button(messages.text("backups.folder.change"));
        change.setId("backups-folder-change");
        change.disableProperty().bind(model.runningProperty());
        change.setOnAction(event -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(messages.text("backups.folder.choose"));
            File picked = chooser.showDialog(getDialogPane().getScene().getWindow());
            if (picked != null) {
                model.changeFolder(picked.toPath());
            }
        });
        Button reset = new Button(messages.text("backups.folder.default"));
        reset.setId("backups-folder-default");
        reset.disableProperty().bind(model.runningProperty().or(model.folderChosenProperty().not()));
        reset.setOnAction(event -> model.changeFolder(null));
        change.setMinWidth(Button.USE_PREF_SIZE);
        reset.setMinWidth(Button.USE_PREF_SIZE);
        HBox folderButtons = new HBox(8, change, reset);
        VBox folderRow = new VBox(4, folderLabel, folder, folderButtons);

        Spinner<Integer> kept = new Spinner<>(1, BackupSettings.MAX_GENERATIONS, model.generationsProperty().get());
        kept.setId("backups-generations");
        kept.setEditable(true);
        kept.setPrefWidth(90);
        model.generationsProperty().addListener((property, was, now) ->
                kept.getValueFactory().setValue(now.intValue()));
        kept.valueProperty().addListener((property, was, now) -> {
            if (now != null) {
                model.changeGenerations(now);
            }
        });
        HBox keptRow = new HBox(8, new Label(messages.text("backups.generations")), kept,
                new Label(messages.text("backups.generations.unit")));
        keptRow.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, folderRow, keptRow);
    }

    private static TableColumn<BackupsViewModel.Row, String> column(String title,
            java.util.function.Function<BackupsViewModel.Row, String> value, double width) {
        TableColumn<BackupsViewModel.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        column.setPrefWidth(width);
        column.setCellFactory(ignored -> org.octopusdesk.ui.common.Cells.plain());
        return column;
    }

    private static void mark(Label outcome, BackupsViewModel.Tone tone) {
        outcome.getStyleClass().removeAll("success", "danger");
        if (tone != BackupsViewModel.Tone.NEUTRAL) {
            outcome.getStyleClass().add(tone == BackupsViewModel.Tone.SUCCESS ? "success" : "danger");
        }
    }
}

package org.octopusdesk.ui.projects;

import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.HoverTooltips;
import org.octopusdesk.ui.common.Icons;

/** The ordered list of a project's expected results: add, edit in place, remove, move up and down. */
final class ExpectedResultsEditor {

    private final VBox root;

    ExpectedResultsEditor(ObservableList<String> results, Messages messages) {
        ListView<String> list = new ListView<>(results);
        list.setId("expected-results");
        list.setEditable(true);
        list.setCellFactory(view -> {
            TextFieldListCell<String> cell =
                    new TextFieldListCell<>(new javafx.util.converter.DefaultStringConverter());
            // Long results wrap within the list instead of running off its edge.
            cell.setWrapText(true);
            cell.prefWidthProperty().bind(view.widthProperty().subtract(24));
            return cell;
        });
        list.setPrefHeight(130);
        list.setPlaceholder(new javafx.scene.control.Label(messages.text("project.expectedResults.empty")));
        list.setOnEditCommit(event -> {
            String text = event.getNewValue() == null ? "" : event.getNewValue().strip();
            if (text.isEmpty()) {
                results.remove(event.getIndex());
            } else {
                results.set(event.getIndex(), text);
            }
        });

        TextField entry = new TextField();
        entry.setId("expected-result-entry");
        entry.setPromptText(messages.text("project.expectedResults.prompt"));
        HBox.setHgrow(entry, Priority.ALWAYS);
        Button add = new Button(messages.text("action.add"), Icons.icon(Icons.NEW));
        add.setId("expected-result-add");
        add.disableProperty().bind(entry.textProperty().isEmpty());
        Runnable addEntry = () -> {
            if (!entry.getText().isBlank()) {
                results.add(entry.getText().strip());
                entry.clear();
            }
        };
        add.setOnAction(event -> addEntry.run());
        entry.setOnAction(event -> addEntry.run());

        var selection = list.getSelectionModel();
        Button remove = iconButton(Icons.REMOVE, messages.text("project.expectedResults.remove"));
        remove.setOnAction(event -> results.remove(selection.getSelectedIndex()));
        Button up = iconButton(Icons.UP, messages.text("project.expectedResults.up"));
        up.setOnAction(event -> move(list, -1));
        Button down = iconButton(Icons.DOWN, messages.text("project.expectedResults.down"));
        down.setOnAction(event -> move(list, 1));
        remove.disableProperty().bind(selection.selectedIndexProperty().lessThan(0));
        up.disableProperty().bind(selection.selectedIndexProperty().lessThan(1));
        down.disableProperty().bind(selection.selectedIndexProperty().lessThan(0)
                .or(selection.selectedIndexProperty().greaterThanOrEqualTo(
                        javafx.beans.binding.Bindings.size(results).subtract(1))));

        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox entryRow = new HBox(6, entry, add);
        VBox moveButtons = new VBox(6, up, down, remove);
        HBox.setHgrow(list, Priority.ALWAYS);
        root = new VBox(6, new HBox(6, list, moveButtons), entryRow);
    }

    private static Button iconButton(String icon, String tooltip) {
        Button button = new Button(null, Icons.icon(icon));
        HoverTooltips.explain(button, tooltip);
        return button;
    }

    private static void move(ListView<String> list, int offset) {
        int from = list.getSelectionModel().getSelectedIndex();
        int to = from + offset;
        ObservableList<String> items = list.getItems();
        if (from < 0 || to < 0 || to >= items.size()) {
            return;
        }
        String moved = items.remove(from);
        items.add(to, moved);
        list.getSelectionModel().select(to);
    }

    Node root() {
        return root;
    }
}

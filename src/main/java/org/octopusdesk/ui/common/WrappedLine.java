package org.octopusdesk.ui.common;

import javafx.scene.control.ListCell;

/**
 * A line of a list that wraps at the list's width, whole, instead of widening the list: the problems of an import,
 * which can run to three or four rows in French.
 */
final class WrappedLine extends ListCell<String> {

    WrappedLine() {
        setWrapText(true);
        // A cell asks for no width of its own, so the list gives it its own width and the text wraps there.
        setPrefWidth(0);
        // The theme gives list cells a fixed height (2.8em), which cut a third row to "…"; a cell size of 0 is
        // JavaFX's "none": the cell is as tall as its wrapped text.
        setStyle("-fx-cell-size: 0;");
    }

    @Override
    protected void updateItem(String line, boolean empty) {
        super.updateItem(line, empty);
        setText(empty ? null : line);
    }
}

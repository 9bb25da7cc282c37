package org.octopusdesk.ui.common;

import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The layout of every form: labels that never shrink into "…" on the left, fields that take the width on the
 * right, each with its message beneath.
 */
public final class FormGrid {

    private final GridPane grid = new GridPane();
    private int row;

    public FormGrid() {
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(16));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
    }

    /** A labelled field; {@code error}, when given, is shown beneath it while it is not empty. */
    public FormGrid add(String label, Node field, StringProperty error) {
        Label caption = new Label(label);
        caption.setLabelFor(field);
        caption.setMinWidth(Region.USE_PREF_SIZE);
        caption.setPadding(new Insets(5, 0, 0, 0));
        GridPane.setValignment(caption, VPos.TOP);
        grid.addRow(row++, caption, error == null ? field : Forms.withError(field, error));
        return this;
    }

    /** Something under the fields with no label of its own: a hint, a message. */
    public FormGrid addBelow(Node node) {
        grid.add(node, 1, row++);
        return this;
    }

    public GridPane node() {
        return grid;
    }
}

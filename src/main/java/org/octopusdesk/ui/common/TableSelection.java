package org.octopusdesk.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/** What every list of records does with its selection: kept in step with the view-model, opened, deleted. */
public final class TableSelection {

    private TableSelection() {
    }

    /**
     * Keeps the table's selection and the view-model's selected record in step, both ways, the record the view-model
     * selects brought into sight. A table that loses its selection while reloading its rows does not clear the
     * view-model's, unless the table is empty.
     */
    public static <T> void link(TableView<T> table, ObjectProperty<T> selected) {
        firstDownSelectsTheFirstRow(table);
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, item) -> {
            if (item != null || table.getItems().isEmpty()) {
                selected.set(item);
            }
        });
        // Told of every record set, not only of a different one: a reload sets the selected record's fresh copy,
        // equal to the old one when it did not change, while the table has lost its selection with its rows.
        selected.addListener(observable -> {
            T item = selected.get();
            if (item != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(item);
                inSight(table, table.getSelectionModel().getSelectedIndex());
            }
        });
    }

    /**
     * Scrolls the table as little as brings row {@code index} whole into sight, if it is not: a record selected by
     * the application (a pledge just saved, a link followed) was selected out of sight before. A row in sight does
     * not move.
     */
    static void inSight(TableView<?> table, int index) {
        if (index >= 0 && table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(index);
        }
    }

    /**
     * A table reached with nothing selected has its first row focused by JavaFX, unseen, so the first Down arrow
     * selected the second row (a helper's tour, decision 0053). With no row focused, the first Down selects the
     * first row.
     */
    static void firstDownSelectsTheFirstRow(TableView<?> table) {
        table.focusedProperty().addListener((observable, was, focused) -> {
            if (focused && table.getSelectionModel().isEmpty() && table.getFocusModel() != null) {
                table.getFocusModel().focus(-1);
            }
        });
    }

    /** A double click or Enter opens the selected record; Delete asks to delete it. */
    public static <T> void actions(TableView<T> table, Runnable open, Runnable delete) {
        table.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2
                    && table.getSelectionModel().getSelectedItem() != null) {
                open.run();
            }
        });
        // Consumed once handled: Ctrl+Delete would otherwise also reach the window's Edit › Delete and ask twice.
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE) {
                event.consume();
                delete.run();
            } else if (event.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                event.consume();
                open.run();
            }
        });
    }
}

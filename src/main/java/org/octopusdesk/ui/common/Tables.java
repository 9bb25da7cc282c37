package org.octopusdesk.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

/** Sizes of tables and of their columns. */
public final class Tables {

    /** The height of a row of one line of text in the theme. */
    public static final double ROW = 28;
    /** A day, "31/12/2024", whole in the theme's font. */
    public static final double DAY = 100;
    /** An amount in the millions with its currency, "EUR 2 036 671,06", whole in the theme's font. */
    public static final double MILLIONS = 160;

    private Tables() {
    }

    /**
     * Makes the table as tall as its rows, between {@code fewest} and {@code most} rows, below its real header (whose
     * height the theme and a two-line title decide), so that two rows are two whole rows.
     */
    public static void tallAsRows(TableView<?> table, int fewest, int most) {
        table.setFixedCellSize(ROW);
        DoubleProperty header = new SimpleDoubleProperty(ROW + 12);
        Runnable follow = () -> {
            Node background = table.lookup(".column-header-background");
            if (background instanceof Region region) {
                header.bind(region.heightProperty());
            }
        };
        table.skinProperty().addListener((observable, old, skin) -> follow.run());
        follow.run();
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(() -> {
            int rows = Math.max(fewest, Math.min(most, table.getItems().size()));
            // The frame of the table around the header and rows, so that the last row is not cut by a pixel.
            return header.get() + ROW * rows + table.snappedTopInset() + table.snappedBottomInset() + 2;
        }, header, table.itemsProperty(), table.getItems()));
        table.setMinHeight(Region.USE_PREF_SIZE);
    }

    /**
     * A column that never narrows below {@code width}: when a table is short of room (the window's first size, French
     * titles widened by {@link ColumnTitles}), its dates and amounts keep their width and the names give way.
     */
    public static <S, T> TableColumn<S, T> atLeast(TableColumn<S, T> column, double width) {
        column.setMinWidth(width);
        return column;
    }

    /** A column that never narrows below its preferred width. */
    public static <S, T> TableColumn<S, T> whole(TableColumn<S, T> column) {
        return atLeast(column, column.getPrefWidth());
    }
}

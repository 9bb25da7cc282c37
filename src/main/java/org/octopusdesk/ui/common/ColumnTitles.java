package org.octopusdesk.ui.common;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Keeps a table's columns at least as wide as their titles, so that a narrow window or a long French title does
 * not read "Ratificatio…" or "Fi…": the table fits its columns to its width (a constrained resize policy) and would
 * otherwise squeeze a short title's column as much as a long value's. The titles are measured once, as the theme
 * styled them, in the first frame that lays the table out; the resize policy then fits the columns again and the
 * table is laid out within that frame, so that no frame shows the titles cut. A column of a few known values (a
 * status) is kept as wide as the widest of them too: "Rece…" says no more than a cut title.
 *
 * <p>The width a title gains, its neighbours give: this is for tables whose other columns can spare it (names that
 * a tooltip or the detail shows whole). The countries' chart is left out: at 1280 px each of its columns needs its
 * width for its dates and names, which matter more than the titles above them.
 */
public final class ColumnTitles {

    /** Room kept for the vertical scroll bar, which the resize policy leaves out when it shows. */
    private static final double SCROLL_BAR = 16;
    /** A cell's borders, which the themes draw between the columns and a title does not have. */
    private static final double CELL_BORDERS = 2;
    /** The key of a column's own properties under which {@link #valuesWhole} keeps its values. */
    private static final String VALUES = ColumnTitles.class.getName() + ".values";

    private ColumnTitles() {
    }

    /** Widens, from its first frame in a window, each of {@code table}'s columns that is narrower than its title. */
    public static void shownWhole(TableView<?> table) {
        Runnable onFirstLayout = new Runnable() {
            @Override
            public void run() {
                Scene scene = table.getScene();
                if (scene == null) {
                    return;
                }
                scene.addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        // Left for another window: never measured. Not styled or sized yet (a tab not shown): the
                        // next frame tries again.
                        if (table.getScene() != scene || !styled(table)) {
                            if (table.getScene() != scene) {
                                scene.removePostLayoutPulseListener(this);
                            }
                            return;
                        }
                        scene.removePostLayoutPulseListener(this);
                        if (widenToTitles(table)) {
                            // The resize policy fits the columns to the table again, as after a change of its width
                            // (which is how the table's skin asks it), the wider ones now giving way.
                            fitAgain(table);
                            table.layout();
                        }
                    }
                });
            }
        };
        ChangeListener<Scene> entered = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> observable, Scene old,
                    Scene scene) {
                if (scene != null) {
                    table.sceneProperty().removeListener(this);
                    onFirstLayout.run();
                }
            }
        };
        if (table.getScene() != null) {
            onFirstLayout.run();
        } else {
            table.sceneProperty().addListener(entered);
        }
    }

    /**
     * Also keeps {@code column}, in a table given to {@link #shownWhole}, as wide as the widest of {@code values}:
     * every text its cells can show, in the screens' language (a status's few names).
     */
    public static void valuesWhole(TableColumnBase<?, ?> column, Collection<String> values) {
        column.getProperties().put(VALUES, List.copyOf(values));
    }

    private static boolean styled(TableView<?> table) {
        return table.getSkin() != null && table.getWidth() > 0
                && titledHeaders(table).allMatch(header -> title(header).getSkin() != null);
    }

    /**
     * The headers of the columns, each with its title. The header row's other "column-header" nodes are left out:
     * the filler after the last column, and the root header that holds the others, which have no title.
     */
    private static java.util.stream.Stream<TableColumnHeader> titledHeaders(TableView<?> table) {
        return table.lookupAll(".column-header").stream().filter(TableColumnHeader.class::isInstance)
                .map(TableColumnHeader.class::cast).filter(header -> header.getTableColumn() != null
                        && header.getTableColumn().getColumns().isEmpty() && title(header) != null);
    }

    /** The header's title: its first label (a sorted column's header adds a label for its place in the order). */
    static Label title(TableColumnHeader header) {
        return header.getChildrenUnmodifiable().stream().filter(Label.class::isInstance).map(Label.class::cast)
                .findFirst().orElse(null);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void fitAgain(TableView table) {
        table.getColumnResizePolicy().call(new TableView.ResizeFeatures(table, null, 0.0));
    }

    /**
     * Whether a column was widened. The columns' least widths together never pass the table's own width (less a
     * scroll bar's): past it, the last column would be cut without even an ellipsis. So the titles that need the
     * least come first, and the first that would not fit whole gets the room left: a status column short of its
     * longest value still shows its shorter ones whole.
     */
    private static boolean widenToTitles(TableView<?> table) {
        List<TableColumnHeader> headers = titledHeaders(table).toList();
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - SCROLL_BAR;
        double least = headers.stream().mapToDouble(header -> header.getTableColumn().getMinWidth()).sum();
        boolean widened = false;
        for (TableColumnHeader header : headers.stream().sorted(Comparator.comparingDouble(ColumnTitles::lacking))
                .toList()) {
            double lacking = lacking(header);
            TableColumnBase<?, ?> column = header.getTableColumn();
            double granted = Math.min(lacking, Math.min(room - least, column.getMaxWidth() - column.getMinWidth()));
            if (granted > 0) {
                column.setMinWidth(column.getMinWidth() + granted);
                least += granted;
                widened = true;
            }
        }
        return widened;
    }

    /**
     * How much the column's least width falls short of its title's, or of its widest value's, in whole pixels; 0
     * when they fit.
     */
    private static double lacking(TableColumnHeader header) {
        Label title = title(header);
        double needed = Math.ceil(Math.max(title.prefWidth(-1), widestValue(header.getTableColumn(), title))
                + header.snappedLeftInset() + header.snappedRightInset());
        return Math.max(0, needed - header.getTableColumn().getMinWidth());
    }

    /**
     * The widest of the column's known values with the title's padding, which the theme gives its cells too, and
     * the cells' borders, in the title's font but not bold, as the cells are; 0 for a column without them.
     */
    private static double widestValue(TableColumnBase<?, ?> column, Label title) {
        if (!(column.getProperties().get(VALUES) instanceof List<?> values)) {
            return 0;
        }
        Text text = new Text();
        text.setFont(Font.font(title.getFont().getFamily(), FontWeight.NORMAL, title.getFont().getSize()));
        double widest = 0;
        for (Object value : values) {
            text.setText(String.valueOf(value));
            widest = Math.max(widest, text.getLayoutBounds().getWidth());
        }
        return widest + title.snappedLeftInset() + title.snappedRightInset() + CELL_BORDERS;
    }
}

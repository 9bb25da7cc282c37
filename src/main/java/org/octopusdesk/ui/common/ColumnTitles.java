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
 * otherwise squeeze a short title's column as much as a long value's. The titles are measured as the theme styled
 * them, in the first frame that lays the table out and again after its width changes; the resize policy then fits
 * the columns again and the table is laid out within that frame, so that no frame shows the titles cut. A column of
 * a few known values (a status) is kept as wide as the widest of them too: "Rece…" says no more than a cut title.
 * A table too narrow for all its titles (a narrow window) scrolls sideways instead, each column at its own width.
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
    /** A column's least width before its title's, kept to measure again at another width. */
    private static final String OWN_LEAST = ColumnTitles.class.getName() + ".ownLeast";
    /** On a table: its width is watched. */
    private static final String WATCHED = ColumnTitles.class.getName() + ".watched";
    /** On a table scrolling sideways: its own resize policy, to give back when it is wide enough again. */
    private static final String OWN_POLICY = ColumnTitles.class.getName() + ".ownPolicy";
    /** On a table: a measure is asked for the next frame. */
    private static final String PENDING = ColumnTitles.class.getName() + ".pending";

    private ColumnTitles() {
    }

    /**
     * Widens, from its first frame in a window, each of {@code table}'s columns that is narrower than its title; and
     * again whenever the table's width changes.
     */
    public static void shownWhole(TableView<?> table) {
        ChangeListener<Scene> entered = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> observable, Scene old,
                    Scene scene) {
                if (scene != null) {
                    table.sceneProperty().removeListener(this);
                    measureInNextFrame(table);
                }
            }
        };
        if (table.getScene() != null) {
            measureInNextFrame(table);
        } else {
            table.sceneProperty().addListener(entered);
        }
    }

    /** Fits the columns to their titles in the first frame that finds the table styled and sized. */
    private static void measureInNextFrame(TableView<?> table) {
        Scene scene = table.getScene();
        if (scene == null) {
            return;
        }
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                // Left for another window: never measured. Not styled or sized yet (a tab not shown): the next frame
                // tries again.
                if (table.getScene() != scene || !styled(table)) {
                    if (table.getScene() != scene) {
                        scene.removePostLayoutPulseListener(this);
                    }
                    return;
                }
                scene.removePostLayoutPulseListener(this);
                table.getProperties().remove(PENDING);
                fit(table);
                measureWhenResized(table);
            }
        });
    }

    /**
     * Fits the columns to their titles at the table's width: within it while every title fits, the table scrolling
     * sideways when they cannot all fit (a narrow window), each title and known value then whole at least.
     */
    private static void fit(TableView<?> table) {
        boolean changed = leastWidthsAgain(table);
        if (titlesFit(table)) {
            changed |= withinItsWidthAgain(table);
            changed |= widenToTitles(table);
        } else {
            scrollSideways(table);
            changed = true;
        }
        if (changed) {
            // The resize policy fits the columns to the table again, as after a change of its width (which is how
            // the table's skin asks it), the wider ones now giving way.
            fitAgain(table);
            table.layout();
        }
    }

    /** Whether every column can be as wide as its title within the table's width, less a scroll bar's. */
    private static boolean titlesFit(TableView<?> table) {
        List<TableColumnHeader> headers = titledHeaders(table).toList();
        double least = headers.stream().mapToDouble(header -> header.getTableColumn().getMinWidth()
                + lacking(header, false)).sum();
        return least <= room(table);
    }

    /**
     * Each column at least as wide as its title and known values, at its own width again, and the table scrolling
     * sideways: the names keep their width too, where a narrow table within its width cut them to a letter.
     */
    private static void scrollSideways(TableView<?> table) {
        table.getProperties().putIfAbsent(OWN_POLICY, table.getColumnResizePolicy());
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        for (TableColumnHeader header : titledHeaders(table).toList()) {
            TableColumnBase<?, ?> column = header.getTableColumn();
            double lacking = lacking(header, true);
            if (lacking > 0) {
                column.getProperties().putIfAbsent(OWN_LEAST, column.getMinWidth());
                column.setMinWidth(column.getMinWidth() + lacking);
            }
            // A column's width follows its preferred one when that changes: back to what the screen gave it.
            double preferred = column.getPrefWidth();
            column.setPrefWidth(preferred + 1);
            column.setPrefWidth(preferred);
        }
    }

    /** The table's own resize policy back, once it is wide enough again; whether it was away. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean withinItsWidthAgain(TableView table) {
        Object own = table.getProperties().remove(OWN_POLICY);
        if (own instanceof javafx.util.Callback policy) {
            table.setColumnResizePolicy(policy);
            return true;
        }
        return false;
    }

    private static double room(TableView<?> table) {
        return table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - SCROLL_BAR;
    }

    /**
     * Measures again in the frame after the table's width changes: least widths that filled a wider table would
     * push its last columns out of a narrower one, where no scroll bar reaches them.
     */
    private static void measureWhenResized(TableView<?> table) {
        if (table.getProperties().putIfAbsent(WATCHED, Boolean.TRUE) != null) {
            return;
        }
        table.widthProperty().addListener((observable, old, width) -> {
            if (table.getProperties().putIfAbsent(PENDING, Boolean.TRUE) == null) {
                measureInNextFrame(table);
            }
        });
    }

    /** Gives each column back the least width it had before its title's; whether one changed. */
    private static boolean leastWidthsAgain(TableView<?> table) {
        boolean changed = false;
        for (TableColumnHeader header : titledHeaders(table).toList()) {
            TableColumnBase<?, ?> column = header.getTableColumn();
            if (column.getProperties().get(OWN_LEAST) instanceof Double own && own != column.getMinWidth()) {
                column.setMinWidth(own);
                changed = true;
            }
        }
        return changed;
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
     * Whether a column was widened, in a table wide enough for its titles. The columns' least widths together never
     * pass the table's own width (less a scroll bar's): past it, the last column would be cut without even an
     * ellipsis, the table fitting its columns to its width. So the titles come first, then the known values, those
     * that need the least first; the first that would not fit whole gets the room left. A status column short of its
     * longest value still shows its shorter ones whole.
     */
    private static boolean widenToTitles(TableView<?> table) {
        List<TableColumnHeader> headers = titledHeaders(table).toList();
        double room = room(table);
        double least = headers.stream().mapToDouble(header -> header.getTableColumn().getMinWidth()).sum();
        boolean widened = false;
        for (boolean withValues : new boolean[] {false, true}) {
            for (TableColumnHeader header : headers.stream().sorted(Comparator.comparingDouble(
                    (TableColumnHeader each) -> lacking(each, withValues))).toList()) {
                TableColumnBase<?, ?> column = header.getTableColumn();
                double granted = Math.min(lacking(header, withValues),
                        Math.min(room - least, column.getMaxWidth() - column.getMinWidth()));
                if (granted > 0) {
                    column.getProperties().putIfAbsent(OWN_LEAST, column.getMinWidth());
                    column.setMinWidth(column.getMinWidth() + granted);
                    least += granted;
                    widened = true;
                }
            }
        }
        return widened;
    }

    /**
     * How much the column's least width falls short of its title's, or also of its widest value's, in whole pixels;
     * 0 when they fit.
     */
    private static double lacking(TableColumnHeader header, boolean withValues) {
        Label title = title(header);
        double text = withValues ? Math.max(title.prefWidth(-1), widestValue(header.getTableColumn(), title))
                : title.prefWidth(-1);
        double needed = Math.ceil(text + header.snappedLeftInset() + header.snappedRightInset());
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

package org.octopusdesk.ui.common;

import java.util.Comparator;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Keeps a table's columns at least as wide as their titles, so that a narrow window or a long French title does
 * not read "Ratificatio…" or "Fi…": the table fits its columns to its width (a constrained resize policy) and would
 * otherwise squeeze a short title's column as much as a long value's. The titles are measured once, as the theme
 * styled them, in the first frame that lays the table out; the resize policy then fits the columns again and the
 * table is laid out within that frame, so that no frame shows the titles cut.
 *
 * <p>The width a title gains, its neighbours give: this is for tables whose other columns can spare it (names that
 * a tooltip or the detail shows whole). The countries' chart is left out: at 1280 px each of its columns needs its
 * width for its dates and names, which matter more than the titles above them.
 */
public final class ColumnTitles {

    /** Room kept for the vertical scroll bar, which the resize policy leaves out when it shows. */
    private static final double SCROLL_BAR = 16;

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
     * least come first, and a title that would not fit stays elided, as before.
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
            if (lacking > 0 && least + lacking <= room && column.getMaxWidth() >= column.getMinWidth() + lacking) {
                column.setMinWidth(column.getMinWidth() + lacking);
                least += lacking;
                widened = true;
            }
        }
        return widened;
    }

    /** How much the column's least width falls short of its title's, in whole pixels; 0 when the title fits. */
    private static double lacking(TableColumnHeader header) {
        double needed = Math.ceil(title(header).prefWidth(-1) + header.snappedLeftInset()
                + header.snappedRightInset());
        return Math.max(0, needed - header.getTableColumn().getMinWidth());
    }
}

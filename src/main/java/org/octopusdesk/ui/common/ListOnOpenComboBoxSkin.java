package org.octopusdesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.application.Application;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

/**
 * A combo box's skin whose drop-down list is styled when it first opens, not with the screen it is on.
 *
 * <p>JavaFX's skin keeps the list among the box's children until the popup first shows it (JDK-8115587), only so
 * that the box can be as wide as its widest entry. Styling a screen then also built every box's hidden list: its
 * skin, its rows, its scroll bars, and a cell for each entry to measure its width, all on the FX thread. Eight
 * boxes of 250 entries, their code run once before, took 49-185 ms to style and lay out, 9-19 ms without their
 * lists (decision 0043).
 *
 * <p>Here the list goes to the popup when the popup first opens, and the box measures its widest entry from the
 * entries' texts in its own font: it is as wide as before, and does not change width when first opened.
 */
public final class ListOnOpenComboBoxSkin<T> extends ComboBoxListViewSkin<T> {

    /** What JavaFX adds to the widest entry for the list's own edges and scroll bar. */
    private static final double LIST_MARGIN = 30;
    /** A list's and its cell's padding, by the theme and stylesheets they were found with (the warm-up's too). */
    private static final Map<List<String>, Double> LIST_CELL_PADDING = new ConcurrentHashMap<>();

    private final ComboBox<T> box;
    private final Text measure = new Text();
    private final InvalidationListener entriesChanged = changed -> forgetWidest();
    private final WeakInvalidationListener weakEntriesChanged = new WeakInvalidationListener(entriesChanged);
    private ObservableList<T> entries;
    private double widest = -1;
    private Font measuredIn;

    public ListOnOpenComboBoxSkin(ComboBox<T> box) {
        super(box);
        this.box = box;
        getChildren().remove(getPopupContent());
        box.itemsProperty().addListener(weakEntriesChanged);
        box.converterProperty().addListener(weakEntriesChanged);
        watch(box.getItems());
    }

    @Override
    public void dispose() {
        box.itemsProperty().removeListener(weakEntriesChanged);
        box.converterProperty().removeListener(weakEntriesChanged);
        watch(null);
        super.dispose();
    }

    /**
     * The arrow and the shown entry side by side, or the widest entry with the list's margin, whichever is wider, as
     * JavaFX's skin measures it but without the cells, and the same before and after the list has first opened.
     */
    @Override
    protected double computePrefWidth(double height, double topInset, double rightInset, double bottomInset,
            double leftInset) {
        double shown = 0;
        ListCell<?> shownCell = null;
        for (Node child : getChildren()) {
            if (child.isManaged()) {
                shown += child.prefWidth(height);
            }
            if (child instanceof ListCell<?> cell) {
                shownCell = cell;
            }
        }
        // As JavaFX's: the list's width stands without the box's own insets, which the arrow and the entry have.
        double listed = widestEntry(shownCell) + LIST_MARGIN;
        return Math.max(leftInset + shown + rightInset, listed);
    }

    /**
     * The widest entry's text in the shown cell's font, with the padding of a cell of JavaFX's own list: what that
     * list measured it with, as a child of the box.
     */
    private double widestEntry(ListCell<?> shownCell) {
        Font font = shownCell != null ? shownCell.getFont() : Font.getDefault();
        if (widest >= 0 && font.equals(measuredIn)) {
            return widest;
        }
        measure.setFont(font);
        StringConverter<T> converter = box.getConverter();
        double text = 0;
        for (T entry : box.getItems() == null ? List.<T>of() : box.getItems()) {
            String shown = converter != null ? converter.toString(entry) : String.valueOf(entry);
            measure.setText(shown == null ? "" : shown);
            text = Math.max(text, measure.getLayoutBounds().getWidth());
        }
        widest = Math.ceil(text + listCellPadding());
        measuredIn = font;
        return widest;
    }

    /**
     * A list's and its cell's padding, left and right, in the theme and the box's stylesheets: from one cell styled
     * alone in a pane styled as a list, once for those stylesheets.
     */
    private double listCellPadding() {
        Scene scene = box.getScene();
        List<String> stylesheets = new ArrayList<>();
        stylesheets.add(String.valueOf(Application.getUserAgentStylesheet()));
        if (scene != null) {
            stylesheets.addAll(scene.getStylesheets());
        }
        return LIST_CELL_PADDING.computeIfAbsent(List.copyOf(stylesheets),
                ListOnOpenComboBoxSkin::styledListCellPadding);
    }

    private static double styledListCellPadding(List<String> stylesheets) {
        ListCell<String> cell = new ListCell<>();
        StackPane list = new StackPane(cell);
        list.getStyleClass().add("list-view");
        // The first is the theme's, which the application sets for every scene.
        new Scene(list).getStylesheets().setAll(stylesheets.subList(1, stylesheets.size()));
        list.applyCss();
        return list.snappedLeftInset() + cell.snappedLeftInset() + cell.snappedRightInset() + list.snappedRightInset();
    }

    private void forgetWidest() {
        widest = -1;
        if (entries != box.getItems()) {
            watch(box.getItems());
        }
        getSkinnable().requestLayout();
    }

    private void watch(ObservableList<T> now) {
        if (entries != null) {
            entries.removeListener(weakEntriesChanged);
        }
        entries = now;
        if (entries != null) {
            entries.addListener(weakEntriesChanged);
        }
    }
}

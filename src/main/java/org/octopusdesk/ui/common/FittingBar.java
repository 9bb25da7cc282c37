package org.octopusdesk.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * A row of buttons, captions and fields that keep their words whole (decision 0050): an area's tool bar, or a tab's
 * or a section's row of actions.
 *
 * <p>A plain row shrinks every child alike when it is short of room, so at the window's first size in French the
 * projects' buttons read "Nouveau pr…" and "Suppri…", and the contributions' last button ran past the window's edge.
 * Here the fields (a filter, a date) narrow first, down to their own minimum; if the words still do not fit, the
 * buttons that have an icon show their icon alone, from the last one back, and show their words again, from the
 * first one on, as the bar widens. A button so shortened keeps its text for its tooltip and for screen readers.
 *
 * <p>Unlike JavaFX's {@code ToolBar}, nothing goes into an overflow menu: every action stays one click away.
 */
public final class FittingBar extends HBox {

    /** A button showing its icon alone, and the width its words took. */
    private record Shortened(ButtonBase button, ContentDisplay display, double gain) {
    }

    private final Deque<Shortened> shortened = new ArrayDeque<>();

    /** A row of buttons and fields within an area: a tab's or a section's actions. */
    public FittingBar(double spacing, Node... children) {
        super(spacing, children);
        setAlignment(Pos.CENTER_LEFT);
        keepWordsWhole(this);
    }

    /** An area's tool bar, under the window's menu: the row styled as a tool bar. */
    public static FittingBar toolBar(double spacing, Node... children) {
        FittingBar bar = new FittingBar(spacing, children);
        bar.getStyleClass().add("tool-bar");
        bar.setPadding(new Insets(6, 10, 6, 10));
        return bar;
    }

    /** No button, caption or date of {@code parent}, or of a row or box within it, narrows to an ellipsis. */
    private static void keepWordsWhole(Parent parent) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Labeled || child instanceof DatePicker) {
                ((Region) child).setMinWidth(Region.USE_PREF_SIZE);
            } else if (child instanceof Pane pane) {
                keepWordsWhole(pane);
            }
        }
    }

    /**
     * Nothing: the bar never holds its area, or the window, wider than the room they have. A plain row's least width
     * would be the sum of its words, and the whole area would be cut at the window's edge instead.
     */
    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected void layoutChildren() {
        fit(getWidth());
        super.layoutChildren();
    }

    /**
     * Gives back their words to the buttons they now fit in, first shortened last; then shortens buttons from the
     * last one back while the bar is narrower than its children's least widths.
     */
    private void fit(double width) {
        if (width <= 0) {
            return;
        }
        while (!shortened.isEmpty() && leastWidth() + shortened.peek().gain() <= width) {
            Shortened restored = shortened.pop();
            restored.button().setContentDisplay(restored.display());
        }
        List<ButtonBase> buttons = buttonsWithIcons();
        for (int i = buttons.size() - 1; i >= 0 && leastWidth() > width; i--) {
            ButtonBase button = buttons.get(i);
            if (button.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
                continue;
            }
            double whole = button.prefWidth(-1);
            ContentDisplay display = button.getContentDisplay();
            button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            shortened.push(new Shortened(button, display, whole - button.prefWidth(-1)));
        }
    }

    /** The width the bar takes with every field at its minimum and every word whole. */
    private double leastWidth() {
        List<Node> children = getManagedChildren();
        double width = snappedLeftInset() + snappedRightInset() + getSpacing() * Math.max(0, children.size() - 1);
        for (Node child : children) {
            width += child.minWidth(-1);
        }
        return width;
    }

    private List<ButtonBase> buttonsWithIcons() {
        return getChildren().stream().filter(ButtonBase.class::isInstance).map(ButtonBase.class::cast)
                .filter(button -> button.getGraphic() != null).toList();
    }
}

package org.octopusdesk.ui.dashboard;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * Two parts of the dashboard side by side where the first keeps at least its least width beside the second at the
 * second's preferred width, the first taking the rest; otherwise the second under the first, each as wide as the
 * pane allows. In a window of 900 pixels, side by side, the largest donors' amounts were cut at the window's edge.
 * Its least width is the wider part's least width, never the width it has, so it narrows with the window.
 */
final class BesideOrUnder extends Pane {

    private final Region first;
    private final Region second;
    private final double gap;
    private final double firstLeast;

    BesideOrUnder(Region first, Region second, double gap, double firstLeast) {
        super(first, second);
        this.first = first;
        this.second = second;
        this.gap = gap;
        this.firstLeast = firstLeast;
    }

    /** Whether both fit side by side in {@code width} inside the pane's insets. */
    boolean beside(double width) {
        return width - second.prefWidth(-1) - gap >= firstLeast;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return horizontal() + Math.max(first.minWidth(-1), second.minWidth(-1));
    }

    @Override
    protected double computePrefWidth(double height) {
        return horizontal() + Math.max(firstLeast, first.prefWidth(-1)) + gap + second.prefWidth(-1);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = (width < 0 ? computePrefWidth(-1) : width) - horizontal();
        Insets insets = getInsets();
        if (beside(inner)) {
            double secondWidth = second.prefWidth(-1);
            return insets.getTop() + insets.getBottom() + Math.max(first.prefHeight(inner - secondWidth - gap),
                    second.prefHeight(secondWidth));
        }
        return insets.getTop() + insets.getBottom() + first.prefHeight(inner) + gap + second.prefHeight(inner);
    }

    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        double x = insets.getLeft();
        double y = insets.getTop();
        double inner = getWidth() - horizontal();
        if (beside(inner)) {
            double secondWidth = snapSizeX(second.prefWidth(-1));
            double firstWidth = snapSizeX(inner - secondWidth - gap);
            first.resizeRelocate(x, y, firstWidth, snapSizeY(first.prefHeight(firstWidth)));
            second.resizeRelocate(x + firstWidth + gap, y, secondWidth, snapSizeY(second.prefHeight(secondWidth)));
            return;
        }
        // Each the whole width: the donors kept to their 360 px beside nothing wrapped their long names.
        double firstHeight = snapSizeY(first.prefHeight(inner));
        first.resizeRelocate(x, y, inner, firstHeight);
        second.resizeRelocate(x, y + firstHeight + gap, inner, snapSizeY(second.prefHeight(inner)));
    }

    private double horizontal() {
        return getInsets().getLeft() + getInsets().getRight();
    }
}

package org.octopusdesk.ui.common;

import java.util.function.BooleanSupplier;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;

/**
 * A table whose first rows are made a few at a time, a frame each, within the frames' shared budget
 * ({@link FrameBudget}), the first time it has any (decision 0053). A table makes a row's cells, with their skins and
 * styles, only for the rows it shows, and keeps them for later rows; but the first time its rows come it makes all
 * of them in one layout: 19-44 ms of the FX thread's CPU in the donors', the rates' and the meetings' first frames
 * over the bench's data, the larger part of each. The holder in the table's place lets the table show a band of
 * rows more each frame, from the top, until it fills the holder; then the table simply fills it, for good. The rows,
 * the selection and the sorting are the table's own throughout: only how much of it shows grows.
 */
public final class RowsInFrames extends Region {

    /** About seven rows of the theme's table: their cells take some 10 ms the first time, on this machine. */
    static final double BAND = 200;
    /** As for the late panes: the next band from the start of the second frame, once the first is laid out. */
    private static final int FRAMES_BEFORE = 2;

    private final TableView<?> table;
    private final FrameBudget frame;
    /** How tall the table may be while its rows come; infinite before its first rows and once they have come. */
    private double shownHeight = Double.POSITIVE_INFINITY;
    private boolean started;
    private final BooleanSupplier nextBand = this::nextBand;
    /** The table's own empty text, while it says it is loading. */
    private Node ownPlaceholder;
    /** Puts "Loading…" or the table's own text in place as the window's work starts and ends; held here. */
    private InvalidationListener loadingSwap;
    private static ObservableBooleanValue windowBusy;
    private static String loadingText;

    RowsInFrames(TableView<?> table, FrameBudget frame) {
        this.table = table;
        this.frame = frame;
        getChildren().add(table);
        getStyleClass().add("rows-in-frames");
        ListChangeListener<Object> rowsCome = change -> startOnceShown();
        if (table.getItems() != null) {
            table.getItems().addListener(rowsCome);
        }
        table.itemsProperty().addListener((observable, old, items) -> {
            if (old != null) {
                old.removeListener(rowsCome);
            }
            if (items != null) {
                items.addListener(rowsCome);
            }
            startOnceShown();
        });
        if (windowBusy != null) {
            sayLoading(windowBusy, loadingText);
        }
        // Its rows may come before it is shown; and a table left while it grew goes on when it is shown again.
        sceneProperty().addListener((observable, old, scene) -> {
            if (scene == null) {
                return;
            }
            if (!started) {
                startOnceShown();
            } else if (!whole()) {
                goOn();
            }
        });
    }

    /** A holder to put in {@code table}'s place in the screen. */
    public static RowsInFrames holding(TableView<?> table) {
        return new RowsInFrames(table, FrameBudget.fx());
    }

    /**
     * Makes every table held from now on say {@code loadingText} in place of its empty text while {@code busy},
     * until its first rows have come: an area's first show used to say "No donor yet" for the 50-200 ms its first
     * rows took to read (decision 0053). Once rows have come, or work ends with none, the table's own text is back.
     * Set by the main window, whose areas are built after it; FX thread only.
     */
    public static void sayLoadingWhile(ObservableBooleanValue busy, String loadingText) {
        windowBusy = busy;
        RowsInFrames.loadingText = loadingText;
    }

    private void sayLoading(ObservableBooleanValue busy, String text) {
        Label loading = new Label(text);
        loading.getStyleClass().add("table-loading");
        loadingSwap = observable -> {
            if (table.getPlaceholder() != loading) {
                ownPlaceholder = table.getPlaceholder();
            }
            table.setPlaceholder(busy.get() && !started ? loading : ownPlaceholder);
        };
        // Weakly: the window's indicator outlives the screens of a window opened again after a restore.
        busy.addListener(new WeakInvalidationListener(loadingSwap));
        loadingSwap.invalidated(busy);
    }

    /** The table it holds. */
    public TableView<?> table() {
        return table;
    }

    /** Whether every row the table has room for may show: its rows have come once, or it never had any yet. */
    boolean whole() {
        return shownHeight == Double.POSITIVE_INFINITY;
    }

    private void startOnceShown() {
        if (started || getScene() == null || table.getItems() == null || table.getItems().isEmpty()) {
            return;
        }
        started = true;
        shownHeight = BAND;
        requestLayout();
        goOn();
    }

    /** The next bands from the frame after the one being prepared, which lays out what the table shows now. */
    private void goOn() {
        Frames.after(FRAMES_BEFORE, () -> frame.goOnNextFrames(nextBand));
    }

    /** One band more, laid out now so that this frame's budget counts its cells; true once the table fills. */
    private boolean nextBand() {
        if (getScene() == null) {
            // Its area was left: out of a scene no cell gets its style or its height, so a layout would make a row
            // for every item (7,000 of a currency's rates, 116 ms). It goes on when the area is shown again.
            return true;
        }
        long start = frame.now();
        shownHeight += BAND;
        if (shownHeight >= getHeight()) {
            shownHeight = Double.POSITIVE_INFINITY;
        }
        requestLayout();
        layout();
        frame.spend(frame.now() - start);
        return whole();
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        table.resizeRelocate(snappedLeftInset(), snappedTopInset(), width, Math.min(height, shownHeight));
    }

    @Override
    public Orientation getContentBias() {
        return table.getContentBias();
    }

    @Override
    protected double computeMinWidth(double height) {
        return table.minWidth(height) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return table.minHeight(width) + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return table.prefWidth(height) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return table.prefHeight(width) + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMaxWidth(double height) {
        return table.maxWidth(height);
    }

    @Override
    protected double computeMaxHeight(double width) {
        return table.maxHeight(width);
    }
}

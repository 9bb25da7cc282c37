package org.octopusdesk.ui.common;

import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * A costly part of an area's screen that joins the scene after the area's first frame, within the frames' shared
 * budget ({@link FrameBudget}), in a frame of its own, styled as it joins. Timed on the FX thread over the bench's
 * data, the rates' first frame spent 45 ms styling its screen and 15-22 ms laying it out, most of it for the chart
 * and the converter beside the table (decision 0042). The part is built as before, with its view models, so that
 * nothing loads twice and nothing is missed: only its place in the scene comes later, as the hidden tabs' does
 * ({@link LateTabContents}). Its holder takes its set sizes at once, so that nothing moves when it joins.
 */
public final class LatePane {

    /** As for the hidden tabs: from the start of this frame after the holder is first shown, the area's own. */
    private static final int FRAMES_BEFORE = 2;

    private LatePane() {
    }

    /**
     * A holder to put in {@code content}'s place: it gets {@code content} from its second frame in a window. Out of
     * a window it stays empty.
     */
    public static StackPane holding(Node content) {
        StackPane holder = new StackPane();
        holder.getStyleClass().add("late-pane");
        if (content instanceof Region region) {
            holder.minWidthProperty().bind(region.minWidthProperty());
            holder.minHeightProperty().bind(region.minHeightProperty());
            holder.prefWidthProperty().bind(region.prefWidthProperty());
            holder.prefHeightProperty().bind(region.prefHeightProperty());
        }
        FrameBudget frame = FrameBudget.fx();
        BooleanSupplier join = () -> {
            long start = frame.now();
            holder.getChildren().setAll(content);
            // Styled now, so that this frame pays for it rather than the next one with whatever else it has.
            content.applyCss();
            frame.spend(frame.now() - start);
            return true;
        };
        Frames.onceInScene(holder, () -> Frames.after(FRAMES_BEFORE, () -> frame.goOnNextFrames(join)));
        return holder;
    }
}

package org.octopusdesk.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * Fills a list of children a slice at a time, one slice per frame, so that a screen of many nodes never holds the
 * FX thread for the whole of its building, styling and layout at once. A slice builds and adds items in order
 * while the frame's few milliseconds last; every fill of the window shares them ({@link FrameBudget}), and a frame
 * adds at least one item, so a fill always ends. A new fill replaces one still running: what it had not added yet
 * is dropped. The list ends equal to what one {@code setAll} of every item would have made.
 *
 * @param <T> what the list holds
 */
public final class SlicedFill<T> {

    /** What the fills of one frame may spend: a third of a 60 Hz frame, leaving room for its layout and drawing. */
    static final long BUDGET_NANOS = 5_000_000;

    private final List<? super T> target;
    private final Consumer<? super T> afterAdd;
    private final FrameBudget frame;
    private Deque<Supplier<? extends T>> pending = new ArrayDeque<>();
    /** Told once the last item of the current fill is in the list; a newer fill replaces it. */
    private Runnable whenDone = () -> { };
    /** This fill's work for the frame budget: one object, so that a fill waits in one place however often asked. */
    private final BooleanSupplier slices = this::slice;

    SlicedFill(List<? super T> target, Consumer<? super T> afterAdd, FrameBudget frame) {
        this.target = target;
        this.afterAdd = afterAdd;
        this.frame = frame;
    }

    /**
     * Fills {@code children}; each node is styled as soon as it is added, so that its slice's time counts its CSS
     * and skin (the larger part) and the frame after it only lays it out.
     */
    public static SlicedFill<Node> of(List<Node> children) {
        return of(children, Node::applyCss);
    }

    /**
     * Fills any list a slice at a time, {@code afterAdd} run on each item as it is added (for example styling the
     * chart that holds the list), so that the slice's time counts it.
     */
    public static <T> SlicedFill<T> of(List<T> target, Consumer<? super T> afterAdd) {
        return new SlicedFill<>(target, afterAdd, FrameBudget.fx());
    }

    /** Clears the list and fills it with what {@code builders} make, in their order: a first slice now. */
    public void fill(List<? extends Supplier<? extends T>> builders) {
        fill(builders, () -> { });
    }

    /** As {@link #fill(List)}, then {@code done} once the last item is in (not if a newer fill replaces this one). */
    public void fill(List<? extends Supplier<? extends T>> builders, Runnable done) {
        if (!fillFirstSlice(builders, done)) {
            frame.goOnNextFrames(slices);
        }
    }

    /**
     * As {@link #fill(List, Runnable)}, from the first moment {@code holder} (the node whose list this fills, built
     * for it) is in a scene. Before that nothing styles the items: a first slice would add many unstyled ones in its
     * few milliseconds, and the holder's own styling would then take them all in one frame.
     */
    public void fillOnceShown(Node holder, List<? extends Supplier<? extends T>> builders, Runnable done) {
        Frames.onceInScene(holder, () -> fill(builders, done));
    }

    /** The start of {@link #fill} without the frames that go on with it; true if the first slice was all. */
    private boolean fillFirstSlice(List<? extends Supplier<? extends T>> builders, Runnable done) {
        whenDone = done;
        pending = new ArrayDeque<>(builders);
        target.clear();
        return slice();
    }

    /** Whether every item of the last fill is in the list. */
    public boolean done() {
        return pending.isEmpty();
    }

    /** Adds items while the frame's budget lasts; true once none is left. */
    boolean slice() {
        while (!pending.isEmpty() && frame.mayAdd()) {
            long start = frame.now();
            T item = pending.removeFirst().get();
            target.add(item);
            afterAdd.accept(item);
            frame.spend(frame.now() - start);
        }
        if (!pending.isEmpty()) {
            return false;
        }
        Runnable done = whenDone;
        whenDone = () -> { };
        done.run();
        return true;
    }
}

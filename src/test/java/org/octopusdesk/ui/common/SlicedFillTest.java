package org.octopusdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The slices themselves, driven by hand: a clock that each built item moves on, and frames played by calling
 * {@link FrameBudget#frame()}; no window.
 */
class SlicedFillTest {

    /** Every item built moves the clock by this much. */
    private static final long COST = 2;
    private long now;
    private final FrameBudget frames = new FrameBudget(() -> now, 5, budget -> { });
    private final List<String> children = new ArrayList<>();
    private final List<String> styled = new ArrayList<>();
    private final SlicedFill<String> fill = new SlicedFill<>(children, styled::add, frames);

    private List<Supplier<String>> cards(String prefix, int count) {
        return IntStream.rangeClosed(1, count).<Supplier<String>>mapToObj(i -> () -> {
            now += COST;
            return prefix + i;
        }).toList();
    }

    private static List<String> numbered(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> prefix + i).toList();
    }

    @Test
    void aSliceAddsUntilItsTimeIsSpentAndTheSlicesAddEveryItemInOrder() {
        children.add("left over from before");

        fill.fill(cards("card-", 10));

        assertThat(children).as("the first slice, now: 2 + 2 + 2 > 5").containsExactly("card-1", "card-2", "card-3");
        assertThat(fill.done()).isFalse();
        List<Integer> sizes = new ArrayList<>();
        while (!frames.frame()) {
            sizes.add(children.size());
        }
        assertThat(sizes).as("the first slice spent the frame it fell in; then three a frame").containsExactly(3, 6, 9);
        assertThat(children).containsExactlyElementsOf(numbered("card-", 10));
        assertThat(styled).as("each styled once, as it is added").isEqualTo(children);
        assertThat(fill.done()).isTrue();
    }

    @Test
    void aFrameAlwaysAddsOneEvenWhenOneItemTakesLongerThanTheBudget() {
        FrameBudget tight = new FrameBudget(() -> now, 1, budget -> { });
        SlicedFill<String> slow = new SlicedFill<>(children, item -> { }, tight);

        slow.fill(cards("slow-", 3));
        tight.frame();
        tight.frame();

        assertThat(children).containsExactly("slow-1", "slow-2");
    }

    @Test
    void twoFillsShareTheFramesBudgetAndGoOnInTheOrderTheyCame() {
        List<String> others = new ArrayList<>();
        SlicedFill<String> second = new SlicedFill<>(others, item -> { }, frames);

        fill.fill(cards("cards-", 5));
        second.fill(cards("rows-", 5));

        assertThat(others).as("the first fill spent this frame").isEmpty();
        List<Integer> addedByFrame = new ArrayList<>();
        int before = children.size() + others.size();
        while (!frames.frame()) {
            addedByFrame.add(children.size() + others.size() - before);
            before = children.size() + others.size();
            if (!others.isEmpty()) {
                assertThat(children).as("the second goes on once the first is whole").hasSize(5);
            }
        }
        assertThat(addedByFrame).as("three items a frame between the two, never six").allMatch(added -> added <= 3);
        assertThat(children).containsExactlyElementsOf(numbered("cards-", 5));
        assertThat(others).containsExactlyElementsOf(numbered("rows-", 5));
    }

    @Test
    void aNewFillReplacesOneStillRunning() {
        fill.fill(cards("old-", 10));

        fill.fill(cards("new-", 4));
        while (!frames.frame()) {
            assertThat(children).allMatch(child -> child.startsWith("new-"));
        }

        assertThat(children).containsExactly("new-1", "new-2", "new-3", "new-4");
    }

    @Test
    void theFillIsToldOnceWhenItsLastItemIsInAndAReplacedFillNever() {
        List<String> told = new ArrayList<>();
        fill.fill(cards("old-", 10), () -> told.add("old"));
        fill.fill(cards("new-", 10), () -> told.add("new " + children.size()));

        while (!frames.frame()) {
            assertThat(told).isEmpty();
        }
        frames.frame();

        assertThat(told).containsExactly("new 10");
    }

    @Test
    void nothingToFillEmptiesTheList() {
        children.add("a card of yesterday");

        fill.fill(List.of());

        assertThat(children).isEmpty();
        assertThat(fill.done()).isTrue();
        assertThat(frames.frame()).as("nothing waits").isTrue();
    }
}

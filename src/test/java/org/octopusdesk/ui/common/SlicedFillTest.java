package org.octopusdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The slices themselves, driven by hand with a clock that each built item moves on: no window, no frames. */
class SlicedFillTest {

    /** Every item built moves the clock by this much. */
    private static final long COST = 2;
    private long now;
    private final List<String> children = new ArrayList<>();
    private final List<String> styled = new ArrayList<>();
    private final SlicedFill<String> fill = new SlicedFill<>(children, styled::add, () -> now, 5);

    private List<Supplier<String>> cards(String prefix, int count) {
        return IntStream.rangeClosed(1, count).<Supplier<String>>mapToObj(i -> () -> {
            now += COST;
            return prefix + i;
        }).toList();
    }

    @Test
    void aSliceAddsUntilItsTimeIsSpentAndTheSlicesAddEveryItemInOrder() {
        children.add("left over from before");

        fill.fillFirstSlice(cards("card-", 10));

        assertThat(children).as("the first slice, now: 2 + 2 + 2 > 5").containsExactly("card-1", "card-2", "card-3");
        assertThat(fill.done()).isFalse();
        List<Integer> sizes = new ArrayList<>();
        while (!fill.slice()) {
            sizes.add(children.size());
        }
        assertThat(sizes).containsExactly(6, 9);
        assertThat(children).containsExactlyElementsOf(IntStream.rangeClosed(1, 10).mapToObj(i -> "card-" + i)
                .toList());
        assertThat(styled).as("each styled once, as it is added").isEqualTo(children);
        assertThat(fill.done()).isTrue();
    }

    @Test
    void aSliceAlwaysAddsOneEvenWhenOneItemTakesLongerThanItsTime() {
        SlicedFill<String> slow = new SlicedFill<>(children, item -> { }, () -> now, 1);

        slow.fillFirstSlice(cards("slow-", 3));
        slow.slice();

        assertThat(children).containsExactly("slow-1", "slow-2");
    }

    @Test
    void aNewFillReplacesOneStillRunning() {
        fill.fillFirstSlice(cards("old-", 10));

        fill.fillFirstSlice(cards("new-", 4));
        while (!fill.slice()) {
            assertThat(children).allMatch(child -> child.startsWith("new-"));
        }

        assertThat(children).containsExactly("new-1", "new-2", "new-3", "new-4");
    }

    @Test
    void theFillIsToldOnceWhenItsLastItemIsInAndAReplacedFillNever() {
        List<String> told = new ArrayList<>();
        fill.fillFirstSlice(cards("old-", 10), () -> told.add("old"));
        fill.fillFirstSlice(cards("new-", 10), () -> told.add("new " + children.size()));

        while (!fill.slice()) {
            assertThat(told).isEmpty();
        }
        fill.slice();

        assertThat(told).containsExactly("new 10");
    }

    @Test
    void nothingToFillEmptiesTheList() {
        children.add("a card of yesterday");

        fill.fillFirstSlice(List.of());

        assertThat(children).isEmpty();
        assertThat(fill.done()).isTrue();
    }
}

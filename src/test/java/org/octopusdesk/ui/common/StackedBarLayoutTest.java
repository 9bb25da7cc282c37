package org.octopusdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/**
 * The canvas chart's bars and the pointer's hits come from the same figures: each year an equal band, its bar
 * centred with a gap either side, each donor's part stacked on the ones before it, and a point on a part names that
 * part.
 */
class StackedBarLayoutTest {

    /** Two years in a plot 200 wide and 100 high from (50, 10); the axis goes up to 100 (largest stack: 100). */
    private static final StackedBars BARS = new StackedBars(List.of("2020", "2021"), List.of(
            new StackedBars.Series("Japan", List.of(new BigDecimal(60), new BigDecimal(25)), false),
            new StackedBars.Series("Others", List.of(new BigDecimal(40), BigDecimal.ZERO), true)));
    private final StackedBarLayout layout = new StackedBarLayout(BARS, BARS.scale(),
            new Rectangle2D(50, 10, 200, 100));

    @Test
    void eachCategoryHasAnEqualBandWithItsBarCentredAndAGapEitherSide() {
        assertThat(layout.band()).isEqualTo(100);
        assertThat(layout.barWidth()).isEqualTo(88);
        assertThat(layout.centre(0)).isEqualTo(100);
        assertThat(layout.centre(1)).isEqualTo(200);
    }

    @Test
    void eachSeriesPartStandsOnThePartsBeforeIt() {
        assertThat(BARS.scale().upper()).isEqualByComparingTo("100");
        assertThat(layout.part(0, 0)).contains(new Rectangle2D(56, 50, 88, 60));
        assertThat(layout.part(1, 0)).contains(new Rectangle2D(56, 10, 88, 40));
        assertThat(layout.part(0, 1)).contains(new Rectangle2D(156, 85, 88, 25));
        assertThat(layout.part(1, 1)).as("nothing to draw for a zero").isEmpty();
    }

    @Test
    void aPointOnAPartNamesItAndAPointBesideTheBarsNamesNone() {
        assertThat(layout.at(100, 100)).contains(new StackedBarLayout.Hit(0, 0));
        assertThat(layout.at(100, 20)).contains(new StackedBarLayout.Hit(1, 0));
        assertThat(layout.at(200, 100)).contains(new StackedBarLayout.Hit(0, 1));
        assertThat(layout.at(200, 50)).as("above 2021's bar").isEmpty();
        assertThat(layout.at(52, 100)).as("in the gap before the first bar").isEmpty();
        assertThat(layout.at(40, 100)).as("left of the plot, on the axis's labels").isEmpty();
    }

    @Test
    void theLargestStackSetsTheScaleAndTheValuesMustFitTheCategories() {
        assertThat(BARS.stack(0)).isEqualByComparingTo("100");
        assertThat(BARS.largestStack()).isEqualByComparingTo("100");
        assertThatThrownBy(() -> new StackedBars(List.of("2020"), List.of(new StackedBars.Series("Japan",
                List.of(BigDecimal.ONE, BigDecimal.ONE), false)))).hasMessageContaining("2 values for 1 categories");
        assertThatThrownBy(() -> new StackedBars.Series("Japan", List.of(BigDecimal.ONE.negate()), false))
                .hasMessageContaining("from the axis up");
    }
}

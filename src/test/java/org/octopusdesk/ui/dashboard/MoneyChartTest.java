package org.octopusdesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.octopusdesk.domain.donor.DonorId;
import org.octopusdesk.domain.project.ProjectId;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.contributions.EuroEstimate;
import org.octopusdesk.service.contributions.MoneySummary;
import org.octopusdesk.service.contributions.Receipts;
import org.octopusdesk.ui.common.AxisScale;
import org.octopusdesk.ui.common.StackedBarCanvas;
import org.octopusdesk.ui.common.StackedBars;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The money chart, drawn on a canvas (decision 0042), holds a series for each of the largest donors in their order
 * and one for the others, every year in each, on an axis fixed from the largest year; a newer summary replaces a
 * chart still to come. The by-project table comes a few rows a frame (decision 0040), each row in its place.
 */
@ExtendWith(ApplicationExtension.class)
class MoneyChartTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    private final MoneyPanel panel = new MoneyPanel(Messages.forLanguage("en"));

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new ScrollPane(panel.node()), 1000, 900));
        stage.show();
    }

    /** Donor i gives i times 1,000 euros in each of the years 2014 to 2014 + years - 1. */
    private static MoneySummary summary(int donors, int years) {
        List<Receipts.ByYearAndDonor> byYear = new ArrayList<>();
        for (int donor = 1; donor <= donors; donor++) {
            for (int year = 2014; year < 2014 + years; year++) {
                byYear.add(new Receipts.ByYearAndDonor(year, new DonorId(donor), "Donor " + donor,
                        BigDecimal.valueOf(donor * 1_000L)));
            }
        }
        Receipts none = new Receipts(List.of(), BigDecimal.ZERO, BigDecimal.ZERO);
        return new MoneySummary(AS_OF, none, none, List.of(), new EuroEstimate(BigDecimal.ZERO, AS_OF, AS_OF,
                List.of(), false), Receipts.topDonors(byYear, 5), byYear, List.of(), 0);
    }

    private StackedBarCanvas drawnChart() throws Exception {
        return drawnChart(panel);
    }

    private static StackedBarCanvas drawnChart(MoneyPanel panel) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                panel.node().lookup("#money-chart." + StackedBarCanvas.DRAWN) != null).get());
        return WaitForAsyncUtils.asyncFx(() -> (StackedBarCanvas) panel.node().lookup("#money-chart")).get();
    }

    /** Each series' name with the year and amount of each of its bars. */
    private static Map<String, Map<String, BigDecimal>> bars(StackedBarCanvas chart) {
        StackedBars bars = chart.bars();
        Map<String, Map<String, BigDecimal>> byName = new LinkedHashMap<>();
        for (StackedBars.Series series : bars.series()) {
            Map<String, BigDecimal> byYear = new TreeMap<>();
            for (int year = 0; year < bars.categories().size(); year++) {
                byYear.put(bars.categories().get(year), series.values().get(year));
            }
            byName.put(series.name(), byYear);
        }
        return byName;
    }

    @Test
    void everyDonorsBarsComeInTheLargestDonorsOrderThenTheOthers() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> panel.show(summary(8, 13))).get();

        StackedBarCanvas chart = drawnChart();
        Map<String, Map<String, BigDecimal>> bars = bars(chart);

        assertThat(bars.keySet()).containsExactly("Donor 8", "Donor 7", "Donor 6", "Donor 5", "Donor 4",
                "Other donors");
        assertThat(bars.values()).allSatisfy(years -> assertThat(years).hasSize(13).containsKeys("2014", "2026"));
        assertThat(bars.get("Donor 8")).containsEntry("2020", new BigDecimal(8_000));
        assertThat(bars.get("Other donors")).as("donors 1, 2 and 3 together")
                .containsEntry("2020", new BigDecimal(6_000));
        assertThat(chart.bars().series()).extracting(StackedBars.Series::rest)
                .containsExactly(false, false, false, false, false, true);
        assertThat(chart.getAccessibleText()).isEqualTo("Chart of the receipts by year and donor, 2014 to 2026; the"
                + " largest year, 2014, received EUR 36,000.00.");
    }

    @Test
    void theEurosAxisGoesFromZeroToARoundNumberAtOrAboveTheLargestYear() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> panel.show(summary(8, 13))).get();

        // Each year: donors 1 to 8 give 1,000 to 8,000 euros, 36,000 in all.
        AxisScale scale = drawnChart().bars().scale();
        assertThat(scale.upper()).isEqualByComparingTo("40000");
        assertThat(scale.step()).isEqualByComparingTo("5000");
    }

    @Test
    void aNewerSummaryReplacesAChartStillComing() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            panel.show(summary(8, 13));
            panel.show(summary(2, 3));
        }).get();

        Map<String, Map<String, BigDecimal>> bars = bars(drawnChart());

        assertThat(bars.keySet()).containsExactly("Donor 2", "Donor 1");
        assertThat(bars.get("Donor 1")).containsOnlyKeys("2014", "2015", "2016");
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(WaitForAsyncUtils.asyncFx(() -> panel.node().lookupAll("#money-chart").size()).get())
                .as("the first summary's chart never shown").isEqualTo(1);
    }

    @Test
    void theByProjectTableGetsEveryRowInItsOrderWithTheTotalLast() throws Exception {
        List<Receipts.ByProject> projects = new ArrayList<>();
        for (int project = 1; project <= 40; project++) {
            projects.add(new Receipts.ByProject(new ProjectId(project), "P" + project, "Project " + project,
                    BigDecimal.valueOf(project * 100L)));
        }
        Receipts allTime = new Receipts(projects, BigDecimal.ZERO, BigDecimal.ZERO);
        Receipts thisYear = new Receipts(List.of(projects.get(0)), BigDecimal.ZERO, BigDecimal.ZERO);
        MoneySummary summary = new MoneySummary(AS_OF, thisYear, allTime, List.of(), new EuroEstimate(
                BigDecimal.ZERO, AS_OF, AS_OF, List.of(), false), List.of(), List.of(), List.of(), 0);

        WaitForAsyncUtils.asyncFx(() -> panel.show(summary)).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                panel.node().lookup("#money-by-project." + MoneyPanel.ALL_ROWS) != null).get());

        List<List<String>> rows = WaitForAsyncUtils.asyncFx(() -> {
            GridPane grid = (GridPane) panel.node().lookup("#money-by-project");
            Map<Integer, List<String>> byRow = new TreeMap<>();
            grid.getChildren().forEach(cell -> byRow.computeIfAbsent(GridPane.getRowIndex(cell),
                    row -> new ArrayList<>(List.of("", "", ""))).set(GridPane.getColumnIndex(cell),
                    ((Label) cell).getText()));
            return List.copyOf(byRow.values());
        }).get();
        assertThat(rows).hasSize(42);
        assertThat(rows.get(0)).containsExactly("Project", "In 2026", "In total");
        assertThat(rows.get(1)).containsExactly("P1 – Project 1", "EUR 100.00", "EUR 100.00");
        assertThat(rows.get(40)).containsExactly("P40 – Project 40", "EUR 0.00", "EUR 4,000.00");
        assertThat(rows.get(41)).containsExactly("Total", "EUR 100.00", "EUR 82,000.00");
    }

    @Test
    void aPanelOutOfTheWindowDrawsNothingUntilItIsShown() throws Exception {
        MoneyPanel aside = new MoneyPanel(Messages.forLanguage("en"));
        WaitForAsyncUtils.asyncFx(() -> aside.show(summary(8, 13))).get();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);

        assertThat(WaitForAsyncUtils.asyncFx(() -> aside.node().lookup("#money-chart." + StackedBarCanvas.DRAWN))
                .get()).as("nothing drawn out of a window").isNull();

        WaitForAsyncUtils.asyncFx(() -> panel.node().getScene().setRoot(new ScrollPane(aside.node()))).get();
        assertThat(bars(drawnChart(aside)).keySet()).hasSize(6);
    }
}

package org.octopusdesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
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
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The money chart comes a donor's bars a frame (decision 0039): once all have come, it holds a series for each of
 * the largest donors in their order and one for the others, every year in each, and a newer summary replaces a
 * chart still coming. The by-project table comes a few rows a frame too (decision 0040), each row in its place.
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
                List.of()), Receipts.topDonors(byYear, 5), byYear, List.of(), 0);
    }

    private StackedBarChart<?, ?> completeChart() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                panel.node().lookup("#money-chart." + MoneyPanel.ALL_BARS) != null).get());
        return WaitForAsyncUtils.asyncFx(() -> (StackedBarChart<?, ?>) panel.node().lookup("#money-chart")).get();
    }

    /** Each series' name with the year and amount of each of its bars. */
    private static Map<String, Map<String, Double>> bars(StackedBarChart<?, ?> chart) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Map<String, Map<String, Double>> bars = new java.util.LinkedHashMap<>();
            for (XYChart.Series<?, ?> series : chart.getData()) {
                Map<String, Double> byYear = new TreeMap<>();
                series.getData().forEach(bar -> byYear.put((String) bar.getXValue(),
                        ((Number) bar.getYValue()).doubleValue()));
                bars.put(series.getName(), byYear);
            }
            return bars;
        }).get();
    }

    @Test
    void everyDonorsBarsComeInTheLargestDonorsOrderThenTheOthers() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> panel.show(summary(8, 13))).get();

        Map<String, Map<String, Double>> bars = bars(completeChart());

        assertThat(bars.keySet()).containsExactly("Donor 8", "Donor 7", "Donor 6", "Donor 5", "Donor 4",
                "Other donors");
        assertThat(bars.values()).allSatisfy(years -> assertThat(years).hasSize(13).containsKeys("2014", "2026"));
        assertThat(bars.get("Donor 8")).containsEntry("2020", 8_000.0);
        assertThat(bars.get("Other donors")).as("donors 1, 2 and 3 together").containsEntry("2020", 6_000.0);
    }

    @Test
    void theEurosAxisIsFixedFromTheLargestYearSoThatTheBarsComingDoNotMoveIt() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> panel.show(summary(8, 13))).get();

        NumberAxis euros = (NumberAxis) completeChart().getYAxis();

        // Each year: donors 1 to 8 give 1,000 to 8,000 euros, 36,000 in all.
        assertThat(WaitForAsyncUtils.asyncFx(() -> List.of(euros.isAutoRanging(), euros.getUpperBound(),
                euros.getTickUnit())).get()).containsExactly(false, 40_000.0, 5_000.0);
    }

    @Test
    void aNewerSummaryReplacesAChartStillComing() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            panel.show(summary(8, 13));
            panel.show(summary(2, 3));
        }).get();

        Map<String, Map<String, Double>> bars = bars(completeChart());

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
                BigDecimal.ZERO, AS_OF, AS_OF, List.of()), List.of(), List.of(), List.of(), 0);

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
    void aPanelOutOfTheWindowFillsNothingUntilItIsShown() throws Exception {
        MoneyPanel aside = new MoneyPanel(Messages.forLanguage("en"));
        WaitForAsyncUtils.asyncFx(() -> aside.show(summary(8, 13))).get();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);

        assertThat(WaitForAsyncUtils.asyncFx(() -> ((StackedBarChart<?, ?>) aside.node().lookup("#money-chart"))
                .getData().size()).get()).as("no bars while nothing could style them").isZero();

        WaitForAsyncUtils.asyncFx(() -> panel.node().getScene().setRoot(new ScrollPane(aside.node()))).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                aside.node().lookup("#money-chart." + MoneyPanel.ALL_BARS) != null).get());
        assertThat(bars(WaitForAsyncUtils.asyncFx(() -> (StackedBarChart<?, ?>) aside.node().lookup("#money-chart"))
                .get()).keySet()).hasSize(6);
    }
}

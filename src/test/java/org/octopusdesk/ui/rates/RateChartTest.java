package org.octopusdesk.ui.rates;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.domain.money.RateSource;
import org.octopusdesk.i18n.Messages;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A currency's rates over time: a long history as a line, a few rates as dots a week inside the chart's edges, no
 * rates without dates.
 */
@ExtendWith(ApplicationExtension.class)
class RateChartTest {

    private final ObservableList<ExchangeRate> history = FXCollections.observableArrayList();
    private RateChart chart;

    @Start
    void start(Stage stage) {
        // Built once the toolkit runs: the chart's controls need it.
        chart = new RateChart(history, new SimpleObjectProperty<>("XOF"), Messages.forLanguage("en"));
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(chart.node()), 600, 400));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private LineChart<Number, Number> lineChart() {
        return (LineChart<Number, Number>) chart.node();
    }

    @Test
    void aSingleManualRateIsADotWithAWeekOnEitherSide() throws Exception {
        LocalDate day = LocalDate.of(2026, 12, 3);
        WaitForAsyncUtils.asyncFx(() -> history.setAll(List.of(manual("XOF", day, "655.957")))).get();

        LineChart<Number, Number> line = lineChart();
        NumberAxis time = (NumberAxis) line.getXAxis();
        assertThat(line.getCreateSymbols()).isTrue();
        assertThat(time.getLowerBound()).isEqualTo(day.minusDays(7).toEpochDay());
        assertThat(time.getUpperBound()).isEqualTo(day.plusDays(7).toEpochDay());
        assertThat(time.getTickUnit()).isEqualTo(7);
    }

    @Test
    void aLongHistoryIsALineFromItsFirstDayToItsLast() throws Exception {
        LocalDate first = LocalDate.of(2020, 1, 1);
        List<ExchangeRate> rates = java.util.stream.IntStream.range(0, 400)
                .mapToObj(i -> manual("XOF", first.plusDays(i), "655.957")).toList();
        WaitForAsyncUtils.asyncFx(() -> history.setAll(rates)).get();

        LineChart<Number, Number> line = lineChart();
        NumberAxis time = (NumberAxis) line.getXAxis();
        assertThat(line.getCreateSymbols()).isFalse();
        assertThat(time.getLowerBound()).isEqualTo(first.toEpochDay());
        assertThat(time.getUpperBound()).isEqualTo(first.plusDays(399).toEpochDay());
    }

    @Test
    void noRatesShowNoDates() throws Exception {
        NumberAxis time = (NumberAxis) lineChart().getXAxis();
        WaitForAsyncUtils.asyncFx(() -> history.clear()).get();

        assertThat(time.isTickLabelsVisible()).as("not 01/01/1970").isFalse();

        WaitForAsyncUtils.asyncFx(() -> history.setAll(List.of(manual("XOF", LocalDate.of(2026, 12, 3), "655.957"))))
                .get();
        assertThat(time.isTickLabelsVisible()).isTrue();
    }

    private static ExchangeRate manual(String currency, LocalDate day, String rate) {
        return new ExchangeRate(currency, day, new BigDecimal(rate), RateSource.MANUAL, "Fixed parity");
    }
}

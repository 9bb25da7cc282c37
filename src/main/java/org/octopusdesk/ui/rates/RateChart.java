package org.octopusdesk.ui.rates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.i18n.Messages;

/**
 * One currency's rate over time. Drawn from at most {@value #MAX_POINTS} points: the chart only shows the
 * shape, the table beside it has every published value.
 */
final class RateChart {

    static final int MAX_POINTS = 600;
    /** At most this many rates are drawn as dots. */
    private static final int FEW_POINTS = 30;
    private static final long WEEK = 7;

    private final LineChart<Number, Number> chart;
    private final NumberAxis time;
    private final ObservableValue<String> currency;
    private final Messages messages;

    RateChart(ObservableList<ExchangeRate> history, ObservableValue<String> currency, Messages messages) {
        this.currency = currency;
        this.messages = messages;
        time = new NumberAxis();
        time.setForceZeroInRange(false);
        // The range is set from the data: auto-ranging pads it with days before the first rate.
        time.setAutoRanging(false);
        time.setMinorTickVisible(false);
        time.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number epochDay) {
                LocalDate day = LocalDate.ofEpochDay(epochDay.longValue());
                return time.getUpperBound() - time.getLowerBound() > 3 * 365 ? String.valueOf(day.getYear())
                        : messages.date(day);
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("axis labels are not parsed");
            }
        });
        NumberAxis rate = new NumberAxis();
        rate.setForceZeroInRange(false);
        chart = new LineChart<>(time, rate);
        chart.setId("rates-chart");
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setPrefHeight(320);
        // Room on the right for the last tick's label, a whole date when the rates span a few weeks.
        chart.setPadding(new javafx.geometry.Insets(5, 28, 5, 5));
        history.addListener((ListChangeListener<ExchangeRate>) change -> draw(history));
        draw(history);
    }

    Node node() {
        return chart;
    }

    private void draw(List<ExchangeRate> history) {
        chart.setTitle(currency.getValue() == null ? "" : messages.text("rates.chart.title", currency.getValue()));
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        List<XYChart.Data<Number, Number>> points = new ArrayList<>();
        int step = Math.max(1, history.size() / MAX_POINTS);
        for (int i = 0; i < history.size(); i += step) {
            ExchangeRate rate = history.get(i);
            // A double is fine here: it places a point on the screen and is never used as an amount.
            points.add(new XYChart.Data<>(rate.date().toEpochDay(), rate.unitsPerEuro().doubleValue()));
        }
        series.getData().setAll(points);
        // A few rates (a currency with manual rates only) are dots: a single one would draw no line at all.
        chart.setCreateSymbols(points.size() <= FEW_POINTS);
        // No rates (yet): no dates under the axis either, where the empty axis would count from 01/01/1970.
        time.setTickLabelsVisible(!history.isEmpty());
        if (!history.isEmpty()) {
            long first = history.get(0).date().toEpochDay();
            long last = history.get(history.size() - 1).date().toEpochDay();
            // Rates a few days apart get a week on either side, so that they stand inside the chart, not on its edge.
            long margin = last - first < 2 * WEEK ? WEEK : 0;
            time.setLowerBound(first - margin);
            time.setUpperBound(last + margin);
            time.setTickUnit(margin > 0 ? WEEK : Math.max(1, (last - first) / 6.0));
        }
        chart.getData().setAll(List.of(series));
    }
}

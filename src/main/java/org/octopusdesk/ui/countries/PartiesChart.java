package org.octopusdesk.ui.countries;

import java.time.LocalDate;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.countries.PartiesOnDate;

/** The number of Parties over time as steps: it changes on the day of a deposit and holds until the next. */
final class PartiesChart {

    private final LineChart<Number, Number> chart;
    private final NumberAxis years = new NumberAxis();
    private final NumberAxis parties = new NumberAxis();
    private final XYChart.Series<Number, Number> series = new XYChart.Series<>();

    PartiesChart(ObservableList<PartiesOnDate> steps, Messages messages) {
        // Both ranged here, on whole years and whole Parties (WholeTicks).
        years.setAutoRanging(false);
        parties.setAutoRanging(false);
        years.setMinorTickVisible(false);
        years.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return String.valueOf(value.intValue());
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text);
            }
        });
        parties.setTickLabelFormatter(years.getTickLabelFormatter());
        parties.setLabel(messages.text("countries.chart.axis"));
        parties.setMinorTickVisible(false);
        chart = new LineChart<>(years, parties);
        chart.setId("countries-parties-chart");
        chart.setTitle(messages.text("countries.chart.title"));
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setMinHeight(180);
        chart.setPrefHeight(220);
        chart.getData().add(series);
        steps.addListener((ListChangeListener<PartiesOnDate>) change -> draw(steps));
        draw(steps);
    }

    LineChart<Number, Number> node() {
        return chart;
    }

    private void draw(List<PartiesOnDate> steps) {
        series.getData().clear();
        int before = 0;
        for (PartiesOnDate step : steps) {
            double at = yearOf(step.date());
            series.getData().add(new XYChart.Data<>(at, before));
            series.getData().add(new XYChart.Data<>(at, step.parties()));
            before = step.parties();
        }
        if (!steps.isEmpty()) {
            double now = yearOf(LocalDate.now());
            series.getData().add(new XYChart.Data<>(now, before));
            WholeTicks ticks = WholeTicks.covering(yearOf(steps.get(0).date()),
                    Math.max(now, yearOf(steps.get(steps.size() - 1).date())), WholeTicks.ACROSS);
            years.setLowerBound(ticks.lower());
            years.setUpperBound(ticks.upper());
            years.setTickUnit(ticks.step());
            int most = steps.stream().mapToInt(PartiesOnDate::parties).max().orElse(0);
            // Half a Party of room above the most, so that the line does not run along the chart's top edge.
            WholeTicks counts = WholeTicks.covering(0, most + 0.5, WholeTicks.UP);
            parties.setLowerBound(counts.lower());
            parties.setUpperBound(counts.upper());
            parties.setTickUnit(counts.step());
        }
    }

    /** A date as a year with its fraction, for a time axis in years. */
    private static double yearOf(LocalDate date) {
        return date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear();
    }
}

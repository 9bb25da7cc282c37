package org.octopusdesk.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** A part of a report's body: the renderer knows how to lay out each kind, and nothing else. */
public sealed interface Block {

    /** A section title; level 1 starts a major section, level 2 a part of it. */
    record Heading(String text, int level) implements Block {
    }

    /** Running text, wrapped to the page width. */
    record Paragraph(String text, TextStyle style) implements Block {

        public static Paragraph normal(String text) {
            return new Paragraph(text, TextStyle.NORMAL);
        }

        public static Paragraph note(String text) {
            return new Paragraph(text, TextStyle.NOTE);
        }
    }

    /** Label and value pairs in two columns, as in a record's details. */
    record Fields(List<ReportDocument.CoverField> fields) implements Block {

        public Fields {
            fields = List.copyOf(fields);
        }
    }

    /**
     * A table whose header row is repeated on every page it runs over.
     *
     * @param caption an optional title printed above it (empty for none)
     */
    record Table(String caption, List<Column> columns, List<Row> rows) implements Block {

        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            for (Row row : rows) {
                if (row.cells().size() != columns.size()) {
                    throw new IllegalArgumentException(
                            "row of " + row.cells().size() + " cells in a table of " + columns.size() + " columns");
                }
            }
        }
    }

    /**
     * A column of a table.
     *
     * @param weight its share of the width, relative to the other columns
     */
    record Column(String header, float weight, Align align) {

        public static Column text(String header, float weight) {
            return new Column(header, weight, Align.LEFT);
        }

        public static Column amount(String header, float weight) {
            return new Column(header, weight, Align.RIGHT);
        }
    }

    /** A row of cells; a cell may hold several lines separated by {@code \n}. */
    record Row(List<String> cells, RowStyle style) {

        public Row {
            cells = cells.stream().map(cell -> cell == null ? "" : cell).toList();
            Objects.requireNonNull(style, "style");
        }

        public static Row of(String... cells) {
            return new Row(List.of(cells), RowStyle.NORMAL);
        }

        public static Row total(String... cells) {
            return new Row(List.of(cells), RowStyle.TOTAL);
        }
    }

    /**
     * Bars by category, each bar the stack of its series' values: euros received by year, stacked by donor; or,
     * {@code grouped}, one bar a series side by side in each category: planned beside actual costs.
     *
     * @param valueLabels how an axis value prints in the report's language
     */
    record BarChart(String title, List<String> categories, List<Series> series, ValueFormat valueLabels,
            boolean grouped) implements Block {

        /** Stacked bars. */
        public BarChart(String title, List<String> categories, List<Series> series, ValueFormat valueLabels) {
            this(title, categories, series, valueLabels, false);
        }

        public BarChart {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
            for (Series each : series) {
                if (each.values().size() != categories.size()) {
                    throw new IllegalArgumentException("series " + each.name() + " has " + each.values().size()
                            + " values for " + categories.size() + " categories");
                }
            }
        }
    }

    /** One stacked part of the bars, with a value per category (zero where it has none). */
    record Series(String name, List<BigDecimal> values) {

        public Series {
            values = List.copyOf(values);
        }
    }

    static Column column(String header, float weight, Align align) {
        return new Column(header, weight, align);
    }

    /** Starts the next block on a new page. */
    record PageBreak() implements Block {
    }

    /** Turns a chart's axis values into the report language's numbers. */
    @FunctionalInterface
    interface ValueFormat {
        String format(BigDecimal value);
    }

    enum TextStyle {
        NORMAL, NOTE
    }

    enum Align {
        LEFT, RIGHT
    }

    /** A total row prints bold over a rule, so a reader sees where the lines it adds up end. */
    enum RowStyle {
        NORMAL, TOTAL
    }
}

package org.octopusdesk.ui.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.AxisScale;
import org.octopusdesk.ui.common.EstimateText;
import org.octopusdesk.ui.common.HoverTooltips;
import org.octopusdesk.ui.common.SlicedFill;
import org.octopusdesk.service.contributions.MoneySummary;
import org.octopusdesk.service.contributions.OutstandingPledge;
import org.octopusdesk.service.contributions.Receipts;

/**
 * The money on the dashboard: what came in this year and in total by project, what is still expected (per
 * currency, and as an estimate in euros), the largest donors and the receipts by year and donor.
 */
final class MoneyPanel {

    /** The chart's style class once every donor's bars are in it. */
    static final String ALL_BARS = "all-bars";
    /** The by-project table's style class once its last row is in. */
    static final String ALL_ROWS = "all-rows";

    private final Messages messages;
    private final VBox root = new VBox(14);
    /**
     * The panel's parts, a frame or so each: styled in one frame, the figures, their tables and the chart's
     * hundreds of bars held the FX thread for hundreds of milliseconds over a million payments (decisions 0033,
     * 0036). A newer summary replaces the parts still to come.
     */
    private final SlicedFill<Node> parts = SlicedFill.of(root.getChildren());

    MoneyPanel(Messages messages) {
        this.messages = messages;
        root.setId("dashboard-money");
    }

    Node node() {
        return root;
    }

    void show(MoneySummary summary) {
        if (summary == null) {
            parts.fill(List.of(() -> muted(messages.text("dashboard.money.loading"))));
            return;
        }
        parts.fill(List.of(() -> tiles(summary), () -> columns(summary),
                () -> section("dashboard.money.outstandingPledges", outstanding(summary)),
                () -> section("dashboard.money.chart", chart(summary))));
    }

    private Node tiles(MoneySummary summary) {
        int year = summary.asOf().getYear();
        return new HBox(14,
                tile(messages.euros(summary.thisYear().total()), messages.text("dashboard.money.thisYear",
                        String.valueOf(year),
                        summary.asOf()), "money-this-year"),
                tile(messages.euros(summary.allTime().total()), messages.text("dashboard.money.allTime",
                        summary.asOf()), "money-all-time"),
                tile("≈ " + messages.euros(summary.outstandingEuros().euros()),
                        messages.text("dashboard.money.outstanding", summary.asOf()), "money-outstanding"));
    }

    private Node columns(MoneySummary summary) {
        VBox byProject = section("dashboard.money.byProject", byProject(summary));
        VBox donors = section("dashboard.money.topDonors", topDonors(summary));
        HBox.setHgrow(byProject, Priority.ALWAYS);
        donors.setPrefWidth(360);
        donors.setMinWidth(300);
        return new HBox(24, byProject, donors);
    }

    private Node byProject(MoneySummary summary) {
        GridPane grid = new GridPane();
        grid.setId("money-by-project");
        grid.setHgap(18);
        grid.setVgap(4);
        List<Supplier<Node>> cells = new ArrayList<>();
        cells.add(at(0, 0, () -> muted(messages.text("dashboard.money.project"))));
        cells.add(at(1, 0, () -> right(muted(messages.text("dashboard.money.yearColumn",
                String.valueOf(summary.asOf().getYear()))))));
        cells.add(at(2, 0, () -> right(muted(messages.text("dashboard.money.totalColumn")))));
        Map<String, BigDecimal[]> rows = new LinkedHashMap<>();
        for (Receipts.ByProject project : summary.allTime().byProject()) {
            rows.put(project.code() + " – " + project.name(), new BigDecimal[] {BigDecimal.ZERO, project.euros()});
            // An edition's euros are part of its project's: shown under it, never added to the total again.
            for (Receipts.ByEdition edition : summary.allTime().editionsOf(project.project())) {
                rows.put(editionLabel(edition), new BigDecimal[] {BigDecimal.ZERO, edition.euros()});
            }
        }
        for (Receipts.ByProject project : summary.thisYear().byProject()) {
            rows.computeIfAbsent(project.code() + " – " + project.name(),
                    key -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO})[0] = project.euros();
        }
        for (Receipts.ByEdition edition : summary.thisYear().byEdition()) {
            rows.computeIfAbsent(editionLabel(edition),
                    key -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO})[0] = edition.euros();
        }
        int row = 1;
        for (Map.Entry<String, BigDecimal[]> entry : rows.entrySet()) {
            addRow(cells, row++, () -> {
                Label name = new Label(entry.getKey());
                if (entry.getKey().startsWith(EDITION_INDENT)) {
                    name.getStyleClass().add("text-muted");
                }
                return name;
            }, entry.getValue()[0], entry.getValue()[1]);
        }
        if (summary.allTime().undisclosedSplit().signum() != 0) {
            addRow(cells, row++, () -> explained("dashboard.money.undisclosed", "dashboard.money.undisclosed.tooltip"),
                    summary.thisYear().undisclosedSplit(), summary.allTime().undisclosedSplit());
        }
        if (summary.allTime().notEarmarked().signum() != 0) {
            addRow(cells, row++, () -> explained("dashboard.money.notEarmarked",
                    "dashboard.money.notEarmarked.tooltip"),
                    summary.thisYear().notEarmarked(), summary.allTime().notEarmarked());
        }
        if (row == 1 && summary.allTime().total().signum() == 0) {
            return muted(messages.text("dashboard.money.nothingReceived"));
        }
        addRow(cells, row, () -> {
            Label total = new Label(messages.text("dashboard.money.total"));
            total.getStyleClass().add("text-bold");
            return total;
        }, summary.thisYear().total(), summary.allTime().total());
        // Forty projects and their editions in one frame held the FX thread 80-100 ms over a million payments
        // (decision 0040): a few rows a frame instead, from the table's first frame in the window.
        SlicedFill.of(grid.getChildren()).fillOnceShown(grid, cells, () -> grid.getStyleClass().add(ALL_ROWS));
        return grid;
    }

    /** A cell that takes its place in the grid as it is made. */
    private static Supplier<Node> at(int column, int row, Supplier<? extends Node> cell) {
        return () -> {
            Node node = cell.get();
            GridPane.setConstraints(node, column, row);
            return node;
        };
    }

    /** Indents an edition under its project's line; the indent also tells the row apart. */
    private static final String EDITION_INDENT = "    ";

    private String editionLabel(Receipts.ByEdition edition) {
        return EDITION_INDENT + messages.text("dashboard.money.ofWhichEdition", edition.title());
    }

    private void addRow(List<Supplier<Node>> cells, int row, Supplier<Label> name, BigDecimal thisYear,
            BigDecimal total) {
        cells.add(at(0, row, () -> {
            Label label = name.get();
            label.setWrapText(true);
            GridPane.setHgrow(label, Priority.ALWAYS);
            return label;
        }));
        cells.add(at(1, row, () -> right(new Label(messages.euros(thisYear)))));
        cells.add(at(2, row, () -> right(new Label(messages.euros(total)))));
    }

    private Label explained(String key, String tooltipKey) {
        Label label = new Label(messages.text(key));
        label.setTooltip(new Tooltip(messages.text(tooltipKey)));
        label.getStyleClass().add("text-muted");
        return label;
    }

    private Node topDonors(MoneySummary summary) {
        if (summary.topDonors().isEmpty()) {
            return muted(messages.text("dashboard.money.nothingReceived"));
        }
        GridPane grid = new GridPane();
        grid.setId("money-top-donors");
        grid.setHgap(14);
        grid.setVgap(4);
        int row = 0;
        for (Receipts.ByDonor donor : summary.topDonors()) {
            Label name = new Label((row + 1) + ". " + donor.name());
            name.setWrapText(true);
            GridPane.setHgrow(name, Priority.ALWAYS);
            grid.add(name, 0, row);
            grid.add(right(new Label(messages.euros(donor.euros()))), 1, row++);
        }
        return grid;
    }

    private Node outstanding(MoneySummary summary) {
        if (summary.outstanding().isEmpty()) {
            return muted(messages.text("dashboard.money.noneOutstanding"));
        }
        VBox lines = new VBox(4);
        lines.setId("money-outstanding-lines");
        // Each pledge by its donor and reference, so the figure leads to someone to write to.
        for (OutstandingPledge pledge : summary.outstandingPledges()) {
            lines.getChildren().add(new Label(messages.text("dashboard.money.outstandingLine",
                    messages.money(pledge.outstanding()), pledge.donorName(), pledge.reference())));
        }
        int unnamed = summary.outstandingPledgeCount() - summary.outstandingPledges().size();
        if (unnamed > 0) {
            lines.getChildren().add(muted(messages.text("dashboard.money.outstandingMore", unnamed)));
        }
        if (summary.outstandingPledgeCount() > 1) {
            lines.getChildren().add(new Label(messages.text("dashboard.money.outstandingTotal", String.join(", ",
                    summary.outstanding().stream().map(messages::money).toList()))));
        }
        String estimate = messages.text("dashboard.money.estimateLine",
                EstimateText.of(summary.outstandingEuros(), messages));
        Label note = muted(estimate);
        lines.getChildren().add(note);
        return lines;
    }

    private Node chart(MoneySummary summary) {
        if (summary.byYear().isEmpty()) {
            return muted(messages.text("dashboard.money.nothingReceived"));
        }
        // The largest donors get a colour each; the others share one, so the legend stays readable.
        Set<String> named = new LinkedHashSet<>();
        summary.topDonors().forEach(donor -> named.add(donor.name()));
        String others = messages.text("dashboard.money.otherDonors");
        Set<Integer> years = new TreeSet<>();
        Map<String, Map<Integer, BigDecimal>> byDonor = new LinkedHashMap<>();
        named.forEach(name -> byDonor.put(name, new LinkedHashMap<>()));
        for (Receipts.ByYearAndDonor receipt : summary.byYear()) {
            years.add(receipt.year());
            String series = named.contains(receipt.name()) ? receipt.name() : others;
            byDonor.computeIfAbsent(series, key -> new LinkedHashMap<>()).merge(receipt.year(), receipt.euros(),
                    BigDecimal::add);
        }
        CategoryAxis yearAxis = new CategoryAxis();
        List<String> categories = new ArrayList<>();
        years.forEach(year -> categories.add(String.valueOf(year)));
        yearAxis.getCategories().setAll(categories);
        // Fixed from the largest year before any bar comes: the axis stays put while the donors' bars come a frame
        // each, instead of rescaling (and making its labels anew) with each (decision 0041).
        AxisScale scale = AxisScale.upTo(largestYear(byDonor.values()));
        NumberAxis euros = new NumberAxis(0, scale.upperForDrawing(), scale.stepForDrawing());
        euros.setLabel(messages.text("dashboard.money.chartAxis"));
        euros.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number value) {
                return messages.number(value.longValue());
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("axis labels are not typed");
            }
        });
        StackedBarChart<String, Number> chart = new StackedBarChart<>(yearAxis, euros);
        chart.setId("money-chart");
        chart.setAnimated(false);
        chart.setPrefHeight(320);
        chart.setLegendVisible(true);
        // A donor's bars a frame: the whole chart in one frame held the FX thread 175-255 ms over a million
        // payments, its bars made and styled at once (decision 0039).
        List<Supplier<XYChart.Series<String, Number>>> donors = new ArrayList<>();
        byDonor.forEach((donor, euroByYear) -> donors.add(() -> series(donor, euroByYear, years)));
        SlicedFill.of(chart.getData(), ignored -> chart.applyCss())
                .fillOnceShown(chart, donors, () -> chart.getStyleClass().add(ALL_BARS));
        return chart;
    }

    /** The largest of the years' totals, every donor's bars of a year stacked. */
    private static BigDecimal largestYear(Collection<Map<Integer, BigDecimal>> euroByYearOfEachDonor) {
        Map<Integer, BigDecimal> byYear = new HashMap<>();
        euroByYearOfEachDonor.forEach(euroByYear -> euroByYear.forEach((year, euros) -> byYear.merge(year, euros,
                BigDecimal::add)));
        return byYear.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }

    private XYChart.Series<String, Number> series(String donor, Map<Integer, BigDecimal> euroByYear,
            Set<Integer> years) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(donor);
        for (Integer year : years) {
            // Drawing needs a double; the exact amount is in the tooltip and in every table.
            BigDecimal amount = euroByYear.getOrDefault(year, BigDecimal.ZERO);
            XYChart.Data<String, Number> bar = new XYChart.Data<>(String.valueOf(year), amount.doubleValue());
            series.getData().add(bar);
            if (amount.signum() != 0) {
                String tip = donor + ", " + year + ": " + messages.euros(amount);
                bar.nodeProperty().addListener((observable, old, node) -> {
                    if (node != null) {
                        HoverTooltips.install(node, () -> tip);
                    }
                });
            }
        }
        return series;
    }

    private VBox section(String key, Node content) {
        Label title = new Label(messages.text(key));
        title.getStyleClass().add("title-4");
        VBox box = new VBox(8, title, content);
        return box;
    }

    private Node tile(String value, String caption, String id) {
        Label amount = new Label(value);
        amount.getStyleClass().add("title-3");
        amount.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        amount.setId(id);
        Label text = new Label(caption);
        text.getStyleClass().add("text-muted");
        text.setWrapText(true);
        VBox tile = new VBox(2, amount, text);
        tile.getStyleClass().add("dashboard-tile");
        tile.setPadding(new Insets(12, 18, 12, 18));
        tile.setMinWidth(220);
        tile.setPrefWidth(300);
        return tile;
    }

    private static Label right(Label label) {
        GridPane.setHalignment(label, HPos.RIGHT);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        return label;
    }
}

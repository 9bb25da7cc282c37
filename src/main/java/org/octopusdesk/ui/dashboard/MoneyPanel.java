package org.octopusdesk.ui.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
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
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.report.ReportWords;
import org.octopusdesk.ui.common.EstimateText;
import org.octopusdesk.ui.common.HoverTooltips;
import org.octopusdesk.ui.common.SlicedFill;
import org.octopusdesk.ui.common.StackedBarCanvas;
import org.octopusdesk.ui.common.StackedBars;
import org.octopusdesk.service.contributions.EuroEstimate;
import org.octopusdesk.service.contributions.MoneySummary;
import org.octopusdesk.service.contributions.OutstandingPledge;
import org.octopusdesk.service.contributions.Receipts;

/**
 * The money on the dashboard: what came in this year and in total by project, what is still expected (per
 * currency, and as an estimate in euros), the largest donors and the receipts by year and donor.
 */
final class MoneyPanel {

    /** The by-project table's style class once its last row is in. */
    static final String ALL_ROWS = "all-rows";
    private static final double TILE_GAP = 14;
    private static final double COLUMN_GAP = 24;
    private static final double DONORS_WIDTH = 360;
    /** Narrower than this, the receipts by project leave the donors' place beside them. */
    private static final double PROJECTS_LEAST_WIDTH = 400;

    private final Messages messages;
    private final VBox root = new VBox(14);
    /**
     * The panel's parts, a frame or so each: styled in one frame, the figures, their tables and the chart (then
     * JavaFX's, with a node for each of its hundreds of bars) held the FX thread for hundreds of milliseconds over
     * a million payments (decisions 0033, 0036). A newer summary replaces the parts still to come.
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
        // A row that wraps: in a window of 900 pixels three tiles in a row squeezed "EUR 2,740,551.01" past its frame.
        return new FlowPane(TILE_GAP, TILE_GAP,
                tile(messages.euros(summary.thisYear().total()), messages.text("dashboard.money.thisYear",
                        String.valueOf(year),
                        summary.asOf()), "money-this-year"),
                tile(messages.euros(summary.allTime().total()), messages.text("dashboard.money.allTime",
                        summary.asOf()), "money-all-time"),
                outstandingTile(summary));
    }

    /**
     * What is still expected: an estimate, with "≈", unless nothing is, or all of it was pledged in euros, which is
     * no estimate at all.
     */
    private Node outstandingTile(MoneySummary summary) {
        EuroEstimate outstanding = summary.outstandingEuros();
        String key = outstanding.nothing() ? "dashboard.money.nothingOutstanding"
                : outstanding.exact() ? "dashboard.money.outstandingInEuros" : "dashboard.money.outstanding";
        return tile(ReportWords.approximately(messages.euros(outstanding.euros()), !outstanding.exact()),
                messages.text(key, summary.asOf()), "money-outstanding");
    }

    /**
     * The receipts by project, with the largest donors beside them where the panel has room for both, else under
     * them: in a window of 900 pixels, side by side, the donors' amounts were cut at the window's edge.
     */
    private Node columns(MoneySummary summary) {
        VBox byProject = section("dashboard.money.byProject", byProject(summary));
        VBox donors = section("dashboard.money.topDonors", topDonors(summary));
        donors.setPrefWidth(DONORS_WIDTH);
        return new BesideOrUnder(byProject, donors, COLUMN_GAP, PROJECTS_LEAST_WIDTH);
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
        HoverTooltips.explain(label, messages.text(tooltipKey));
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
        List<String> categories = years.stream().map(String::valueOf).toList();
        List<StackedBars.Series> series = new ArrayList<>();
        byDonor.forEach((donor, euroByYear) -> series.add(new StackedBars.Series(donor, years.stream()
                .map(year -> euroByYear.getOrDefault(year, BigDecimal.ZERO)).toList(), !named.contains(donor))));
        StackedBars bars = new StackedBars(categories, series);
        // Drawn on a canvas, the bars cost no styling: JavaFX's chart took 20-60 ms of the FX thread for each
        // donor's bars over a million payments, however they were sliced (decision 0042).
        StackedBarCanvas chart = new StackedBarCanvas(messages.text("dashboard.money.chartAxis"),
                amount -> messages.number(amount.longValue()),
                (donor, year, euros) -> messages.text("dashboard.money.chartBar", donor, year, messages.euros(euros)));
        chart.setId("money-chart");
        chart.setBars(bars);
        int largest = largestYear(bars);
        chart.setAccessibleText(messages.text("dashboard.money.chartSummary", categories.get(0),
                categories.get(categories.size() - 1), categories.get(largest), messages.euros(bars.stack(largest))));
        return chart;
    }

    /** The index of the year whose donors gave the most, the earliest of equals. */
    private static int largestYear(StackedBars bars) {
        int largest = 0;
        for (int year = 1; year < bars.categories().size(); year++) {
            if (bars.stack(year).compareTo(bars.stack(largest)) > 0) {
                largest = year;
            }
        }
        return largest;
    }

    private VBox section(String key, Node content) {
        return DashboardView.section(messages.text(key), content);
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

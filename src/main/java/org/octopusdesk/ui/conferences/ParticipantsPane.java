package org.octopusdesk.ui.conferences;

import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.octopusdesk.domain.conference.Participant;
import org.octopusdesk.domain.conference.ParticipantCounts;
import org.octopusdesk.domain.conference.Sector;
import org.octopusdesk.domain.people.Permission;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.ColumnTitles;
import org.octopusdesk.ui.common.FittingBar;
import org.octopusdesk.ui.common.HoverTooltips;
import org.octopusdesk.ui.common.RoleControls;
import org.octopusdesk.report.Reports;
import org.octopusdesk.ui.common.Cells;
import org.octopusdesk.ui.common.Icons;
import org.octopusdesk.ui.common.TableSelection;

/**
 * The participants of an edition: why their data is kept, the sentence of the report, the register, and charts of
 * where they come from, their sectors and who was funded.
 */
final class ParticipantsPane {

    /** Countries shown by name in the chart; the others are added up in one bar. */
    private static final int COUNTRY_BARS = 10;

    private final ParticipantsViewModel viewModel;
    private final Messages messages;
    private final Window owner;
    private final RoleControls roles;
    private final VBox root = new VBox(8);
    private final Label sentence = new Label();
    private final HBox charts = new HBox(8);
    private final VBox sectorChart = new VBox();

    ParticipantsPane(ParticipantsViewModel viewModel, Messages messages, Window owner, RoleControls roles) {
        this.viewModel = viewModel;
        this.roles = roles;
        this.messages = messages;
        this.owner = owner;
        Label purpose = new Label(messages.text("participant.purpose"));
        purpose.setId("participants-purpose");
        purpose.setWrapText(true);
        purpose.getStyleClass().add("text-muted");
        purpose.setMinHeight(Region.USE_PREF_SIZE);
        sentence.setId("participants-sentence");
        sentence.getStyleClass().add("title-4");
        TableView<Participant> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().setAll(toolbar(), purpose, sentence, table, sectorChart, charts);
        root.setPadding(new Insets(6));
        root.setId("participants-pane");
        root.setMinWidth(0);
        charts.setMinWidth(0);
        viewModel.countsProperty().addListener((observable, old, counts) -> draw(counts));
        draw(viewModel.countsProperty().get());
    }

    Node node() {
        // The page scrolls down to its charts: fitted to the height, the charts squeezed the table to a row.
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        return scroll;
    }

    void register() {
        if (viewModel.conferenceProperty().get() != null) {
            open(null);
        }
    }

    private void open(Participant participant) {
        if (roles.refused(Permission.CHANGE_CONFERENCES)) {
            return;
        }
        new ParticipantEditorDialog(viewModel.editor(participant), messages, owner).showAndWait()
                .ifPresent(saved -> {
                    viewModel.selectedProperty().set(saved);
                    viewModel.reload();
                });
    }

    private Node toolbar() {
        Button add = new Button(messages.text("participant.new"), Icons.icon(Icons.NEW));
        add.setId("participant-new");
        add.setOnAction(event -> register());
        add.disableProperty().bind(viewModel.conferenceProperty().isNull());
        Button edit = new Button(messages.text("action.edit"), Icons.icon(Icons.EDIT));
        edit.setId("participant-edit");
        edit.setOnAction(event -> open(viewModel.selectedProperty().get()));
        Button delete = new Button(messages.text("action.delete"), Icons.icon(Icons.DELETE));
        delete.setId("participant-delete");
        delete.setOnAction(event -> roles.gated(Permission.CHANGE_CONFERENCES, viewModel::deleteSelected).run());
        edit.disableProperty().bind(viewModel.selectedHasDetails().not());
        delete.disableProperty().bind(viewModel.selectedProperty().isNull());
        Button export = new Button(messages.text("participant.export"), Icons.icon(Icons.EXPORT));
        export.setId("participant-export");
        HoverTooltips.explain(export, messages.text("participant.export.tooltip"));
        export.setOnAction(event -> chooseExport());
        export.disableProperty().bind(viewModel.selectedHasDetails().not());
        Button erase = new Button(messages.text("participant.erase"), Icons.icon(Icons.ERASE));
        erase.setId("participant-erase");
        HoverTooltips.explain(erase, messages.text("participant.erase.tooltip"));
        erase.setOnAction(event -> roles.gated(Permission.CHANGE_CONFERENCES, viewModel::eraseSelected).run());
        erase.disableProperty().bind(viewModel.selectedHasDetails().not());
        Button badges = new Button(messages.text("participant.badges"), Icons.icon(Icons.PDF));
        badges.setId("participant-badges");
        HoverTooltips.explain(badges, messages.text("participant.badges.tooltip"));
        badges.setOnAction(event -> chooseBadges());
        badges.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.participants()));
        Button duplicates = new Button(messages.text("participant.duplicates.open"));
        duplicates.setId("participant-duplicates");
        duplicates.setOnAction(event -> new DuplicatesDialog(viewModel, messages, owner, roles).showAndWait());
        duplicates.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.duplicates()));
        roles.guard(Permission.CHANGE_CONFERENCES, add, edit, delete, erase);
        // Two rows: the register's own actions, then the person's rights and what is printed from the register.
        HBox bar = new FittingBar(6, add, edit, delete, duplicates);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox rights = new FittingBar(6, export, erase, badges);
        rights.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, bar, rights);
    }

    private void chooseBadges() {
        if (viewModel.conferenceProperty().get() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("participant.badges.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        chooser.setInitialFileName(Reports.safeFileName(viewModel.conferenceProperty().get().title()) + " badges.pdf");
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            viewModel.writeBadgesTo(file.toPath());
        }
    }

    private void chooseExport() {
        Participant participant = viewModel.selectedProperty().get();
        if (participant == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("participant.export.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.text("participant.export.filter"),
                "*.json"));
        chooser.setInitialFileName(Reports.safeFileName(participant.name()) + ".json");
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            viewModel.exportSelectedTo(file.toPath());
        }
    }

    private TableView<Participant> table() {
        TableView<Participant> table = new TableView<>(viewModel.participants());
        table.setId("participants-table");
        table.setPlaceholder(new Label(messages.text("participant.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Each column at least as wide as its title, in French too (decision 0045).
        ColumnTitles.shownWhole(table);
        table.setPrefHeight(220);
        table.setMinHeight(180);
        table.getColumns().setAll(List.of(
                column("participant.name", viewModel::shownName, 150),
                column("participant.organisation", Participant::organisation, 130),
                column("participant.country", one -> viewModel.countryName(one.country()), 110),
                column("participant.sector", one -> messages.text(one.sector().messageKey()), 120),
                column("participant.funded", one -> messages.text(one.funded() ? "participant.yes"
                        : "participant.no"), 60),
                column("participant.listConsent", one -> one.listConsent() ? messages.date(one.consentDate())
                        : messages.text("participant.no"), 90)));
        TableSelection.link(table, viewModel.selectedProperty());
        TableSelection.actions(table, () -> open(viewModel.selectedProperty().get()),
                roles.gated(Permission.CHANGE_CONFERENCES, viewModel::deleteSelected));
        return table;
    }

    private TableColumn<Participant, String> column(String key, Function<Participant, String> value, double width) {
        TableColumn<Participant, String> column = new TableColumn<>(messages.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setCellFactory(ignored -> Cells.plain());
        return column;
    }

    private void draw(ParticipantCounts counts) {
        // "No participant from no country · none funded" said nothing in three ways: an empty edition says it once.
        sentence.setText(counts.participants() == 0 ? messages.text("participants.noneYet")
                : viewModel.sentence() + " · " + messages.text("participants.funded", counts.funded()));
        charts.getChildren().clear();
        sectorChart.getChildren().clear();
        if (counts.participants() == 0) {
            return;
        }
        XYChart.Series<String, Number> countries = new XYChart.Series<>();
        int shown = 0;
        int others = 0;
        for (Map.Entry<String, Integer> country : counts.byCountry().entrySet()) {
            if (shown++ < COUNTRY_BARS) {
                countries.getData().add(new XYChart.Data<>(viewModel.countryName(country.getKey()),
                        country.getValue()));
            } else {
                others += country.getValue();
            }
        }
        if (others > 0) {
            countries.getData().add(new XYChart.Data<>(messages.text("participants.otherCountries"), others));
        }
        XYChart.Series<Number, String> sectors = new XYChart.Series<>();
        // Bottom to top in the order of the list, so the chart reads like it from the top.
        for (int i = Sector.values().length - 1; i >= 0; i--) {
            Sector sector = Sector.values()[i];
            sectors.getData().add(new XYChart.Data<>(counts.bySector().get(sector),
                    messages.text(sector.messageKey())));
        }
        PieChart funded = new PieChart(javafx.collections.FXCollections.observableArrayList(
                new PieChart.Data(messages.text("participants.fundedSlice", counts.funded()), counts.funded()),
                new PieChart.Data(messages.text("participants.notFundedSlice", counts.notFunded()),
                        counts.notFunded())));
        funded.setTitle(messages.text("participants.chart.funded"));
        funded.setLabelsVisible(false);
        funded.setLegendVisible(true);
        funded.setId("participants-chart-funded");
        // The sectors' long names need the pane's width; countries and funding share the row below.
        BarChart<Number, String> bySector = sectorBars(sectors);
        bySector.setPrefHeight(230);
        bySector.setMinHeight(200);
        sectorChart.getChildren().setAll(bySector);
        charts.getChildren().setAll(bars("participants-chart-countries", "participants.chart.countries", countries),
                funded);
        charts.getChildren().forEach(chart -> {
            // Charts share the width they are given; the page never scrolls sideways for them.
            ((Region) chart).setPrefSize(260, 280);
            ((Region) chart).setMinSize(120, 240);
            HBox.setHgrow(chart, Priority.ALWAYS);
        });
    }

    private BarChart<Number, String> sectorBars(XYChart.Series<Number, String> series) {
        BarChart<Number, String> chart = new BarChart<>(wholeNumbers(), new CategoryAxis());
        chart.getData().add(series);
        chart.setTitle(messages.text("participants.chart.sectors"));
        // Six sectors in one series: thick bars, not the hairlines of the default gaps in a short chart.
        chart.setCategoryGap(6);
        chart.setBarGap(0);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setId("participants-chart-sectors");
        return chart;
    }

    private NumberAxis wholeNumbers() {
        NumberAxis values = new NumberAxis();
        values.setMinorTickVisible(false);
        values.setTickLabelFormatter(new NumberAxis.DefaultFormatter(values) {
            @Override
            public String toString(Number value) {
                // Whole people only: no "2.5" tick on a small edition.
                double number = value.doubleValue();
                return number == Math.rint(number) ? messages.number(value.intValue()) : "";
            }
        });
        return values;
    }

    private BarChart<String, Number> bars(String id, String titleKey, XYChart.Series<String, Number> series) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), wholeNumbers());
        chart.getData().add(series);
        chart.setTitle(messages.text(titleKey));
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setId(id);
        return chart;
    }
}

package org.octopusdesk.ui.reports;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.Choices;
import org.octopusdesk.ui.common.Forms;
import org.octopusdesk.ui.common.Icons;
import org.octopusdesk.ui.common.ListOnOpenComboBox;

/** The report's parameters: which report, donor and project pickers that search as you type, period, language. */
final class ReportFormPane {

    /** A date with its calendar button, whole in the theme's font: "31/12/2024". */
    private static final double DATE_WIDTH = 160;

    private final ReportsViewModel viewModel;
    private final Messages messages;
    private final VBox root = new VBox(10);

    ReportFormPane(ReportsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        ComboBox<ReportKind> kind = ListOnOpenComboBox.of(ReportKind.values());
        kind.setId("report-kind");
        kind.setConverter(Choices.shownAs(each -> messages.text(each.messageKey()), ""));
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        kind.setMaxWidth(Double.MAX_VALUE);
        SearchableComboBox<Donor> donor = Choices.searchableFilter("report-donor", viewModel.donors(), Donor::name,
                messages.text("report.donor.allDonors"));
        donor.valueProperty().bindBidirectional(viewModel.donorProperty());
        SearchableComboBox<Project> project = Choices.searchableFilter("report-project", viewModel.projects(),
                each -> each.code() + " \u2013 " + each.name(), messages.text("report.allProjects"));
        project.valueProperty().bindBidirectional(viewModel.projectProperty());
        VBox donorField = field("reports.donor", donor);
        donorField.visibleProperty().bind(viewModel.kindProperty().isEqualTo(ReportKind.DONOR));
        donorField.managedProperty().bind(donorField.visibleProperty());
        ComboBox<Conference> conference = Choices.filter("report-conference", viewModel.conferences(),
                Conference::title, "");
        conference.setMinWidth(0);
        conference.setMaxWidth(Double.MAX_VALUE);
        conference.valueProperty().bindBidirectional(viewModel.conferenceProperty());
        VBox conferenceField = field("reports.conference", conference);
        conferenceField.getChildren().add(problem("report-conference-problem", ReportsViewModel.CONFERENCE));
        conferenceField.visibleProperty().bind(viewModel.kindProperty().isEqualTo(ReportKind.CONFERENCE));
        conferenceField.managedProperty().bind(conferenceField.visibleProperty());
        ComboBox<PeriodPreset> preset = ListOnOpenComboBox.of(PeriodPreset.values());
        preset.setId("report-period");
        preset.setConverter(Choices.shownAs(each -> messages.text(each.messageKey()), ""));
        preset.valueProperty().bindBidirectional(viewModel.presetProperty());
        preset.setMaxWidth(Double.MAX_VALUE);
        DatePicker from = Forms.datePicker(messages);
        from.setId("report-from");
        from.valueProperty().bindBidirectional(viewModel.fromProperty());
        DatePicker to = Forms.datePicker(messages);
        to.setId("report-to");
        to.valueProperty().bindBidirectional(viewModel.toProperty());
        // A date typed by hand makes the period a custom one; a preset fills both dates itself.
        from.getEditor().setOnKeyTyped(event -> viewModel.presetProperty().set(PeriodPreset.CUSTOM));
        to.getEditor().setOnKeyTyped(event -> viewModel.presetProperty().set(PeriodPreset.CUSTOM));
        from.setOnAction(event -> customIfChanged());
        to.setOnAction(event -> customIfChanged());
        // Side by side when the form has room for both dates whole ("31/12/2024" lost its last digit at half the
        // form's width), one under the other when it has not.
        for (DatePicker date : new DatePicker[] {from, to}) {
            date.setPrefWidth(DATE_WIDTH);
            date.setMinWidth(DATE_WIDTH);
        }
        FlowPane datePair = new FlowPane(8, 6, field("reports.from", from), field("reports.to", to));
        VBox dates = new VBox(3, datePair, problem("report-period-problem", ReportsViewModel.PERIOD));
        ComboBox<String> language = new ListOnOpenComboBox<>(FXCollections.observableArrayList(Messages.LANGUAGES));
        language.setId("report-language");
        language.setConverter(Choices.shownAs(code -> messages.text("language." + code), ""));
        language.valueProperty().bindBidirectional(viewModel.languageProperty());
        language.setMaxWidth(Double.MAX_VALUE);
        Label title = new Label(messages.text("reports.title"));
        title.getStyleClass().add("title-3");
        Label hint = new Label(messages.text("reports.hint"));
        hint.getStyleClass().addAll("text-muted", "text-small");
        hint.setWrapText(true);
        // A conference report covers its edition: no project or period to choose.
        VBox projectField = field("reports.project", project);
        projectField.getChildren().add(problem("report-project-problem", ReportsViewModel.PROJECT));
        VBox periodField = field("reports.period", preset);
        for (javafx.scene.Node byPeriod : new javafx.scene.Node[] {projectField, periodField, dates}) {
            byPeriod.visibleProperty().bind(viewModel.kindProperty().isNotEqualTo(ReportKind.CONFERENCE));
            byPeriod.managedProperty().bind(byPeriod.visibleProperty());
        }
        // The notes are the secretariat's own: a donor's report leaves them out unless asked.
        CheckBox notes = new CheckBox(messages.text("reports.withNotes"));
        notes.setId("report-notes");
        notes.setWrapText(true);
        notes.selectedProperty().bindBidirectional(viewModel.withNotesProperty());
        notes.visibleProperty().bind(viewModel.kindProperty().isEqualTo(ReportKind.DONOR));
        notes.managedProperty().bind(notes.visibleProperty());
        root.getChildren().addAll(title, hint, field("reports.kind", kind), donorField, conferenceField,
                projectField, periodField, dates, field("reports.language", language), notes, actions());
        root.setPadding(new Insets(16));
        root.setPrefWidth(380);
        root.setMinWidth(300);
        root.setId("report-form");
    }

    Node root() {
        return root;
    }

    private void customIfChanged() {
        PeriodPreset chosen = viewModel.presetProperty().get();
        if (chosen != PeriodPreset.CUSTOM) {
            viewModel.presetProperty().set(PeriodPreset.CUSTOM);
        }
    }

    private Node actions() {
        Button generate = new Button(messages.text("reports.generate"), Icons.icon(Icons.PDF));
        generate.setId("report-generate");
        generate.setDefaultButton(true);
        generate.getStyleClass().add("accent");
        generate.setMaxWidth(Double.MAX_VALUE);
        generate.setOnAction(event -> viewModel.generate());
        generate.disableProperty().bind(viewModel.runningProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("report-progress");
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Button cancel = new Button(messages.text("reports.cancel"));
        cancel.setId("report-cancel");
        cancel.setOnAction(event -> viewModel.cancel());
        HBox working = new HBox(8, progress, cancel);
        HBox.setHgrow(progress, Priority.ALWAYS);
        working.visibleProperty().bind(viewModel.runningProperty());
        working.managedProperty().bind(working.visibleProperty());
        Label message = new Label();
        message.setId("report-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        message.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        VBox box = new VBox(8, generate, working, message);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    /** A refusal about one choice, under it; takes no room while there is none. */
    private Label problem(String id, String choice) {
        Label problem = new Label();
        problem.setId(id);
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemOf(choice));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return problem;
    }

    private VBox field(String key, Node control) {
        Label label = new Label(messages.text(key));
        label.setLabelFor(control);
        label.getStyleClass().add("text-small");
        return new VBox(3, label, control);
    }
}

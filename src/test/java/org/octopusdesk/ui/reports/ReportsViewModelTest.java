package org.octopusdesk.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.report.PdfChecks;
import org.octopusdesk.report.Reports;
import org.octopusdesk.service.PreferenceStore;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.SameThreadRunner;
import org.octopusdesk.ui.common.ScriptedDialogs;

/** The Reports area without the toolkit: presets, making a report, the preview, remembering, refusals. */
class ReportsViewModelTest {

    @TempDir
    Path folder;

    private TestDatabase database;
    private final Map<String, Map<String, String>> remembered = new HashMap<>();
    private final PreferenceStore preferences = new PreferenceStore() {
        @Override
        public Map<String, String> load(String group) {
            return remembered.getOrDefault(group, Map.of());
        }

        @Override
        public void save(String group, Map<String, String> values) {
            remembered.put(group, Map.copyOf(values));
        }
    };
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeEach
    void open() {
        database = TestDatabase.withRates(folder.resolve("data"));
        database.sampleData().load();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ReportsViewModel viewModel() {
        Messages messages = Messages.forLanguage("en");
        ReportsViewModel viewModel = new ReportsViewModel(Reports.of(database.asWorkspace(), Clock.systemUTC(), "t"),
                database.donors(), database.projects(), new SameThreadRunner(),
                new ErrorReporter(dialogs, messages, folder.resolve("log")), messages, () -> TestDatabase.TODAY,
                preferences);
        viewModel.reload();
        return viewModel;
    }

    @Test
    void presetsSetThePeriod() {
        ReportsViewModel reports = viewModel();

        assertThat(reports.fromProperty().get()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(reports.toProperty().get()).isEqualTo(LocalDate.of(2025, 12, 31));
        reports.presetProperty().set(PeriodPreset.SINCE_START);
        assertThat(reports.fromProperty().get()).isEqualTo(LocalDate.of(2020, 10, 19));
        assertThat(reports.toProperty().get()).isEqualTo(TestDatabase.TODAY);
        reports.presetProperty().set(PeriodPreset.THIS_YEAR);
        assertThat(reports.fromProperty().get()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void makesCanadasReportPreviewsItAndRemembersTheChoices() throws Exception {
        ReportsViewModel reports = viewModel();
        reports.donorProperty().set(reports.donors().stream().filter(donor -> donor.name().equals("Canada"))
                .findFirst().orElseThrow());
        reports.presetProperty().set(PeriodPreset.SINCE_START);
        reports.languageProperty().set("fr");

        reports.generate();

        GeneratedReport made = reports.generatedProperty().get();
        assertThat(made).isNotNull();
        assertThat(reports.progressProperty().get()).isEqualTo(1.0);
        assertThat(made.suggestedName()).startsWith("Rapport donateur – Canada");
        assertThat(PdfChecks.text(made.file())).contains("161\u00a0051,34", "CAD 250\u00a0000,00")
                .doesNotContain("Illustrative");
        ReportPreviewViewModel preview = new ReportPreviewViewModel(new SameThreadRunner(),
                new ErrorReporter(dialogs, Messages.forLanguage("en"), folder.resolve("log")));
        preview.show(made);
        assertThat(preview.pageCountProperty().get()).isEqualTo(made.pages());
        assertThat(preview.pictureProperty().get().getWidth()).isGreaterThan(500);
        preview.next();
        assertThat(preview.pageProperty().get()).isEqualTo(Math.min(1, made.pages() - 1));

        Path saved = folder.resolve("canada.pdf");
        reports.saveAs(saved);
        assertThat(Files.size(saved)).isEqualTo(Files.size(made.file()));
        assertThat(reports.messageProperty().get()).startsWith("Saved as ");

        reports.languageProperty().set("en");
        assertThat(reports.messageProperty().get()).as("the preview is of the French report")
                .startsWith("The choices changed since this report was made");
        assertThat(reports.generatedProperty().get()).isSameAs(made);

        reports.languageProperty().set("fr");
        reports.withNotesProperty().set(true);
        reports.generate();
        assertThat(PdfChecks.text(reports.generatedProperty().get().file()))
                .contains("Illustrative").as("the notes asked for");

        ReportsViewModel again = viewModel();
        assertThat(again.withNotesProperty().get()).as("remembered").isTrue();
        assertThat(again.donorProperty().get().name()).isEqualTo("Canada");
        assertThat(again.languageProperty().get()).isEqualTo("fr");
        assertThat(again.presetProperty().get()).isEqualTo(PeriodPreset.SINCE_START);
    }

    @Test
    void aCancelledReportLeavesNoneAndSaysSo() {
        ReportsViewModel reports = viewModel();
        reports.presetProperty().set(PeriodPreset.SINCE_START);
        reports.cancel();
        // Cancelled before it starts: the flag is reset by generate, so cancel while it runs instead.
        reports.progressProperty().addListener((observable, old, share) -> reports.cancel());

        reports.generate();

        assertThat(reports.generatedProperty().get()).isNull();
        assertThat(reports.messageProperty().get()).isEqualTo("The report was cancelled; nothing was written.");
        assertThat(reports.runningProperty().get()).isFalse();
    }

    @Test
    void makesTheReportOfAConferenceEditionChosenInTheListAndRemembersIt() throws Exception {
        ReportsViewModel reports = viewModel();
        reports.kindProperty().set(ReportKind.CONFERENCE);
        reports.generate();
        assertThat(reports.problemOf(ReportsViewModel.CONFERENCE).get())
                .isEqualTo("Choose the conference edition to report on.");
        assertThat(reports.messageProperty().get()).as("said beside the choice only").isEmpty();
        assertThat(reports.generatedProperty().get()).isNull();

        reports.conferenceProperty().set(reports.conferences().stream()
                .filter(edition -> edition.year() == 2019).findFirst().orElseThrow());
        reports.generate();

        GeneratedReport made = reports.generatedProperty().get();
        assertThat(made.suggestedName()).startsWith("Conference report – Octopus Conference 2019");
        assertThat(PdfChecks.text(made.file()).replaceAll("\\s+", " ")).contains("Council of Europe",
                "No participant is registered for this edition.");
        ReportsViewModel again = viewModel();
        assertThat(again.kindProperty().get()).isEqualTo(ReportKind.CONFERENCE);
        assertThat(again.conferenceProperty().get().year()).isEqualTo(2019);
    }

    @Test
    void aProjectReportNeedsAProject() {
        ReportsViewModel reports = viewModel();
        reports.kindProperty().set(ReportKind.PROJECT);
        reports.projectProperty().set(null);

        reports.generate();

        assertThat(reports.problemOf(ReportsViewModel.PROJECT).get()).isEqualTo("Choose the project of the report.");
        assertThat(reports.generatedProperty().get()).isNull();
        reports.projectProperty().set(reports.projects().get(0));
        assertThat(reports.problemOf(ReportsViewModel.PROJECT).get()).as("gone once a project is chosen").isEmpty();
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedBesideTheDatesUntilTheyChange() {
        ReportsViewModel reports = viewModel();
        reports.fromProperty().set(LocalDate.of(2024, 12, 31));
        reports.toProperty().set(LocalDate.of(2024, 1, 1));

        reports.generate();

        assertThat(reports.problemOf(ReportsViewModel.PERIOD).get())
                .isEqualTo("The period starts on 31/12/2024, after its end on 01/01/2024.");
        assertThat(reports.messageProperty().get()).isEmpty();
        assertThat(reports.generatedProperty().get()).isNull();

        reports.toProperty().set(LocalDate.of(2025, 1, 1));
        assertThat(reports.problemOf(ReportsViewModel.PERIOD).get()).isEmpty();

        reports.fromProperty().set(null);
        reports.generate();
        assertThat(reports.problemOf(ReportsViewModel.PERIOD).get()).isNotEmpty();
        reports.kindProperty().set(ReportKind.PROJECT);
        assertThat(reports.problemOf(ReportsViewModel.PERIOD).get()).as("another report, another form").isEmpty();
    }
}

package org.octopusdesk.ui.countries;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.country.Instrument;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.SameThreadRunner;
import org.octopusdesk.ui.common.ScriptedDialogs;

/** The chart's chosen country follows the chart: kept while its line is shown, let go when it is not. */
class TreatyChartViewModelTest {

    @TempDir
    Path folder;
    private TestDatabase database;
    private TreatyChartViewModel chart;

    @BeforeEach
    void open() {
        database = new TestDatabase(folder.resolve("data"));
        database.sampleData().load();
        Messages messages = Messages.forLanguage("en");
        ScriptedDialogs dialogs = new ScriptedDialogs();
        chart = new TreatyChartViewModel(database.treaties(), new SameThreadRunner(), dialogs,
                new ErrorReporter(dialogs, messages, folder.resolve("log")), messages, () -> LocalDate.of(2026, 12, 1));
        chart.reload();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anotherDateKeepsTheChosenCountry() {
        choose("AZ");

        chart.asOfProperty().set(LocalDate.of(2024, 6, 20));

        assertThat(chart.selectedProperty().get().country().code()).isEqualTo("AZ");
        assertThat(chart.visibleLines()).contains(chart.selectedProperty().get());
    }

    @Test
    void anInstrumentWithoutTheChosenCountryLetsItGo() {
        choose("AZ");

        chart.instrumentProperty().set(Instrument.CETS224);

        assertThat(chart.visibleLines()).noneMatch(line -> line.country().code().equals("AZ"));
        assertThat(chart.selectedProperty().get()).isNull();
    }

    private void choose(String code) {
        chart.selectedProperty().set(chart.visibleLines().stream().filter(line -> line.country().code().equals(code))
                .findFirst().orElseThrow());
    }
}

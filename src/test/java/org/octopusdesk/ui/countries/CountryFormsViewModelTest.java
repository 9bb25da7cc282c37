package org.octopusdesk.ui.countries;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.country.ChartFlag;
import org.octopusdesk.domain.country.Country;
import org.octopusdesk.domain.country.DepositKind;
import org.octopusdesk.domain.country.Instrument;
import org.octopusdesk.domain.country.TcyStatus;
import org.octopusdesk.domain.country.TreatyRecord;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.SameThreadRunner;
import org.octopusdesk.ui.common.ScriptedDialogs;

/** The country page's forms without a window: the service's rules shown beside their field, and what is saved. */
class CountryFormsViewModelTest {

    @TempDir
    Path folder;
    private TestDatabase database;
    private ErrorReporter errors;
    private final Messages messages = Messages.forLanguage("en");
    private Country benin;

    @BeforeEach
    void open() {
        database = new TestDatabase(folder.resolve("data"));
        errors = new ErrorReporter(new ScriptedDialogs(), messages, folder.resolve("log"));
        benin = database.countries().find("BJ").orElseThrow();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private TreatyLineEditorViewModel lineForm(Map<Instrument, TreatyRecord> lines, Instrument first) {
        return new TreatyLineEditorViewModel(database.treaties(), new SameThreadRunner(), errors, messages, benin,
                lines, first);
    }

    @Test
    void aRatificationBeforeTheSignatureIsRefusedBesideTheFieldAndNothingIsSaved() {
        TreatyLineEditorViewModel form = lineForm(Map.of(), Instrument.ETS185);
        form.signatureProperty().set(LocalDate.of(2024, 3, 1));
        form.depositProperty().set(LocalDate.of(2024, 2, 1));
        AtomicReference<TreatyRecord> saved = new AtomicReference<>();

        form.save(saved::set);

        assertThat(saved.get()).isNull();
        assertThat(form.fieldErrors().of(TreatyRecord.DEPOSIT).get()).contains("cannot be before the signature");
        assertThat(database.treaties().ofCountry("BJ")).isEmpty();
    }

    @Test
    void anOverrideWithoutItsReasonIsRefusedByTheServiceThenSavedWithIt() {
        TreatyLineEditorViewModel form = lineForm(Map.of(), Instrument.ETS185);
        form.depositProperty().set(LocalDate.of(2024, 3, 15));
        form.depositKindProperty().set(DepositKind.ACCESSION);
        // The rule gives 1 July 2024; the Treaty Office published another date.
        form.entryIntoForceProperty().set(LocalDate.of(2024, 8, 1));
        form.flag(ChartFlag.D).set(true);
        AtomicReference<TreatyRecord> saved = new AtomicReference<>();

        form.save(saved::set);
        assertThat(saved.get()).isNull();
        assertThat(form.fieldErrors().of(TreatyRecord.OVERRIDE_NOTE).get()).isNotEmpty();

        form.overrideNoteProperty().set("Date published by the Treaty Office");
        form.save(saved::set);

        assertThat(saved.get()).isNotNull();
        assertThat(database.treaties().ofCountry("BJ")).singleElement().satisfies(line -> {
            assertThat(line.record().depositKind()).isEqualTo(DepositKind.ACCESSION);
            assertThat(line.record().flags()).containsExactly(ChartFlag.D);
            assertThat(line.entryIntoForce()).contains(LocalDate.of(2024, 8, 1));
        });
    }

    @Test
    void pickingAnotherInstrumentShowsItsStoredLineKeepingItsSource() {
        TreatyRecord stored = new TreatyRecord("BJ", Instrument.CETS224, LocalDate.of(2022, 5, 12), null, null, null,
                "", java.util.Set.of(ChartFlag.R), "", "Treaty Office chart");
        database.treaties().save(stored);
        TreatyLineEditorViewModel form = lineForm(Map.of(Instrument.CETS224, stored), Instrument.ETS185);
        assertThat(form.signatureProperty().get()).isNull();

        form.instrumentProperty().set(Instrument.CETS224);
        assertThat(form.signatureProperty().get()).isEqualTo(LocalDate.of(2022, 5, 12));
        assertThat(form.flag(ChartFlag.R).get()).isTrue();
        form.noteProperty().set("Signed in Strasbourg");
        form.save(saved -> { });

        assertThat(database.treaties().ofCountry("BJ")).singleElement().satisfies(line -> {
            assertThat(line.record().note()).isEqualTo("Signed in Strasbourg");
            assertThat(line.record().source()).isEqualTo("Treaty Office chart");
        });
    }

    @Test
    void recordsAT_CyStatusFromADateAndAsksForTheDateFirst() {
        TcyStatusEditorViewModel form = new TcyStatusEditorViewModel(database.treaties(), new SameThreadRunner(),
                errors, messages, benin);
        form.statusProperty().set(TcyStatus.INVITED);
        form.save(saved -> { });
        assertThat(form.fieldErrors().of("validFrom").get()).isNotEmpty();

        form.fromProperty().set(LocalDate.of(2021, 5, 28));
        form.noteProperty().set("Invited to accede by the Committee of Ministers");
        form.save(saved -> { });

        assertThat(database.countries().tcyStatusOn("BJ", LocalDate.of(2021, 6, 1))).isEqualTo(TcyStatus.INVITED);
        assertThat(database.countries().statusHistory("BJ")).singleElement()
                .satisfies(entry -> assertThat(entry.note()).startsWith("Invited to accede"));
    }
}

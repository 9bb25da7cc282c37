package org.octopusdesk.service.countries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.country.ChartFlag;
import org.octopusdesk.domain.country.DepositKind;
import org.octopusdesk.domain.country.Instrument;
import org.octopusdesk.domain.country.TcyStatus;
import org.octopusdesk.domain.country.TcyStatusEntry;
import org.octopusdesk.domain.country.TreatyCounts;
import org.octopusdesk.domain.country.TreatyRecord;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.contributions.ImportProblem;

class TreatyServiceTest {

    @TempDir
    Path folder;
    private TestDatabase database;

    @BeforeEach
    void open() {
        database = new TestDatabase(folder);
    }

    @AfterEach
    void close() {
        database.close();
    }

    static String shippedChart() throws IOException {
        try (InputStream in = TreatyServiceTest.class.getResourceAsStream("/org/octopusdesk/sample/treaty_chart.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void findsCountriesByCodeAndByNameInEitherLanguage() {
        CountryService countries = database.countries();
        assertThat(countries.all()).hasSizeGreaterThan(240);
        assertThat(countries.byName("fr")).map(c -> c.nameFr()).contains("France");
        assertThat(countries.byName("ALLEMAGNE")).map(c -> c.code()).contains("DE");
        assertThat(countries.byName("cote d'ivoire")).map(c -> c.code()).contains("CI");
        assertThat(countries.byName("Netherlands, the Kingdom of the")).map(c -> c.code()).contains("NL");
        assertThat(countries.byName("Czech Republic")).map(c -> c.code()).contains("CZ");
        assertThat(countries.byName("Îles Åland")).map(c -> c.code()).contains("AX");
        assertThat(countries.byName("Kosovo")).map(c -> c.code()).contains("XK");
        assertThat(countries.byName("Atlantis")).isEmpty();
    }

    @Test
    void importsTheShippedChartAndCountsAsOfADate() throws IOException {
        int lines = database.treaties().importText(shippedChart(), "treaty_chart.csv");

        assertThat(lines).isEqualTo(91);
        TreatyCounts midJune2024 = database.treaties().counts(Instrument.ETS185, LocalDate.of(2024, 6, 20));
        // The partial chart has 23 deposits by that day (the Council counted 75 Parties): Benin, Fiji and Kiribati
        // acceded that very day, so the Convention was in force for 20 of them; 7 had signed only.
        assertThat(midJune2024.parties()).isEqualTo(23);
        assertThat(midJune2024.inForce()).isEqualTo(20);
        assertThat(midJune2024.signatoriesOnly()).isEqualTo(7);
        TreatyCounts end2004 = database.treaties().counts(Instrument.ETS185, LocalDate.of(2004, 12, 31));
        assertThat(end2004.parties()).isEqualTo(5);
        // CETS 224 on the day of the Council's release: "44 States have signed it and two more are already Parties".
        TreatyCounts protocol = database.treaties().counts(Instrument.CETS224, LocalDate.of(2024, 6, 20));
        assertThat(protocol.signatoriesOnly()).isEqualTo(44);
        assertThat(database.treaties().counts(Instrument.CETS224, LocalDate.of(2025, 1, 31)).parties()).isEqualTo(2);
        assertThat(database.treaties().counts(Instrument.CETS224, LocalDate.of(2025, 1, 31)).inForce()).isZero();

        ChartLine benin = database.treaties().ofCountry("BJ").get(0);
        assertThat(benin.record().depositKind()).isEqualTo(DepositKind.ACCESSION);
        assertThat(benin.entryIntoForce()).contains(LocalDate.of(2024, 10, 1));
        ChartLine germany = database.treaties().ofCountry("DE").get(0);
        assertThat(germany.entryIntoForce()).contains(LocalDate.of(2009, 7, 1));
        ChartLine austria = database.treaties().ofCountry("AT").get(0);
        assertThat(austria.record().flags()).containsExactlyInAnyOrder(ChartFlag.R, ChartFlag.D, ChartFlag.A);
        assertThat(database.audit().recordTypes()).contains(TreatyService.FILE_AUDIT_TYPE);
    }

    @Test
    void refusesAFileWholeAndListsEveryBadLine() throws IOException {
        String bad = "country,instrument,signature_date,ratification_date,entry_into_force_date\n"
                + "France,ETS 185,2001-11-23,2006-01-10,\n"
                + "Atlantis,ETS 185,2001-11-23,,\n"
                + "Spain,ETS 185,2005-01-01,2004-01-01,\n"
                + "Italy,ETS 999,2001-11-23,,\n"
                + "Fr,ETS185,2001-11-23,,\n"
                + "Greece,ETS 185,23/11/2001,,\n"
                + "Spain,ETS 185,2001-11-23,2004-01-01,\n";

        assertThatThrownBy(() -> database.treaties().importText(bad, "bad.csv"))
                .isInstanceOfSatisfying(TreatyImportException.class, refused -> assertThat(refused.problems())
                        .extracting(ImportProblem::line, ImportProblem::messageKey).containsExactly(
                                org.assertj.core.groups.Tuple.tuple(3, "error.treatyImport.unknownCountry"),
                                org.assertj.core.groups.Tuple.tuple(4, "validation.treaty.depositBeforeSignature"),
                                org.assertj.core.groups.Tuple.tuple(5, "error.treatyImport.unknownInstrument"),
                                org.assertj.core.groups.Tuple.tuple(6, "error.treatyImport.duplicate"),
                                org.assertj.core.groups.Tuple.tuple(7, "error.import.badDate"),
                                // Spain's first line was refused; the second repeats it all the same.
                                org.assertj.core.groups.Tuple.tuple(8, "error.treatyImport.duplicate")));
        assertThat(database.treaties().chart(Instrument.ETS185)).isEmpty();
    }

    @Test
    void refusesWhatTheHostileFilesBroughtInAnEarlierVersion() throws IOException {
        database.treaties().importText(shippedChart(), "treaty_chart.csv");
        int parties = database.treaties().chart(Instrument.ETS185).size();
        // Headers written as a person writes them are read; a line's dates before the treaty or still to come,
        // and a number that only starts like the treaty's, are refused, each on its line.
        String written = "Country,Instrument,Signature Date,Ratification Date,Entry into force\n"
                + "Andorra,ETS 1850,2001-11-23,,\n"
                + "Austria,CETS 2241,2022-05-12,,\n"
                + "United States,ETS 185,1800-01-01,1801-01-01,\n"
                + "Japan,ETS 189,2099-01-01,2099-02-01,\n";

        assertThatThrownBy(() -> database.treaties().importText(written, "written.csv"))
                .isInstanceOfSatisfying(TreatyImportException.class, refused -> assertThat(refused.problems())
                        .extracting(ImportProblem::line, ImportProblem::messageKey).containsExactly(
                                // "Entry into force" is not "entry_into_force_date": its dates would be lost.
                                org.assertj.core.groups.Tuple.tuple(1, "error.import.unreadColumn.near"),
                                org.assertj.core.groups.Tuple.tuple(2, "error.treatyImport.unknownInstrument"),
                                org.assertj.core.groups.Tuple.tuple(3, "error.treatyImport.unknownInstrument"),
                                org.assertj.core.groups.Tuple.tuple(4, "validation.treaty.beforeOpened"),
                                org.assertj.core.groups.Tuple.tuple(4, "validation.treaty.beforeOpened"),
                                org.assertj.core.groups.Tuple.tuple(5, "validation.treaty.future"),
                                org.assertj.core.groups.Tuple.tuple(5, "validation.treaty.future")));
        // A file without the dates' columns would have replaced every line it names with undated ones.
        assertThatThrownBy(() -> database.treaties().importText("country,instrument,notes\nFrance,ETS 185,x\n",
                "no-dates.csv")).isInstanceOfSatisfying(TreatyImportException.class, refused ->
                        assertThat(refused.problems()).extracting(ImportProblem::messageKey)
                                .containsExactly("error.csv.missingColumns"));
        assertThat(database.treaties().chart(Instrument.ETS185)).hasSize(parties);

        assertThat(database.treaties().importText("Country,Instrument,Signature Date,Ratification Date\n"
                + "Andorra,ETS 185,2013-04-23,2016-11-16\n", "andorra.csv")).isEqualTo(1);
    }

    @Test
    void aFileThatSaysNothingOfTheFlagsKeepsThemAndOneWithTheColumnSetsThem() throws IOException {
        database.treaties().importText(shippedChart(), "treaty_chart.csv");
        String austria = "country,instrument,signature_date,ratification_date\nAustria,ETS 185,2001-11-23,2012-06-13\n";

        database.treaties().importText(austria, "dates-only.csv");
        assertThat(database.treaties().ofCountry("AT").get(0).record().flags()).as("no flags column, no chart notes")
                .containsExactlyInAnyOrder(ChartFlag.R, ChartFlag.D, ChartFlag.A);

        database.treaties().importText("country,instrument,signature_date,ratification_date,flags\n"
                + "Austria,ETS 185,2001-11-23,2012-06-13,D\n", "flags.csv");
        assertThat(database.treaties().ofCountry("AT").get(0).record().flags()).containsExactly(ChartFlag.D);
        database.treaties().importText("country,instrument,signature_date,ratification_date,flags\n"
                + "Austria,ETS 185,2001-11-23,2012-06-13,\n", "no-flags.csv");
        assertThat(database.treaties().ofCountry("AT").get(0).record().flags()).as("an empty value is none").isEmpty();
    }

    @Test
    void theTcyStatusFollowsTheConventionThenTheRecordedStatuses() {
        database.treaties().recordStatus(new TcyStatusEntry("BJ", TcyStatus.INVITED, LocalDate.of(2022, 3, 1),
                "invited by the Committee of Ministers"));
        database.treaties().save(new TreatyRecord("BJ", Instrument.ETS185, null, LocalDate.of(2024, 6, 20),
                DepositKind.ACCESSION, null, "", Set.of(), "", ""));
        database.treaties().save(new TreatyRecord("IE", Instrument.ETS185, LocalDate.of(2002, 2, 28), null, null,
                null, "", Set.of(), "", ""));

        CountryService countries = database.countries();
        assertThat(countries.tcyStatusOn("BJ", LocalDate.of(2021, 1, 1))).isEqualTo(TcyStatus.NONE);
        assertThat(countries.tcyStatusOn("BJ", LocalDate.of(2023, 1, 1))).isEqualTo(TcyStatus.INVITED);
        assertThat(countries.tcyStatusOn("BJ", LocalDate.of(2024, 6, 20))).isEqualTo(TcyStatus.PARTY);
        assertThat(countries.tcyStatusOn("IE", LocalDate.of(2010, 1, 1))).isEqualTo(TcyStatus.OBSERVER);
        assertThat(database.treaties().counts(Instrument.ETS185, LocalDate.of(2023, 1, 1)).invited()).isEqualTo(1);
        assertThat(database.treaties().counts(Instrument.ETS185, LocalDate.of(2024, 7, 1)).invited()).isZero();
    }

    @Test
    void anEntryIntoForceEnteredAsTheRulesOwnDateNeedsNoNoteAndFollowsTheRule() {
        // Ratified on 8 July 2015: the rule gives the first day of the month after three months, 1 November.
        TreatyRecord asTheRule = new TreatyRecord("CA", Instrument.ETS185, LocalDate.of(2001, 11, 23),
                LocalDate.of(2015, 7, 8), DepositKind.RATIFICATION, LocalDate.of(2015, 11, 1), "", Set.of(), "", "");

        database.treaties().save(asTheRule);

        TreatyRecord saved = database.treaties().chart(Instrument.ETS185).stream()
                .filter(line -> line.record().countryCode().equals("CA")).findFirst().orElseThrow().record();
        assertThat(saved.entryIntoForceOverride()).as("no exception to the rule").isNull();
        assertThat(saved.entryIntoForce(Instrument.ETS185.inForceSince())).contains(LocalDate.of(2015, 11, 1));

        TreatyRecord aDayLater = new TreatyRecord("CA", Instrument.ETS185, LocalDate.of(2001, 11, 23),
                LocalDate.of(2015, 7, 8), DepositKind.RATIFICATION, LocalDate.of(2015, 11, 2), "", Set.of(), "", "");
        assertThatThrownBy(() -> database.treaties().save(aDayLater))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
                        .extracting(error -> error.messageKey())
                        .containsExactly("validation.treaty.overrideNoteRequired"));
    }

    @Test
    void refusesAnOverrideWithoutItsNoteAndAnUnknownCountry() {
        TreatyRecord unexplained = new TreatyRecord("FR", Instrument.ETS185, LocalDate.of(2001, 11, 23),
                LocalDate.of(2006, 1, 10), DepositKind.RATIFICATION, LocalDate.of(2006, 6, 1), "", Set.of(), "", "");
        assertThatThrownBy(() -> database.treaties().save(unexplained))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
                        .extracting(error -> error.messageKey())
                        .containsExactly("validation.treaty.overrideNoteRequired"));
        TreatyRecord nowhere = new TreatyRecord("QQ", Instrument.ETS185, LocalDate.of(2001, 11, 23), null, null,
                null, "", Set.of(), "", "");
        assertThatThrownBy(() -> database.treaties().save(nowhere))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
                        .extracting(error -> error.messageKey()).containsExactly("validation.country.unknown"));
    }
}

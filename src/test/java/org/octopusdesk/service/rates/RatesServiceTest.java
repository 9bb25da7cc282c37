package org.octopusdesk.service.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.money.Conversion;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.money.Money;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.domain.money.RateSource;
import org.octopusdesk.persistence.TestDatabase;

/**
 * Rates and conversion on real H2, with the ECB history shipped with the application. Loading it takes seconds,
 * so the tests that only read share one loaded database; those that write get an empty one of their own.
 */
class RatesServiceTest {

    @TempDir
    static Path sharedFolder;
    private static TestDatabase loaded;
    private static ImportReport firstLoad;
    private static final List<Double> PROGRESS = new ArrayList<>();

    @TempDir
    Path folder;
    private TestDatabase database;
    private RatesService rates;

    @BeforeAll
    static void loadHistory() {
        loaded = new TestDatabase(sharedFolder);
        firstLoad = loaded.rates().importShippedHistory(PROGRESS::add);
    }

    @AfterAll
    static void closeHistory() {
        loaded.close();
    }

    @BeforeEach
    void open() {
        database = new TestDatabase(folder.resolve("data"));
        rates = loaded.rates();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void loadsTheShippedHistoryOnceAndReportsProgress() {
        ImportReport second = rates.importShippedHistory(fraction -> { });

        assertThat(firstLoad.days()).isEqualTo(6983);
        assertThat(firstLoad.added()).isEqualTo(217_555);
        assertThat(firstLoad.conflicts()).isEmpty();
        assertThat(PROGRESS).isSorted().hasSizeGreaterThan(10).endsWith(1.0);
        assertThat(second.added()).isZero();
        assertThat(second.unchanged()).isEqualTo(firstLoad.added());
    }

    @Test
    void convertsCanadasContributionAsTheCouncilAnnouncedIt() {

        Conversion conversion = rates.convert(new BigDecimal("250000"), "CAD", LocalDate.of(2020, 10, 19));

        assertThat(conversion.euros().amount()).isEqualTo(new BigDecimal("161051.34"));
        assertThat(conversion.rate()).isEqualTo(ExchangeRate.ecb("CAD", LocalDate.of(2020, 10, 19),
                new BigDecimal("1.5523")));
    }

    @Test
    void aWeekendOrHolidayTakesTheLastPublication() {

        assertThat(rates.rateFor("CAD", LocalDate.of(2020, 10, 18)).date()).isEqualTo(LocalDate.of(2020, 10, 16));
        // Christmas and Boxing Day 2020 fell on Friday and Saturday: the 24th applies until Monday the 28th.
        assertThat(rates.rateFor("USD", LocalDate.of(2020, 12, 27)).date()).isEqualTo(LocalDate.of(2020, 12, 24));
    }

    @Test
    void aSuspendedCurrencyIsAnErrorNamingItsLastRate() {

        assertThatThrownBy(() -> rates.convert(new BigDecimal("1000"), "RUB", LocalDate.of(2022, 6, 1)))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("error.rate.gap");
                    assertThat(refused.arguments()).containsExactly("RUB", LocalDate.of(2022, 6, 1),
                            LocalDate.of(2022, 3, 1));
                });
    }

    @Test
    void theLatestEcbRateIsTheLastPublicationOnOrBeforeTheDateHoweverOld() {
        // A Sunday: the Friday before; years after the shipped history: its last day; before the euro: none.
        assertThat(rates.latestEcbRate("USD", LocalDate.of(2020, 12, 27)).orElseThrow().date())
                .isEqualTo(LocalDate.of(2020, 12, 24));
        assertThat(rates.latestEcbRate("USD", LocalDate.of(2040, 1, 1)).orElseThrow().date())
                .isEqualTo(LocalDate.of(2026, 4, 13));
        assertThat(rates.latestEcbRate("RUB", LocalDate.of(2026, 11, 28)).orElseThrow().date())
                .isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(rates.latestEcbRate("USD", LocalDate.of(1998, 12, 31))).isEmpty();
    }

    @Test
    void refusesUnknownCodesImpossibleAmountsAndEuros() {

        assertThatThrownBy(() -> rates.convert(BigDecimal.TEN, "XYZ", LocalDate.of(2020, 10, 19)))
                .hasFieldOrPropertyWithValue("messageKey", "validation.currency.unknown");
        assertThatThrownBy(() -> rates.convert(new BigDecimal("10.5"), "JPY", LocalDate.of(2020, 10, 19)))
                .hasFieldOrPropertyWithValue("messageKey", "validation.money.tooManyDecimalsFor");
        assertThatThrownBy(() -> rates.convert(BigDecimal.TEN, "EUR", LocalDate.of(2020, 10, 19)))
                .hasFieldOrPropertyWithValue("messageKey", "error.rate.euro");
        assertThat(rates.convert(new BigDecimal("1000"), "jpy", LocalDate.of(2020, 10, 19)).euros().amount())
                .isEqualTo(new BigDecimal("8.06"));
    }

    @Test
    void aDifferingPublishedValueIsReportedAndNotApplied() throws Exception {
        RatesService rates = database.rates();
        Path first = Files.writeString(folder.resolve("a.csv"), "Date,CAD,USD,\n2020-10-19,1.5523,1.1771,\n");
        Path second = Files.writeString(folder.resolve("b.csv"),
                "Date,CAD,USD,\n2020-10-20,1.5530,1.1784,\n2020-10-19,1.5600,1.17710,\n");
        rates.importFile(first, fraction -> { });

        ImportReport report = rates.importFile(second, fraction -> { });

        assertThat(report.days()).isEqualTo(2);
        assertThat(report.added()).isEqualTo(2);
        assertThat(report.unchanged()).isEqualTo(1);
        assertThat(report.conflicts()).containsExactly(new ImportReport.Conflict("CAD", LocalDate.of(2020, 10, 19),
                new BigDecimal("1.5523"), new BigDecimal("1.5600")));
        assertThat(rates.rateFor("CAD", LocalDate.of(2020, 10, 19)).unitsPerEuro()).isEqualTo(new BigDecimal("1.5523"));
    }

    @Test
    void aBadFileChangesNothing() throws Exception {
        RatesService rates = database.rates();
        Path bad = Files.writeString(folder.resolve("bad.csv"), "Date,CAD,\n2020-10-20,1.5530,\n2020-10-19,x,\n");

        assertThatThrownBy(() -> rates.importFile(bad, fraction -> { })).isInstanceOf(RatesFileException.class);

        assertThat(rates.hasRates()).isFalse();
    }

    @Test
    void manualRatesNeedANoteAndNeverReplaceAPublishedOne() throws Exception {
        RatesService rates = database.rates();
        rates.importFile(Files.writeString(folder.resolve("r.csv"),
                "Date,CAD,RUB,\n2022-03-01,1.4158,117.201,\n2020-10-19,1.5523,91.4401,\n"), fraction -> { });
        LocalDate published = LocalDate.of(2022, 3, 1);

        assertThatThrownBy(() -> rates.addManual("RUB", published, new BigDecimal("118"), " "))
                .hasFieldOrPropertyWithValue("messageKey", "validation.rate.noteRequired");
        // A manual rate for the very day the ECB published RUB: stored beside the ECB's, never instead of it.
        ExchangeRate manual = rates.addManual("RUB", published, new BigDecimal("118.5"), "Bank quote of 1 March");

        assertThat(manual.source()).isEqualTo(RateSource.MANUAL);
        assertThat(rates.history("RUB")).filteredOn(rate -> rate.date().equals(published))
                .extracting(ExchangeRate::source, ExchangeRate::unitsPerEuro)
                .containsExactlyInAnyOrder(tuple(RateSource.ECB, new BigDecimal("117.201")),
                        tuple(RateSource.MANUAL, new BigDecimal("118.5")));
        assertThat(rates.rateFor("RUB", published)).isEqualTo(ExchangeRate.ecb("RUB", published,
                new BigDecimal("117.201")));
        assertThat(rates.paymentRate("RUB", published).source()).isEqualTo(RateSource.ECB);
        assertThat(rates.convert(new BigDecimal("117201"), "RUB", published).euros())
                .isEqualTo(Money.euros(new BigDecimal("1000.00")));
        assertThatThrownBy(() -> rates.addManual("RUB", published, new BigDecimal("117"), "again"))
                .hasFieldOrPropertyWithValue("messageKey", "error.rate.manualExists");
    }

    @Test
    void aManualRateIsRefusedWithMoreDecimalsThanStoredAndConfirmedWhenFarFromTheEcb() throws Exception {
        RatesService rates = database.rates();
        rates.importFile(Files.writeString(folder.resolve("r.csv"), "Date,RUB,\n2022-03-01,117.201,\n"),
                fraction -> { });
        LocalDate june = LocalDate.of(2022, 6, 1);

        assertThatThrownBy(() -> rates.addManual("RUB", june, new BigDecimal("117.2010000001"), "Bank quote"))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
                        .containsExactly(FieldError.of(ManualRateRules.RATE, "validation.rate.tooManyDecimals", 8)));
        assertThatThrownBy(() -> rates.addManual("RUB", june, new BigDecimal("60.5"), "Bank statement"))
                .isInstanceOfSatisfying(RateDeviationException.class, far -> {
                    assertThat(far.percent()).isEqualByComparingTo("-48.4");
                    assertThat(far.lastEcb().date()).isEqualTo(LocalDate.of(2022, 3, 1));
                });
        assertThat(rates.manualRate("RUB", june)).isEmpty();

        ExchangeRate confirmed = rates.addManual("RUB", june, new BigDecimal("60.5"), "Bank statement",
                "confirmed although 48.4 % away from the ECB rate");
        ExchangeRate near = rates.addManual("RUB", june.plusDays(1), new BigDecimal("125.12345678"), "Bank quote");

        assertThat(confirmed.note()).isEqualTo("Bank statement — confirmed although 48.4 % away from the ECB rate");
        assertThat(rates.manualRate("RUB", june)).contains(confirmed);
        assertThat(near.note()).isEqualTo("Bank quote");
        assertThat(rates.manualRate("RUB", june.plusDays(1)).orElseThrow().unitsPerEuro())
                .isEqualByComparingTo("125.12345678");
    }

    @Test
    void importsAndManualRatesAreInTheAuditTrail() throws Exception {
        RatesService rates = database.rates();
        rates.importFile(Files.writeString(folder.resolve("eurofxref.csv"), "Date,CAD,\n2022-03-01,1.4158,\n"),
                fraction -> { });
        rates.addManual("RUB", LocalDate.of(2022, 6, 1), new BigDecimal("60.5"), "Bank statement");

        List<AuditEntry> trail = rates.auditTrail(10);

        assertThat(trail).extracting(AuditEntry::action).containsExactly(AuditEntry.Action.CREATE,
                AuditEntry.Action.IMPORT);
        assertThat(trail.get(0).recordKey()).isEqualTo("RUB 2022-06-01 MANUAL");
        assertThat(trail.get(0).newValues()).contains("rates.column.rate: 60.5", "rates.column.note: Bank statement");
        assertThat(trail.get(1).newValues()).isEqualTo("audit.rates.file: eurofxref.csv\n"
                + "audit.rates.origin: audit.rates.origin.imported\naudit.rates.days: 1\n"
                + "audit.rates.added: 1\naudit.rates.unchanged: 0\naudit.rates.conflicts: 0");
        assertThat(trail).allSatisfy(entry -> assertThat(entry.actor()).isEqualTo(TestDatabase.ACTOR));
    }

    @Test
    void listsTheCurrenciesThatHaveRates() {

        assertThat(rates.currenciesWithRates()).contains("CAD", "JPY", "RUB", "TRL").doesNotContain("EUR");
    }
}

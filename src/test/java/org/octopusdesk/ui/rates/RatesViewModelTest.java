package org.octopusdesk.ui.rates;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.rates.FakeEcbServer;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.SameThreadRunner;
import org.octopusdesk.ui.common.ScriptedDialogs;
import org.octopusdesk.service.rates.ManualRateRules;

/** The rates screen's view-models without the toolkit, on a small set of real ECB rates. */
class RatesViewModelTest {

    @TempDir
    Path folder;
    private TestDatabase database;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Messages messages = Messages.forLanguage("en");
    private ErrorReporter errors;

    @BeforeEach
    void open() throws Exception {
        database = new TestDatabase(folder.resolve("data"));
        errors = new ErrorReporter(dialogs, messages, folder.resolve("log"));
        database.rates().importFile(Files.writeString(folder.resolve("rates.csv"),
                "Date,USD,CAD,RUB,\n2022-03-01,1.1143,1.4158,117.201,\n2020-10-19,1.1771,1.5523,91.4401,\n"
                        + "2020-10-16,1.1708,1.5497,91.5767,\n"), share -> { });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void showsTheDollarFirstWithItsHistory() {
        RatesViewModel rates = new RatesViewModel(database.rates(), database.ratesUpdate(), new SameThreadRunner(),
                dialogs, errors, messages);

        rates.reload();

        assertThat(rates.currencies()).containsExactly("CAD", "RUB", "USD");
        assertThat(rates.currencyProperty().get()).isEqualTo("USD");
        assertThat(rates.history()).extracting(ExchangeRate::date).containsExactly(LocalDate.of(2020, 10, 16),
                LocalDate.of(2020, 10, 19), LocalDate.of(2022, 3, 1));
        rates.currencyProperty().set("RUB");
        assertThat(rates.history()).allMatch(rate -> rate.currency().equals("RUB"));
    }

    @Test
    void aManualRateSavedOfACurrencyWithNoRatesShowsThatCurrencyAndIsToBeSelected() {
        RatesViewModel rates = new RatesViewModel(database.rates(), database.ratesUpdate(), new SameThreadRunner(),
                dialogs, errors, messages);
        rates.reload();
        assertThat(rates.currencyProperty().get()).isEqualTo("USD");
        ExchangeRate saved = database.rates().addManual("XOF", LocalDate.of(2026, 11, 2), new BigDecimal("655.957"),
                "Fixed parity", "");

        rates.showSaved(saved);

        assertThat(rates.currencies()).containsExactly("CAD", "RUB", "USD", "XOF");
        assertThat(rates.currencyProperty().get()).isEqualTo("XOF");
        assertThat(rates.history()).extracting(ExchangeRate::date).containsExactly(LocalDate.of(2026, 11, 2));
        assertThat(rates.justSavedProperty().get()).as("for the screen to select").isEqualTo(saved);

        rates.reload();
        assertThat(rates.currencyProperty().get()).as("a later reload keeps it").isEqualTo("XOF");
    }

    @Test
    void theLineUnderTheChartNamesTheSourcesOfTheRatesShown() {
        RatesViewModel rates = new RatesViewModel(database.rates(), database.ratesUpdate(), new SameThreadRunner(),
                dialogs, errors, Messages.forLanguage("fr"));
        rates.reload();
        assertThat(rates.sourcesProperty().get()).isEqualTo("Source : statistiques de la BCE");

        rates.showSaved(database.rates().addManual("XOF", LocalDate.of(2026, 11, 2), new BigDecimal("655.957"),
                "Fixed parity", ""));
        assertThat(rates.sourcesProperty().get()).as("not credited to the ECB")
                .isEqualTo("Source : cours saisi manuellement");

        database.rates().addManual("USD", LocalDate.of(2022, 3, 2), new BigDecimal("1.12"), "Bank", "");
        rates.currencyProperty().set("USD");
        assertThat(rates.sourcesProperty().get())
                .isEqualTo("Sources : statistiques de la BCE ; cours saisi manuellement");
    }

    @Test
    void importsWithProgressAndReportsConflicts() throws Exception {
        RatesViewModel rates = new RatesViewModel(database.rates(), database.ratesUpdate(), new SameThreadRunner(),
                dialogs, errors, messages);
        Path file = Files.writeString(folder.resolve("new.csv"), "Date,USD,CAD,\n2020-10-19,1.1771,1.56,\n"
                + "2020-10-20,1.1784,1.5530,\n");
        List<Double> progress = new ArrayList<>();
        rates.importProgressProperty().addListener((observable, old, share) -> progress.add(share.doubleValue()));

        rates.importFile(file);

        assertThat(progress).isNotEmpty().endsWith(1.0);
        assertThat(rates.importingProperty().get()).isFalse();
        assertThat(dialogs.questions()).singleElement().asString()
                .startsWith("Days read: 2. Rates added: 2; already there: 1; in conflict (not applied): 1.")
                .contains("CAD on 19/10/2020 is stored as 1.5523; the file says 1.56.");
    }

    @Test
    void aBrokenFileIsExplainedAndLeavesTheRatesAsTheyWere() throws Exception {
        RatesViewModel rates = new RatesViewModel(database.rates(), database.ratesUpdate(), new SameThreadRunner(),
                dialogs, errors, messages);

        rates.importFile(Files.writeString(folder.resolve("broken.csv"), "Date,USD,\n2020-10-20,abc,\n"));

        assertThat(dialogs.errors()).singleElement().satisfies(shown ->
                assertThat(shown.message()).isEqualTo("broken.csv:2, USD: “abc” is not a rate: a number above zero, "
                        + "in plain digits (no exponent), at most 12 before the point and 8 after it."));
        assertThat(database.rates().history("USD")).hasSize(3);
    }

    @Test
    void updatesFromTheEcbWithProgressAndSaysWhatItAddedAndUpToWhen() {
        try (FakeEcbServer ecb = FakeEcbServer.start()) {
            ecb.serve("eurofxref-hist.zip", 200, FakeEcbServer.zip("eurofxref-hist.csv",
                    "Date,USD,CAD,\n2026-11-27,1.0500,1.4600,\n2026-11-26,1.0490,1.4590,\n"));
            RatesViewModel rates = updating(ecb);
            List<Double> progress = new ArrayList<>();
            List<String> statuses = new ArrayList<>();
            rates.importProgressProperty().addListener((observable, old, share) -> progress.add(share.doubleValue()));
            rates.updateStatusProperty().addListener((observable, old, status) -> statuses.add(status));

            rates.updateFromEcb();

            assertThat(progress).isNotEmpty().isSorted().endsWith(1.0);
            assertThat(statuses).startsWith("Connecting to the ECB…").contains("Downloading… 1 KB of 1 KB")
                    .endsWith("");
            assertThat(rates.updatingProperty().get()).isFalse();
            assertThat(rates.importingProperty().get()).isFalse();
            assertThat(dialogs.errors()).isEmpty();
            assertThat(dialogs.questions()).singleElement().asString()
                    .startsWith("Rates added: 4, from a file covering 26/11/2026 to 27/11/2026. The newest ECB rates "
                            + "stored are of 27/11/2026.")
                    .contains("Days read: 2. Rates added: 4; already there: 0; in conflict (not applied): 0.")
                    .endsWith("Downloaded " + ecb.base().resolve("eurofxref-hist.zip") + " (1 KB).");
            assertThat(rates.history()).extracting(ExchangeRate::date).endsWith(LocalDate.of(2026, 11, 27));
        }
    }

    @Test
    void aRefusedUpdateIsExplainedAndLeavesTheRatesAsTheyWere() {
        try (FakeEcbServer ecb = FakeEcbServer.start()) {
            ecb.serve("eurofxref-hist.zip", 500, new byte[0]);
            RatesViewModel rates = updating(ecb);

            rates.updateFromEcb();

            assertThat(dialogs.errors()).singleElement().satisfies(shown -> assertThat(shown.message())
                    .isEqualTo("The ECB refused the download of " + ecb.base().resolve("eurofxref-hist.zip")
                            + " (HTTP status 500). Nothing was changed."));
            assertThat(rates.updatingProperty().get()).isFalse();
            assertThat(database.rates().history("USD")).hasSize(3);
        }
    }

    @Test
    void cancelStopsTheDownloadQuietlyAndChangesNothing() {
        try (FakeEcbServer ecb = FakeEcbServer.start()) {
            ecb.serveStall("eurofxref-hist.zip", new byte[] {'P', 'K', 3, 4, 0, 0});
            RatesViewModel rates = updating(ecb);
            // The first bytes arrive, the server falls silent, and the person clicks Cancel.
            rates.updateStatusProperty().addListener((observable, old, status) -> {
                if (status.startsWith("Downloading")) {
                    rates.cancelUpdate();
                }
            });

            rates.updateFromEcb();

            assertThat(dialogs.errors()).isEmpty();
            assertThat(dialogs.questions()).isEmpty();
            assertThat(rates.updatingProperty().get()).isFalse();
            assertThat(database.rates().history("USD")).hasSize(3);
        }
    }

    private RatesViewModel updating(FakeEcbServer ecb) {
        return new RatesViewModel(database.rates(), database.ratesUpdate(ecb.base()), new SameThreadRunner(),
                dialogs, errors, messages);
    }

    @Test
    void convertsAndExplainsWhatItUsed() {
        ConverterViewModel converter = new ConverterViewModel(database.rates(), new SameThreadRunner(), errors,
                Messages.forLanguage("fr"), LocalDate.of(2020, 10, 19));
        converter.amountProperty().set("250 000");
        converter.currencyProperty().set("CAD");

        converter.convert();

        assertThat(converter.resultProperty().get()).isEqualTo("CAD 250\u00a0000,00 = EUR 161\u00a0051,34");
        assertThat(converter.detailProperty().get()).startsWith("Au cours de 1 EUR = 1,5523 CAD, cours du 19/10/2020");

        converter.valueDateProperty().set(LocalDate.of(2020, 10, 18));
        converter.convert();
        assertThat(converter.detailProperty().get()).contains("cours du 16/10/2020");

        converter.amountProperty().set("deux cents");
        converter.convert();
        assertThat(converter.amountErrorProperty().get()).startsWith("Ce n’est pas un nombre");
        assertThat(converter.resultProperty().get()).isEmpty();
    }

    @Test
    void theConverterStartsOnTheShownCurrencyAndAsksForOneWhenThereIsNone() {
        ConverterViewModel converter = new ConverterViewModel(database.rates(), new SameThreadRunner(), errors,
                messages, LocalDate.of(2020, 10, 19));
        var shown = new javafx.beans.property.SimpleObjectProperty<>("USD");
        converter.followCurrency(shown);
        assertThat(converter.currencyProperty().get()).isEqualTo("USD");

        shown.set("CAD");
        assertThat(converter.currencyProperty().get()).as("following the area's currency").isEqualTo("CAD");
        converter.currencyProperty().set("JPY");
        shown.set("GBP");
        assertThat(converter.currencyProperty().get()).as("the currency the person typed kept").isEqualTo("JPY");

        converter.currencyProperty().set(" ");
        converter.amountProperty().set("1000");
        converter.convert();
        assertThat(converter.problemProperty().get()).isEqualTo("Choose the currency of the amount.");
        assertThat(converter.resultProperty().get()).isEmpty();

        shown.set("USD");
        assertThat(converter.problemProperty().get()).as("a refusal about another currency goes").isEmpty();
        converter.convert();
        assertThat(converter.resultProperty().get()).startsWith("USD 1,000.00 = EUR");
        converter.valueDateProperty().set(LocalDate.of(2020, 10, 16));
        assertThat(converter.resultProperty().get()).as("an answer about another day goes").isEmpty();
    }

    @Test
    void aManualRateNeedsItsNoteFitsTheColumnAndIsConfirmedWhenFarFromTheEcb() {
        ManualRateViewModel manual = new ManualRateViewModel(database.rates(), new SameThreadRunner(), dialogs,
                errors, messages, "RUB", LocalDate.of(2022, 6, 1));
        List<ExchangeRate> saved = new ArrayList<>();
        manual.rateProperty().set("60.123456789");

        manual.save(saved::add);
        assertThat(manual.fieldErrors().of(ManualRateRules.NOTE).get())
                .isEqualTo("Say where a manual rate comes from.");
        assertThat(manual.fieldErrors().of(ManualRateRules.RATE).get()).startsWith("At most 8 decimals");

        manual.rateProperty().set("60.5");
        manual.noteProperty().set("Bank statement of 1 June 2022");
        dialogs.answering(false);
        manual.save(saved::add);
        assertThat(saved).isEmpty();
        assertThat(dialogs.questions()).singleElement().asString()
                .isEqualTo("EUR 1 = 60.5 RUB is -48.4 % away from the last ECB rate, EUR 1 = 117.201 RUB of "
                        + "01/03/2022. Is the rate right?");

        dialogs.answering(true);
        manual.save(saved::add);
        assertThat(manual.fieldErrors().any().get()).isFalse();
        assertThat(saved).singleElement().satisfies(rate -> assertThat(rate.note()).isEqualTo(
                "Bank statement of 1 June 2022 — confirmed although -48.4 % away from the ECB rate 117.201 of "
                        + "01/03/2022"));
        assertThat(database.rates().manualRate("RUB", LocalDate.of(2022, 6, 1))).contains(saved.get(0));
    }

    @Test
    void theConverterFallsBackToAManualRateExactlyAsAPaymentDoes() {
        ConverterViewModel converter = new ConverterViewModel(database.rates(), new SameThreadRunner(), errors,
                messages, LocalDate.of(2022, 6, 3));
        converter.amountProperty().set("66500");
        converter.currencyProperty().set("RUB");
        converter.convert();
        assertThat(converter.problemProperty().get()).contains("01/03/2022");

        database.rates().addManual("RUB", LocalDate.of(2022, 6, 1), new BigDecimal("66.5"), "Bank quote", "confirmed");
        converter.convert();

        assertThat(converter.problemProperty().get()).isEmpty();
        assertThat(converter.resultProperty().get()).isEqualTo("RUB 66,500.00 = EUR 1,000.00");
        assertThat(converter.detailProperty().get()).contains("66.5000 RUB", "01/06/2022", "(manual rate)");
    }
}

package org.octopusdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.money.Conversion;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.rates.FakeEcbServer;

/**
 * The conversion line of the money forms, when the stored rates stop before the value date: it offers the update
 * from the ECB only where that can help, runs it, and converts again.
 */
class ConversionPreviewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);
    private static final LocalDate PAID = LocalDate.of(2026, 4, 30);

    @TempDir
    Path folder;
    private final Messages messages = Messages.forLanguage("en");
    private final FakeEcbServer ecb = FakeEcbServer.start();
    private TestDatabase database;
    private ConversionPreview preview;

    @BeforeEach
    void open() throws Exception {
        database = new TestDatabase(folder.resolve("data"), TODAY);
        database.rates().importFile(Files.writeString(folder.resolve("eurofxref.csv"),
                "Date,CAD,RUB,\n2026-04-13,1.5500,N/A,\n2022-03-01,1.4158,117.201,\n"), share -> { });
        preview = new ConversionPreview(new SameThreadRunner(), new ErrorReporter(new ScriptedDialogs(), messages,
                folder.resolve("log")), messages, "payment.preview.euro");
    }

    @AfterEach
    void close() {
        ecb.close();
        database.close();
    }

    private void convert(String currency) {
        preview.ask(() -> database.rates().convert(new BigDecimal("250000"), currency, PAID), Conversion::euros,
                conversion -> Optional.of(conversion.rate()));
    }

    @Test
    void offersTheUpdateForAMissingRecentRateThenConvertsAgain() {
        ecb.serve("eurofxref-hist-90d.xml", 200, FakeEcbServer.xml(Map.of(PAID, Map.of("CAD", "1.5523"))));
        preview.offerRatesUpdate(database.ratesUpdate(ecb.base()));

        convert("CAD");
        assertThat(preview.problemProperty().get()).isTrue();
        assertThat(preview.textProperty().get()).contains("13/04/2026");
        assertThat(preview.updateOfferedProperty().get()).isTrue();

        preview.updateRates();

        assertThat(preview.problemProperty().get()).isFalse();
        assertThat(preview.textProperty().get()).startsWith("EUR 161,051.34").contains("1.5523", "30/04/2026");
        assertThat(preview.updateOfferedProperty().get()).isFalse();
        assertThat(preview.updatingProperty().get()).isFalse();
    }

    @Test
    void aFailedUpdateSaysWhyAndStaysOffered() {
        ecb.serve("eurofxref-hist-90d.xml", 404, new byte[0]);
        preview.offerRatesUpdate(database.ratesUpdate(ecb.base()));
        convert("CAD");

        preview.updateRates();

        assertThat(preview.problemProperty().get()).isTrue();
        assertThat(preview.textProperty().get()).startsWith("The ECB refused the download of ")
                .endsWith("(HTTP status 404). Nothing was changed.");
        assertThat(preview.updateOfferedProperty().get()).isTrue();
    }

    @Test
    void noOfferWhereAnUpdateCannotHelpOrTheFormDoesNotAllowIt() {
        convert("CAD");
        assertThat(preview.problemProperty().get()).isTrue();
        assertThat(preview.updateOfferedProperty().get()).isFalse();

        preview.offerRatesUpdate(database.ratesUpdate(ecb.base()));
        // The ECB stopped publishing the rouble on 1 March 2022: no update brings a rate of April 2026.
        convert("RUB");
        assertThat(preview.problemProperty().get()).isTrue();
        assertThat(preview.updateOfferedProperty().get()).isFalse();

        convert("CAD");
        assertThat(preview.updateOfferedProperty().get()).isTrue();
        preview.incomplete("Enter the amount.");
        assertThat(preview.updateOfferedProperty().get()).isFalse();
        assertThat(ecb.requested()).isEmpty();
    }
}

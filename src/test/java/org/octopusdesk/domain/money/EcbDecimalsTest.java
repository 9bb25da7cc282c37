package org.octopusdesk.domain.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Rates read as the ECB published them: its own decimals per currency, trailing zeros restored, nothing rounded. */
class EcbDecimalsTest {

    @Test
    void restoresTheZerosTheEcbFilesDrop() {
        assertThat(shown("1.15", "USD")).isEqualTo("1.1500");
        assertThat(shown("1.5523", "CAD")).isEqualTo("1.5523");
        assertThat(shown("162.9", "JPY")).isEqualTo("162.90");
        assertThat(shown("0.8706", "GBP")).isEqualTo("0.87060");
        assertThat(shown("24.3", "CZK")).isEqualTo("24.300");
        assertThat(shown("366.9", "HUF")).isEqualTo("366.90");
    }

    @Test
    void keepsEveryDecimalOfALongerRateAndTheStoredScaleDoesNotMatter() {
        assertThat(shown("1.47058824", "CAD")).as("a bank's implied rate").isEqualTo("1.47058824");
        assertThat(shown("1.15000000", "USD")).as("as NUMERIC(20, 8) returns it").isEqualTo("1.1500");
        assertThat(EcbDecimals.asPublished(new BigDecimal("1.15000000"), "USD"))
                .isEqualByComparingTo("1.15");
    }

    @Test
    void aRateOfTheRecordShowsItsCurrencysScale() {
        ExchangeRate rate = ExchangeRate.ecb("USD", LocalDate.of(2023, 7, 14), new BigDecimal("1.12"));
        assertThat(rate.asPublished().toPlainString()).isEqualTo("1.1200");
        assertThat(rate.unitsPerEuro()).as("the value itself is kept").isEqualByComparingTo("1.12");
    }

    private static String shown(String rate, String currency) {
        return EcbDecimals.asPublished(new BigDecimal(rate), currency).toPlainString();
    }
}

package org.octopusdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.contributions.EuroEstimate;

/**
 * An estimate says it is one; nothing still expected, or amounts all in euros, are no estimate and say so plainly.
 */
class ReportWordsEstimateTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Test
    void somethingStillExpectedIsAnEstimateAtTheDaysRates() {
        ReportWords english = new ReportWords(Messages.forLanguage("en"), ZoneOffset.UTC);

        assertThat(english.estimate(new EuroEstimate(new BigDecimal("1250.50"), DAY, DAY, List.of(), true)))
                .startsWith("about EUR 1,250.50, an estimate at the ECB rates of 01/12/2026");
    }

    @Test
    void whatIsStillExpectedInEurosIsNoEstimate() {
        EuroEstimate inEuros = new EuroEstimate(new BigDecimal("30000.00"), DAY, DAY, List.of(), false);

        assertThat(new ReportWords(Messages.forLanguage("en"), ZoneOffset.UTC).estimate(inEuros))
                .isEqualTo("EUR 30,000.00, pledged in euros");
        assertThat(new ReportWords(Messages.forLanguage("fr"), ZoneOffset.UTC).estimate(inEuros))
                .isEqualTo("EUR 30\u00a0000,00, promis en euros");
        assertThat(ReportWords.approximately("EUR 30,000.00", false)).isEqualTo("EUR 30,000.00");
        assertThat(ReportWords.approximately("EUR 30,000.00", true)).isEqualTo("\u2248 EUR 30,000.00");
    }

    @Test
    void nothingStillExpectedIsNoEstimate() {
        EuroEstimate nothing = new EuroEstimate(BigDecimal.ZERO.setScale(2), DAY, DAY, List.of(), false);

        assertThat(new ReportWords(Messages.forLanguage("en"), ZoneOffset.UTC).estimate(nothing)).isEqualTo("nothing");
        assertThat(new ReportWords(Messages.forLanguage("fr"), ZoneOffset.UTC).estimate(nothing)).isEqualTo("rien");
    }

    @Test
    void zeroWithACurrencyLeftOutForWantOfARateIsStillAnEstimate() {
        EuroEstimate partial = new EuroEstimate(BigDecimal.ZERO, DAY, DAY, List.of("XYZ"), true);

        assertThat(new ReportWords(Messages.forLanguage("en"), ZoneOffset.UTC).estimate(partial))
                .contains("Not included, for want of any ECB rate: XYZ.");
    }
}

package org.octopusdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.contributions.EuroEstimate;

/** An estimate says it is one; nothing still expected is no estimate and says so plainly. */
class ReportWordsEstimateTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Test
    void somethingStillExpectedIsAnEstimateAtTheDaysRates() {
        ReportWords english = new ReportWords(Messages.forLanguage("en"), ZoneOffset.UTC);

        assertThat(english.estimate(new EuroEstimate(new BigDecimal("1250.50"), DAY, DAY, List.of())))
                .startsWith("about EUR 1,250.50, an estimate at the ECB rates of 01/12/2026");
    }

    @Test
    void nothingStillExpectedIsNoEstimate() {
        EuroEstimate nothing = new EuroEstimate(BigDecimal.ZERO.setScale(2), DAY, DAY, List.of());

        assertThat(new ReportWords(Messages.forLanguage("en"), ZoneOffset.UTC).estimate(nothing)).isEqualTo("nothing");
        assertThat(new ReportWords(Messages.forLanguage("fr"), ZoneOffset.UTC).estimate(nothing)).isEqualTo("rien");
    }

    @Test
    void zeroWithACurrencyLeftOutForWantOfARateIsStillAnEstimate() {
        EuroEstimate partial = new EuroEstimate(BigDecimal.ZERO, DAY, DAY, List.of("XYZ"));

        assertThat(new ReportWords(Messages.forLanguage("en"), ZoneOffset.UTC).estimate(partial))
                .contains("Not included, for want of any ECB rate: XYZ.");
    }
}

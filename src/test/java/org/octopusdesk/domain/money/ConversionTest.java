package org.octopusdesk.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.octopusdesk.domain.DomainException;

class ConversionTest {

    private static final CurrencyInfo CAD = new CurrencyInfo("CAD", "Canadian Dollar", 2, true);
    private static final CurrencyInfo JPY = new CurrencyInfo("JPY", "Yen", 0, true);
    private static final CurrencyInfo KWD = new CurrencyInfo("KWD", "Kuwaiti Dinar", 3, true);

    @Test
    void canadasContributionIsTheAnnouncedAmount() {
        LocalDate day = LocalDate.of(2020, 10, 19);
        ExchangeRate rate = ExchangeRate.ecb("CAD", day, new BigDecimal("1.5523"));

        Conversion conversion = Conversion.at(Money.of(new BigDecimal("250000"), CAD), day, rate);

        assertThat(conversion.euros()).isEqualTo(Money.euros(new BigDecimal("161051.34")));
        assertThat(conversion.rate().unitsPerEuro()).isEqualTo(new BigDecimal("1.5523"));
        assertThat(conversion.original().amount()).isEqualTo(new BigDecimal("250000.00"));
    }

    @Test
    void roundsOnlyTheResultHalfUpToTheCent() {
        ExchangeRate rate = ExchangeRate.ecb("JPY", LocalDate.of(2020, 1, 2), new BigDecimal("200"));

        // 1 / 200 = 0.005 exactly: half up gives a cent
        assertThat(Conversion.at(Money.of(BigDecimal.ONE, JPY), rate.date(), rate).euros().amount())
                .isEqualTo(new BigDecimal("0.01"));
        // 0.999 / 200 = 0.004995: below half a cent
        ExchangeRate dinar = ExchangeRate.ecb("KWD", rate.date(), new BigDecimal("200"));
        assertThat(Conversion.at(Money.of(new BigDecimal("0.999"), KWD), rate.date(), dinar).euros().amount())
                .isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void aWeekendUsesFridaysRate() {
        ExchangeRate friday = ExchangeRate.ecb("CAD", LocalDate.of(2020, 10, 16), new BigDecimal("1.5497"));

        assertThat(Conversion.applicableRate("CAD", LocalDate.of(2020, 10, 18), Optional.of(friday))).isEqualTo(friday);
        assertThat(Conversion.applicableRate("CAD", LocalDate.of(2020, 10, 20), Optional.of(friday))).isEqualTo(friday);
    }

    @Test
    void aGapOfMoreThanFourDaysIsAnErrorNamingTheLastDate() {
        ExchangeRate last = ExchangeRate.ecb("RUB", LocalDate.of(2022, 3, 1), new BigDecimal("117.201"));

        assertThatThrownBy(() -> Conversion.applicableRate("RUB", LocalDate.of(2022, 3, 6), Optional.of(last)))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("error.rate.gap");
                    assertThat(refused.arguments()).containsExactly("RUB", LocalDate.of(2022, 3, 6),
                            LocalDate.of(2022, 3, 1));
                });
        assertThatThrownBy(() -> Conversion.applicableRate("RUB", LocalDate.of(2022, 3, 6), Optional.empty()))
                .hasFieldOrPropertyWithValue("messageKey", "error.rate.none");
    }

    @Test
    void ratesAreAboveZeroAndNotBeforeTheEuro() {
        assertThatThrownBy(() -> ExchangeRate.ecb("CAD", LocalDate.of(2020, 1, 2), BigDecimal.ZERO))
                .hasFieldOrPropertyWithValue("messageKey", "validation.rate.notPositive");
        assertThatThrownBy(() -> ExchangeRate.ecb("CAD", LocalDate.of(2020, 1, 2), new BigDecimal("-1.5")))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> ExchangeRate.ecb("CAD", LocalDate.of(1998, 12, 31), BigDecimal.ONE))
                .hasFieldOrPropertyWithValue("messageKey", "validation.rate.beforeEuro");
    }

    @Test
    void theSamePublicationWithTheSameValueIsRecognisedWhateverTheScale() {
        ExchangeRate stored = ExchangeRate.ecb("CAD", LocalDate.of(2020, 1, 2), new BigDecimal("1.5520"));

        assertThat(stored.sameValueAs(ExchangeRate.ecb("CAD", LocalDate.of(2020, 1, 2), new BigDecimal("1.552"))))
                .isTrue();
        assertThat(stored.sameValueAs(ExchangeRate.ecb("CAD", LocalDate.of(2020, 1, 2), new BigDecimal("1.553"))))
                .isFalse();
    }
}

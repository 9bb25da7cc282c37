package org.octopusdesk.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.octopusdesk.domain.DomainException;

class MoneyTest {

    private static final CurrencyInfo CAD = new CurrencyInfo("CAD", "Canadian Dollar", 2, true);
    private static final CurrencyInfo JPY = new CurrencyInfo("JPY", "Yen", 0, true);
    private static final CurrencyInfo BHD = new CurrencyInfo("BHD", "Bahraini Dinar", 3, true);
    private static final CurrencyInfo XDR = new CurrencyInfo("XDR", "SDR", null, true);

    @Test
    void amountsTakeTheScaleOfTheirCurrency() {
        assertThat(Money.of(new BigDecimal("250000"), CAD).amount()).isEqualTo(new BigDecimal("250000.00"));
        assertThat(Money.of(new BigDecimal("1500"), JPY).amount()).isEqualTo(new BigDecimal("1500"));
        assertThat(Money.of(new BigDecimal("1.5"), BHD).amount()).isEqualTo(new BigDecimal("1.500"));
        assertThat(Money.of(new BigDecimal("12.00"), JPY).amount()).isEqualTo(new BigDecimal("12"));
    }

    @Test
    void moreDecimalsThanTheCurrencyHasAreRefused() {
        assertThatThrownBy(() -> Money.of(new BigDecimal("0.5"), JPY))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("validation.money.tooManyDecimalsFor");
                    assertThat(refused.arguments()).containsExactly("JPY", 0);
                });
        assertThatThrownBy(() -> Money.of(new BigDecimal("10.001"), CAD)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Money.of(new BigDecimal("1.0001"), BHD)).isInstanceOf(DomainException.class);
    }

    @Test
    void currenciesWithoutMinorUnitsKeepWhatTheyAreGiven() {
        assertThat(Money.of(new BigDecimal("1.23456"), XDR).amount()).isEqualTo(new BigDecimal("1.23456"));
    }

    @Test
    void neverAddsTwoCurrencies() {
        Money cad = Money.of(BigDecimal.TEN, CAD);

        assertThat(cad.plus(cad).amount()).isEqualTo(new BigDecimal("20.00"));
        assertThatThrownBy(() -> cad.plus(Money.euros(BigDecimal.ONE))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void euroAmountsAreAtTheCentOrRefused() {
        assertThat(Money.euros(new BigDecimal("161051.3")).amount()).isEqualTo(new BigDecimal("161051.30"));
        assertThatThrownBy(() -> Money.euros(new BigDecimal("161051.345")))
                .isInstanceOfSatisfying(DomainException.class, refused ->
                        assertThat(refused.arguments()).containsExactly("EUR", 2));
    }

    @Test
    void arithmeticStaysAtTheMinorUnitAndInOneCurrency() {
        Money pledged = Money.of(new BigDecimal("30000"), BHD);
        Money paid = Money.of(new BigDecimal("30000.125"), BHD);

        assertThat(pledged.minus(paid).amount()).isEqualTo(new BigDecimal("-0.125"));
        assertThat(pledged.minus(paid).atLeastZero()).isEqualTo(Money.of(BigDecimal.ZERO, BHD));
        assertThat(pledged.zero().amount()).isEqualTo(new BigDecimal("0.000"));
        assertThat(Money.of(new BigDecimal("7"), JPY).plus(Money.of(new BigDecimal("3"), JPY)).amount())
                .isEqualTo(new BigDecimal("10"));
        assertThatThrownBy(() -> pledged.minus(Money.euros(BigDecimal.ONE)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noPublicConstructorLetsAnAmountSkipItsCheck() {
        assertThat(Money.class.getConstructors()).isEmpty();
    }

    @Test
    @org.junit.jupiter.api.Timeout(5)
    void anAmountWithMoreWholeDigitsThanItsColumnIsRefusedBeforeAnyDigitIsWrittenOut() {
        assertThat(Money.of(new BigDecimal("9999999999999999.99"), CAD).amount()).isEqualByComparingTo(
                "9999999999999999.99");
        for (String huge : List.of("10000000000000000", "1e100000000", "-1E+999999999", "0.1e17")) {
            assertThatThrownBy(() -> Money.of(new BigDecimal(huge), JPY))
                    .hasFieldOrPropertyWithValue("messageKey", "validation.money.tooManyDigits");
        }
        assertThat(Money.problemWith(new BigDecimal("1e100000000"), java.util.Optional.empty(), "amount"))
                .as("a typed amount meets the one-trillion rule first").hasValueSatisfying(error -> assertThat(
                        error.messageKey()).isEqualTo("validation.amount.tooLarge"));
        assertThat(Money.euros(new BigDecimal("999999999999999999.99")).amount()).isEqualByComparingTo(
                "999999999999999999.99");
        assertThatThrownBy(() -> Money.euros(new BigDecimal("1e10000000")))
                .hasFieldOrPropertyWithValue("messageKey", "validation.money.tooManyDigits");
    }
}

package org.octopusdesk.domain.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.octopusdesk.domain.FieldError;

class WrittenDecimalsTest {

    @Test
    void threeDecimalsWhereTheCurrencyHasFewerLookLikeAThousandsSeparatorEvenWhenZeros() {
        assertThat(WrittenDecimals.problem(new BigDecimal("250.000"), "CAD", 2, "amount"))
                .contains(FieldError.of("amount", "validation.money.thousandsSeparator", "CAD", 2, "250000"));
        assertThat(WrittenDecimals.problem(new BigDecimal("1.000"), "JPY", 0, "amount"))
                .contains(FieldError.of("amount", "validation.money.thousandsSeparator", "JPY", 0, "1000"));
        assertThat(WrittenDecimals.problem(new BigDecimal("1.500"), "EUR", 2, "bank_eur"))
                .contains(FieldError.of("bank_eur", "validation.money.thousandsSeparator", "EUR", 2, "1500"));
    }

    @Test
    void otherDecimalsPastTheCurrencysAreRefusedOnlyWhenNotZeros() {
        assertThat(WrittenDecimals.problem(new BigDecimal("0.5"), "JPY", 0, "amount"))
                .contains(FieldError.of("amount", "validation.money.tooManyDecimalsFor", "JPY", 0));
        assertThat(WrittenDecimals.problem(new BigDecimal("10.0001"), "CAD", 2, "amount"))
                .contains(FieldError.of("amount", "validation.money.tooManyDecimalsFor", "CAD", 2));
        assertThat(WrittenDecimals.problem(new BigDecimal("1.5000"), "EUR", 2, "amount")).isEmpty();
        assertThat(WrittenDecimals.problem(new BigDecimal("12.0"), "JPY", 0, "amount")).isEmpty();
        assertThat(WrittenDecimals.problem(new BigDecimal("250000.000"), "CAD", 2, "amount"))
                .as("no thousands separator leaves six digits before it").isEmpty();
        assertThat(WrittenDecimals.problem(new BigDecimal("0.001"), "EUR", 2, "amount")).as("0 is no group")
                .contains(FieldError.of("amount", "validation.money.tooManyDecimalsFor", "EUR", 2));
        assertThat(WrittenDecimals.problem(new BigDecimal("250000.005"), "CAD", 2, "amount"))
                .contains(FieldError.of("amount", "validation.money.tooManyDecimalsFor", "CAD", 2));
    }

    @Test
    void aCurrencyWithThreeDecimalsTakesThem() {
        assertThat(WrittenDecimals.problem(new BigDecimal("250.000"), "BHD", 3, "amount")).isEmpty();
        assertThat(WrittenDecimals.problem(new BigDecimal("250.50"), "CAD", 2, "amount")).isEmpty();
    }
}

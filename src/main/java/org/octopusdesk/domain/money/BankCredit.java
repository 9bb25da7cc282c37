package org.octopusdesk.domain.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import org.octopusdesk.domain.FieldError;

/**
 * The euros a bank statement shows for an amount in another currency (credited for a payment, debited for an
 * expense). When known they win over any rate, so they must be a plain euro amount: above zero, at the cent.
 */
public final class BankCredit {

    private BankCredit() {
    }

    /**
     * The rule of the bank's euros typed in {@code field}, if any is broken.
     *
     * @param bankEuros the euros on the statement, or {@code null} when not known (always allowed)
     * @param currency the ISO code of the amount
     * @param amount the amount in {@code currency}, or {@code null} when not entered yet
     * @param euroDiffersKey the message for an amount already in euros whose bank euros differ: the wording is the
     *     form's (a payment is credited, an expense debited)
     */
    public static Optional<FieldError> check(BigDecimal bankEuros, String currency, BigDecimal amount, String field,
            String euroDiffersKey) {
        if (bankEuros == null) {
            return Optional.empty();
        }
        if (bankEuros.signum() <= 0) {
            return Optional.of(FieldError.of(field, "validation.amount.notPositive"));
        }
        if (bankEuros.compareTo(Money.LIMIT) >= 0) {
            return Optional.of(FieldError.of(field, "validation.amount.tooLarge"));
        }
        Optional<FieldError> decimals = WrittenDecimals.problem(bankEuros, CurrencyInfo.EURO, 2, field);
        if (decimals.isPresent()) {
            return decimals;
        }
        if (CurrencyInfo.EURO.equals(currency) && amount != null && bankEuros.compareTo(amount) != 0) {
            return Optional.of(FieldError.of(field, euroDiffersKey));
        }
        if (!CurrencyInfo.EURO.equals(currency) && amount != null && amount.signum() > 0) {
            return impliedRateProblem(bankEuros, currency, amount, field);
        }
        return Optional.empty();
    }

    /**
     * The bank's euros imply the rate stored with the amount: it must be one the rate column can hold, neither
     * rounding to zero at its 8 decimals nor past its 12 digits before the point.
     */
    private static Optional<FieldError> impliedRateProblem(BigDecimal bankEuros, String currency, BigDecimal amount,
            String field) {
        BigDecimal implied = amount.divide(bankEuros, ExchangeRate.DECIMALS, RoundingMode.HALF_UP);
        if (implied.signum() == 0 || implied.compareTo(ExchangeRate.LIMIT) >= 0) {
            return Optional.of(FieldError.of(field, "validation.bankEuros.impliedRateOutOfRange",
                    amount.divide(bankEuros, new MathContext(3, RoundingMode.HALF_UP)).toPlainString(), currency));
        }
        return Optional.empty();
    }
}

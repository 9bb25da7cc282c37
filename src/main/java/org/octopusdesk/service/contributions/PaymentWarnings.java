package org.octopusdesk.service.contributions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.octopusdesk.domain.NeedsConfirmation;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.Payment;
import org.octopusdesk.domain.contribution.PaymentWarning;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.domain.money.RateSource;
import org.octopusdesk.service.rates.ManualRateRules;

/** What a person must confirm before a payment is added to a pledge. */
final class PaymentWarnings {

    /** How far a bank's rate may be from the ECB's before it is asked about: as far as a manual rate may. */
    static final BigDecimal MAX_BANK_DEVIATION = ManualRateRules.MAX_DEVIATION;
    /** The implied rate as the question shows it: six significant digits, as many as the ECB's have. */
    private static final java.math.MathContext SHOWN_DIGITS = new java.math.MathContext(6, RoundingMode.HALF_UP);

    private PaymentWarnings() {
    }

    /**
     * The reasons to confirm {@code payment} into {@code pledge} as it stands, with the payments it has already
     * ({@code recorded}), none when it is ordinary.
     *
     * @param reference the rate the payment would have had without the bank's euros, where one applies
     */
    static List<NeedsConfirmation.Reason<PaymentWarning>> of(Contribution pledge, Payment payment,
            List<Payment> recorded, Optional<ExchangeRate> reference) {
        List<NeedsConfirmation.Reason<PaymentWarning>> found = new ArrayList<>();
        if (payment.valueDate().isBefore(pledge.agreementDate())) {
            found.add(new NeedsConfirmation.Reason<>(PaymentWarning.ADVANCE, "warning.payment.advance",
                    List.of(payment.valueDate(), pledge.agreementDate())));
        }
        if (payment.amount().amount().compareTo(pledge.outstanding().amount()) > 0) {
            found.add(new NeedsConfirmation.Reason<>(PaymentWarning.OVERPAYMENT, "warning.payment.overpayment",
                    List.of(payment.amount().amount(), payment.amount().currency(), pledge.outstanding().amount())));
        }
        if (recorded.stream().anyMatch(earlier -> sameDayAndAmount(earlier, payment.valueDate(),
                payment.amount().amount()))) {
            found.add(new NeedsConfirmation.Reason<>(PaymentWarning.REPEATED, "warning.payment.repeated",
                    List.of(payment.amount().amount(), payment.amount().currency(), payment.valueDate())));
        }
        bankRateFarFrom(payment, reference).ifPresent(found::add);
        return found;
    }

    /** The warning for bank euros whose implied rate is more than {@link #MAX_BANK_DEVIATION} from the reference. */
    private static Optional<NeedsConfirmation.Reason<PaymentWarning>> bankRateFarFrom(Payment payment,
            Optional<ExchangeRate> reference) {
        Optional<ExchangeRate> implied = payment.rate().filter(rate -> rate.source() == RateSource.BANK_ACTUAL);
        if (implied.isEmpty() || reference.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal expected = reference.get().unitsPerEuro();
        BigDecimal share = implied.get().unitsPerEuro().subtract(expected).divide(expected, 6, RoundingMode.HALF_UP);
        if (share.abs().compareTo(MAX_BANK_DEVIATION) <= 0) {
            return Optional.empty();
        }
        BigDecimal shown = implied.get().unitsPerEuro().round(SHOWN_DIGITS).stripTrailingZeros();
        return Optional.of(new NeedsConfirmation.Reason<>(PaymentWarning.BANK_RATE, "warning.payment.bankRate",
                List.of(payment.euros().amount(), shown, payment.amount().currency(), expected.stripTrailingZeros(),
                        reference.get().date())));
    }

    /** True when {@code payment} was made on {@code day} for {@code amount}, in whatever scale it is written. */
    static boolean sameDayAndAmount(Payment payment, LocalDate day, BigDecimal amount) {
        return payment.valueDate().equals(day) && payment.amount().amount().compareTo(amount) == 0;
    }
}

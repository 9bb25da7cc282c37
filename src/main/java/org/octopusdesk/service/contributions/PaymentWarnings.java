package org.octopusdesk.service.contributions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.octopusdesk.domain.NeedsConfirmation;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.Payment;
import org.octopusdesk.domain.contribution.PaymentWarning;
import org.octopusdesk.service.rates.BankRateGap;

/** What a person must confirm before a payment is added to a pledge. */
final class PaymentWarnings {


    private PaymentWarnings() {
    }

    /**
     * The reasons to confirm {@code payment} into {@code pledge} as it stands, with the payments it has already
     * ({@code recorded}), none when it is ordinary.
     *
     * @param bankRate how far the payment's bank euros are from the ECB's rate, when too far
     */
    static List<NeedsConfirmation.Reason<PaymentWarning>> of(Contribution pledge, Payment payment,
            List<Payment> recorded, Optional<BankRateGap> bankRate) {
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
        bankRate.ifPresent(gap -> found.add(new NeedsConfirmation.Reason<>(PaymentWarning.BANK_RATE,
                BankRateGap.MESSAGE, gap.arguments())));
        return found;
    }

    /** True when {@code payment} was made on {@code day} for {@code amount}, in whatever scale it is written. */
    static boolean sameDayAndAmount(Payment payment, LocalDate day, BigDecimal amount) {
        return payment.valueDate().equals(day) && payment.amount().amount().compareTo(amount) == 0;
    }
}

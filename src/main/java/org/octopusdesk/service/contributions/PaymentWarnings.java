package org.octopusdesk.service.contributions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.octopusdesk.domain.NeedsConfirmation;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.Payment;
import org.octopusdesk.domain.contribution.PaymentWarning;

/** What a person must confirm before a payment is added to a pledge. */
final class PaymentWarnings {

    private PaymentWarnings() {
    }

    /**
     * The reasons to confirm {@code payment} into {@code pledge} as it stands, with the payments it has already
     * ({@code recorded}), none when it is ordinary.
     */
    static List<NeedsConfirmation.Reason<PaymentWarning>> of(Contribution pledge, Payment payment,
            List<Payment> recorded) {
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
        return found;
    }

    /** True when {@code payment} was made on {@code day} for {@code amount}, in whatever scale it is written. */
    static boolean sameDayAndAmount(Payment payment, LocalDate day, BigDecimal amount) {
        return payment.valueDate().equals(day) && payment.amount().amount().compareTo(amount) == 0;
    }
}

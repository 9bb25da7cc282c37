package org.octopusdesk.domain.contribution;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.domain.money.Money;

/**
 * A payment received, with the conversion made when it was entered; it is never converted again.
 *
 * @param rate the rate used (ECB, manual) or implied by the bank's credit (BANK_ACTUAL); empty for euros
 * @param confirmedWarnings what a person confirmed when it was saved (paid in advance, above what was outstanding)
 */
public record Payment(PaymentId id, LocalDate valueDate, Money amount, Optional<ExchangeRate> rate, Money euros,
        String note, Set<PaymentWarning> confirmedWarnings) {

    public Payment {
        confirmedWarnings = confirmedWarnings.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(confirmedWarnings));
    }

    /** How the euro amount was found, as a message key: the rate's source, or "already in euros". */
    public String basisMessageKey() {
        return rate.map(used -> used.source().shortMessageKey()).orElse("payment.basis.euro");
    }

    public Payment withConfirmedWarnings(Set<PaymentWarning> warnings) {
        return new Payment(id, valueDate, amount, rate, euros, note, warnings);
    }
}

package org.octopusdesk.domain.contribution;

import java.time.LocalDate;
import java.util.Optional;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.domain.money.Money;

/**
 * A payment received, with the conversion made when it was entered; it is never converted again.
 *
 * @param rate the rate used (ECB, manual) or implied by the bank's credit (BANK_ACTUAL); empty for euros
 */
public record Payment(PaymentId id, LocalDate valueDate, Money amount, Optional<ExchangeRate> rate, Money euros,
        String note) {

    /** How the euro amount was found, as a message key: the rate's source, or "already in euros". */
    public String basisMessageKey() {
        return rate.map(used -> used.source().shortMessageKey()).orElse("payment.basis.euro");
    }
}

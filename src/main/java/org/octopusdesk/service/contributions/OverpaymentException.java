package org.octopusdesk.service.contributions;

import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.money.Money;

/**
 * A payment is larger than what the pledge still expects. Not an error: donors round up or add to a pledge. The
 * person sees the amounts and confirms, and the payment is then saved as entered.
 */
public class OverpaymentException extends DomainException {

    public OverpaymentException(Money payment, Money outstanding) {
        super("warning.payment.overpayment", payment.amount(), payment.currency(), outstanding.amount());
    }
}

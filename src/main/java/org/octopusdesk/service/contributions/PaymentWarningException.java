package org.octopusdesk.service.contributions;

import java.util.List;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.NeedsConfirmation;
import org.octopusdesk.domain.contribution.PaymentWarning;

/**
 * A payment needs a confirmation before it is saved: it is larger than what the pledge still expects, dated
 * before the pledge was agreed, or of the same day and amount as one the pledge has. Not an error: the person sees
 * each reason, confirms, and the payment is saved as entered with the confirmations kept beside it.
 */
public class PaymentWarningException extends DomainException implements NeedsConfirmation<PaymentWarning> {

    private final transient List<Reason<PaymentWarning>> found;

    public PaymentWarningException(List<Reason<PaymentWarning>> found) {
        super(found.get(0).messageKey(), found.get(0).arguments().toArray());
        this.found = List.copyOf(found);
    }

    /** Every reason not confirmed yet, in the order of {@link PaymentWarning}. */
    @Override
    public List<Reason<PaymentWarning>> found() {
        return found;
    }

    @Override
    public Class<PaymentWarning> kindType() {
        return PaymentWarning.class;
    }
}

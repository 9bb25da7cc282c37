package org.octopusdesk.service.rates;

import org.octopusdesk.domain.money.ExchangeRate;

/**
 * How a manual rate recorded with a payment in a file becomes the manual rate of its day: stored at once (one
 * payment), or checked now and stored once the whole file is known good ({@link PendingManualRates}).
 */
@FunctionalInterface
public interface ManualRateAdoption {

    /**
     * The manual rate the payment is converted at.
     *
     * @throws org.octopusdesk.domain.ValidationException when its value or note break the rules, or a different
     *     manual rate is stored (or adopted earlier in the same file) for that day
     */
    ExchangeRate adopt(ExchangeRate fromFile);
}

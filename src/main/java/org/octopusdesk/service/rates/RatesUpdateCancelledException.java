package org.octopusdesk.service.rates;

/** The person stopped an update while it downloaded; nothing was changed. */
public final class RatesUpdateCancelledException extends RatesUpdateException {

    public RatesUpdateCancelledException() {
        super("error.ratesUpdate.cancelled");
    }
}

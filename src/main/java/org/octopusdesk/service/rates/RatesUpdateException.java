package org.octopusdesk.service.rates;

import org.octopusdesk.domain.DomainException;

/**
 * An update from the ECB did not happen: offline, refused, too slow, too large, or not an ECB file. Its message
 * says so in words a person understands, and that nothing was changed.
 */
public class RatesUpdateException extends DomainException {

    public RatesUpdateException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    /** Keeps the technical cause for the log; the person sees only the message. */
    public RatesUpdateException withCause(Throwable cause) {
        initCause(cause);
        return this;
    }
}

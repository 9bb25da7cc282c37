package org.octopusdesk.service.rates;

import org.octopusdesk.domain.DomainException;

/** A rates file cannot be read as the ECB publishes it; the message names the file and, where known, the line. */
public class RatesFileException extends DomainException {

    public RatesFileException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}

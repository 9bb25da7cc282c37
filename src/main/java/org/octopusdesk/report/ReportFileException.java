package org.octopusdesk.report;

import org.octopusdesk.domain.DomainException;

/** A report could not be written where the person asked; the message key says why in plain words. */
public class ReportFileException extends DomainException {

    public ReportFileException(String messageKey, Throwable cause, Object... arguments) {
        super(messageKey, arguments);
        if (cause != null) {
            initCause(cause);
        }
    }
}

package org.octopusdesk.service;

import org.octopusdesk.domain.DomainException;

/** A record cannot be deleted while another one refers to it. */
public class StillReferencedException extends DomainException {

    public StillReferencedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}

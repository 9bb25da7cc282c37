package org.octopusdesk.service;

import org.octopusdesk.domain.DomainException;

/** The record asked for no longer exists, typically because another window deleted it. */
public class NotFoundException extends DomainException {

    public NotFoundException(String what) {
        super("error.notFound", what);
    }
}

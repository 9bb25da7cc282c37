package org.octopusdesk.service;

import org.octopusdesk.domain.DomainException;

/**
 * Someone saved the record after this edit began. The other save is kept; this one is refused, never a
 * silent overwrite.
 */
public class ConcurrentEditException extends DomainException {

    public ConcurrentEditException(String what) {
        super("error.concurrentEdit", what);
    }
}

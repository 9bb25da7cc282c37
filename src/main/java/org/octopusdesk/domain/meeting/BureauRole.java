package org.octopusdesk.domain.meeting;

import java.util.Locale;

/** A seat on the Bureau; the order is the order of the composition (chair first). */
public enum BureauRole {
    CHAIR,
    VICE_CHAIR,
    MEMBER;

    public String messageKey() {
        return "bureau.role." + name().toLowerCase(Locale.ROOT);
    }
}

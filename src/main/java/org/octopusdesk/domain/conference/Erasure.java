package org.octopusdesk.domain.conference;

import java.util.Locale;

/** Why a participant's personal details were blanked. */
public enum Erasure {
    /** The person asked (right to erasure). */
    REQUEST,
    /** The edition's retention period passed. */
    RETENTION;

    public String messageKey() {
        return "participant.erasure." + name().toLowerCase(Locale.ROOT);
    }
}

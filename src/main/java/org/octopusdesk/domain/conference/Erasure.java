package org.octopusdesk.domain.conference;

import java.util.List;
import java.util.Locale;

/** Why a participant's personal details were blanked. */
public enum Erasure {
    /** The person asked (right to erasure). */
    REQUEST,
    /** The edition's retention period passed. */
    RETENTION;

    /**
     * The message keys of the details that go, in the order a person reads them. Country, sector and funding stay:
     * they are the counts, and alone they name nobody.
     */
    public static final List<String> FIELDS_ERASED = List.of("participant.name", "participant.organisation",
            "participant.role", "participant.email", "participant.listConsent");

    /** The message keys of what stays. */
    public static final List<String> FIELDS_KEPT = List.of("participant.country", "participant.sector",
            "participant.funded");

    public String messageKey() {
        return "participant.erasure." + name().toLowerCase(Locale.ROOT);
    }
}

package org.octopusdesk.domain.country;

import java.time.LocalDate;

/** A T-CY status recorded for a country from a date on, until the country's next entry. */
public record TcyStatusEntry(String countryCode, TcyStatus status, LocalDate validFrom, String note) {

    public static final String STATUS = "status";
    public static final String VALID_FROM = "validFrom";
    public static final String NOTE = "note";
    public static final int NOTE_MAX = 1000;

    public TcyStatusEntry {
        note = note == null ? "" : note.strip();
    }
}

package org.octopusdesk.domain.country;

import java.time.LocalDate;

/** A T-CY status recorded for a country from a date on, until the country's next entry. */
public record TcyStatusEntry(String countryCode, TcyStatus status, LocalDate validFrom, String note) {

    public TcyStatusEntry {
        note = note == null ? "" : note.strip();
    }
}

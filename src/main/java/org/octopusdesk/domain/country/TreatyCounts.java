package org.octopusdesk.domain.country;

import java.time.LocalDate;

/**
 * An instrument's counts on a date, as the Treaty Office and the T-CY state them.
 *
 * @param parties countries that ratified or acceded on or before the date
 * @param inForce of those, countries for which the instrument was in force on the date
 * @param signatoriesOnly countries that signed and had not ratified
 * @param invited countries invited to accede (ETS 185) on the date and not yet Parties
 */
public record TreatyCounts(Instrument instrument, LocalDate asOf, int parties, int inForce, int signatoriesOnly,
        int invited) {
}

package org.octopusdesk.service.countries;

import java.time.LocalDate;
import java.util.Optional;
import org.octopusdesk.domain.country.Country;
import org.octopusdesk.domain.country.TreatyRecord;

/** A line of an instrument's chart as shown: the country, its record, and its entry into force worked out. */
public record ChartLine(Country country, TreatyRecord record, Optional<LocalDate> entryIntoForce) {
}

package org.octopusdesk.service.countries;

import java.time.LocalDate;

/** The number of Parties from a date on, a step of the chart of Parties over time. */
public record PartiesOnDate(LocalDate date, int parties) {
}

package org.octopusdesk.service.meetings;

import java.util.Locale;
import org.octopusdesk.domain.country.Country;
import org.octopusdesk.domain.country.TcyStatus;
import org.octopusdesk.domain.meeting.Delegation;

/**
 * A delegation as the meeting page and report show it.
 *
 * @param country the country of a State's delegation, null for an organisation's
 * @param status the country's T-CY status on the meeting's start date, null for an organisation
 */
public record DelegationLine(Delegation delegation, Country country, TcyStatus status) {

    /** The country's name in the language of {@code locale}, or the organisation's name. */
    public String name(Locale locale) {
        return country == null ? delegation.organisation() : country.name(locale);
    }
}

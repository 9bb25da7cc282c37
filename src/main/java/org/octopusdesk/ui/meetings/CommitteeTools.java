package org.octopusdesk.ui.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.octopusdesk.domain.country.Country;
import org.octopusdesk.service.meetings.BureauService;
import org.octopusdesk.service.meetings.FollowUpService;
import org.octopusdesk.ui.common.DialogService;

/**
 * What the Meetings area needs beyond the meetings themselves to open the follow-up actions list and the Bureau.
 *
 * @param countries the countries a Bureau seat may be held for
 * @param today the date the Bureau's composition is first shown on
 */
public record CommitteeTools(FollowUpService followUps, BureauService bureau, List<Country> countries,
        DialogService dialogs, Supplier<LocalDate> today) {

    public CommitteeTools {
        countries = List.copyOf(countries);
    }
}

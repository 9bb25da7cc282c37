package org.octopusdesk.domain.meeting;

import java.util.List;

/**
 * A delegation at a meeting as stored: a country's (by its ISO 3166 code) or an organisation's, never both.
 *
 * @param countryCode the country's code, null for an organisation
 * @param organisation the organisation's name, null for a country
 * @param persons how many persons attended, named or not
 * @param delegates the persons named, in the order given; often fewer than {@code persons}, or none
 */
public record Delegation(DelegationId id, MeetingId meeting, String countryCode, String organisation, int persons,
        List<Delegate> delegates) {

    public Delegation {
        delegates = List.copyOf(delegates);
    }

    public boolean isCountry() {
        return countryCode != null;
    }

    public DelegationDraft toDraft() {
        return new DelegationDraft(countryCode, organisation, persons, delegates);
    }
}

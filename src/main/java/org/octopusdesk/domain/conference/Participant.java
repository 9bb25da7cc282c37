package org.octopusdesk.domain.conference;

import java.time.LocalDate;

/**
 * A participant of an edition as stored.
 *
 * @param country ISO 3166-1 alpha-2 code of the shipped list
 * @param listConsent whether they agreed to appear on a published list of participants
 * @param consentDate the day they agreed, null without consent
 */
public record Participant(ParticipantId id, ConferenceId conference, String name, String organisation,
        String country, Sector sector, String role, boolean funded, String email, boolean listConsent,
        LocalDate consentDate, int version) {

    public ParticipantDraft toDraft() {
        return new ParticipantDraft(name, organisation, country, sector, role, funded, email, listConsent,
                consentDate);
    }
}

package org.octopusdesk.domain.conference;

import java.time.LocalDate;

/**
 * A participant of an edition as stored.
 *
 * @param country ISO 3166-1 alpha-2 code of the shipped list
 * @param listConsent whether they agreed to appear on a published list of participants
 * @param consentDate the day they agreed, null without consent
 * @param erasedOn the day the personal details were blanked, null while they are kept
 * @param erasure why they were blanked, null while they are kept
 */
public record Participant(ParticipantId id, ConferenceId conference, String name, String organisation,
        String country, Sector sector, String role, boolean funded, String email, boolean listConsent,
        LocalDate consentDate, int version, LocalDate erasedOn, Erasure erasure) {

    /** A participant whose personal details are kept. */
    public Participant(ParticipantId id, ConferenceId conference, String name, String organisation, String country,
            Sector sector, String role, boolean funded, String email, boolean listConsent, LocalDate consentDate,
            int version) {
        this(id, conference, name, organisation, country, sector, role, funded, email, listConsent, consentDate,
                version, null, null);
    }

    /**
     * Whether the personal details are gone: the row then only counts (country, sector, funding) and is never
     * printed, listed or offered as a duplicate.
     */
    public boolean erased() {
        return erasedOn != null;
    }

    /** Whether {@code address} is this participant's e-mail, whatever its case. */
    public boolean hasEmail(String address) {
        return !email.isEmpty() && email.equalsIgnoreCase(address.strip());
    }

    public ParticipantDraft toDraft() {
        return new ParticipantDraft(name, organisation, country, sector, role, funded, email, listConsent,
                consentDate);
    }
}

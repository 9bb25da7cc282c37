package org.octopusdesk.domain.donor;

/**
 * A donor as stored.
 *
 * @param country the country the donor belongs to, empty where none applies
 * @param contactNotes how to reach the donor's contacts and anything the secretariat should remember
 * @param version the optimistic-locking version: a save names the version it started from
 */
public record Donor(DonorId id, String name, DonorKind kind, String country, String contactNotes, int version) {

    public DonorDraft toDraft() {
        return new DonorDraft(name, kind, country, contactNotes);
    }
}

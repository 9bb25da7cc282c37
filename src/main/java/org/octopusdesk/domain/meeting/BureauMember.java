package org.octopusdesk.domain.meeting;

/** A Bureau seat as stored, with its term and details in {@code details}. */
public record BureauMember(BureauMemberId id, BureauMemberDraft details) {
}

package org.octopusdesk.domain.country;

/** An assistance activity as logged, with its id and version for saving changes. */
public record AssistanceActivity(long id, AssistanceDraft details, int version) {
}

package org.octopusdesk.domain.country;

/** What kind of help a country received. */
public enum AssistanceKind {
    LEGISLATIVE_ADVICE,
    WORKSHOP,
    TRAINING,
    STUDY_VISIT,
    OTHER;

    public String messageKey() {
        return "assistanceKind." + name();
    }
}

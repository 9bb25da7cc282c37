package org.octopusdesk.domain.meeting;

/**
 * What the committee decided under an agenda item.
 *
 * @param text what follows "The T-CY decided:", e.g. "To adopt the report."
 */
public record Decision(DecisionId id, AgendaItemId item, String text) {

    public static final int TEXT_MAX = 2000;
    public static final String TEXT = "text";
}

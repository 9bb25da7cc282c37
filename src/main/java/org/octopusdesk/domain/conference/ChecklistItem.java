package org.octopusdesk.domain.conference;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A task of the checklist template, copied into each new edition.
 *
 * @param position its place in the checklist, from 1
 * @param offsetDays when it is due, in days from the edition's first day: negative before it
 * @param standard which of the application's own tasks this is ("venue", "visas"…), whose title each reader sees
 *     in their language; empty once a person has rewritten the title, or for a task a person added
 */
public record ChecklistItem(ChecklistItemId id, int position, String title, LogisticsCategory category, String owner,
        int offsetDays, Optional<String> standard) {

    /**
     * The open task this item becomes in an edition starting on {@code firstDay}, under {@code title} (the item's, in
     * the language of the person recording the edition); without a first day, a task without a due date: the date is
     * set once the edition's dates are known, never guessed.
     */
    public LogisticsTaskDraft taskFor(LocalDate firstDay, String title) {
        LocalDate due = firstDay == null ? null : firstDay.plusDays(offsetDays);
        return new LogisticsTaskDraft(title, category, owner, due, LogisticsStatus.OPEN, "");
    }

    public ChecklistItemDraft toDraft() {
        return new ChecklistItemDraft(title, category, owner, offsetDays);
    }
}

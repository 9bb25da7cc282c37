package org.octopusdesk.domain.conference;

import java.time.LocalDate;

/**
 * A task of the checklist template, copied into each new edition.
 *
 * @param position its place in the checklist, from 1
 * @param offsetDays when it is due, in days from the edition's first day: negative before it
 */
public record ChecklistItem(ChecklistItemId id, int position, String title, LogisticsCategory category, String owner,
        int offsetDays) {

    /**
     * The open task this item becomes in an edition starting on {@code firstDay}; without a first day, a task
     * without a due date: the date is set once the edition's dates are known, never guessed.
     */
    public LogisticsTaskDraft taskFor(LocalDate firstDay) {
        LocalDate due = firstDay == null ? null : firstDay.plusDays(offsetDays);
        return new LogisticsTaskDraft(title, category, owner, due, LogisticsStatus.OPEN, "");
    }

    public ChecklistItemDraft toDraft() {
        return new ChecklistItemDraft(title, category, owner, offsetDays);
    }
}

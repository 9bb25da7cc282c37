package org.octopusdesk.service.conferences;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.octopusdesk.domain.conference.ChecklistItem;
import org.octopusdesk.domain.conference.ChecklistItemDraft;
import org.octopusdesk.domain.conference.ChecklistItemId;
import org.octopusdesk.domain.conference.ConferenceId;
import org.octopusdesk.domain.conference.LogisticsTask;
import org.octopusdesk.domain.conference.LogisticsTaskDraft;
import org.octopusdesk.domain.conference.LogisticsTaskId;

/** Where the logistics tasks of editions and the checklist template are kept. Callers hold the transaction. */
public interface LogisticsRepository {

    /** The edition's tasks by due date (those without one last), then in the order entered. */
    List<LogisticsTask> ofConference(ConferenceId conference);

    /** The unfinished tasks of every edition whose due date is before {@code today}, the most late first. */
    List<LogisticsTask> overdue(LocalDate today);

    Optional<LogisticsTask> findById(LogisticsTaskId id);

    LogisticsTask insert(ConferenceId conference, LogisticsTaskDraft draft, Instant now);

    void update(LogisticsTaskId id, LogisticsTaskDraft draft, Instant now);

    void delete(LogisticsTaskId id);

    /** The checklist template in its order. */
    List<ChecklistItem> checklist();

    Optional<ChecklistItem> findItem(ChecklistItemId id);

    /** Adds the item at the end of the checklist. */
    ChecklistItem insertItem(ChecklistItemDraft draft);

    void updateItem(ChecklistItemId id, ChecklistItemDraft draft);

    void deleteItem(ChecklistItemId id);
}

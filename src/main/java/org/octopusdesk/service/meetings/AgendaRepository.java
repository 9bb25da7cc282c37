package org.octopusdesk.service.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.octopusdesk.domain.meeting.AgendaItem;
import org.octopusdesk.domain.meeting.AgendaItemDraft;
import org.octopusdesk.domain.meeting.AgendaItemId;
import org.octopusdesk.domain.meeting.Decision;
import org.octopusdesk.domain.meeting.DecisionId;
import org.octopusdesk.domain.meeting.MeetingId;

/** Where agenda items and their decisions are kept. Callers hold the transaction. */
public interface AgendaRepository {

    /** The meeting's items in agenda order, numbered from 1, each with its decisions in the order taken. */
    List<AgendaItem> agenda(MeetingId meeting);

    /** Every meeting's items, as {@link #agenda} numbers them. */
    List<AgendaItem> allItems();

    Optional<AgendaItem> findItem(AgendaItemId id);

    /** Adds the item at the end of the agenda. */
    AgendaItem insertItem(MeetingId meeting, AgendaItemDraft draft, Instant now);

    void updateItem(AgendaItemId id, AgendaItemDraft draft);

    /** Deletes the item and its decisions; the items after it move up one place. */
    void deleteItem(AgendaItemId id);

    /** Exchanges the places of two items of one agenda. */
    void swap(AgendaItemId first, AgendaItemId second);

    Decision insertDecision(AgendaItemId item, String text, Instant now);

    Optional<Decision> findDecision(DecisionId id);

    void updateDecision(DecisionId id, String text);

    void deleteDecision(DecisionId id);
}

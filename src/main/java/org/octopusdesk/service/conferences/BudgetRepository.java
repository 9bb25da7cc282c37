package org.octopusdesk.service.conferences;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.octopusdesk.domain.conference.BudgetLine;
import org.octopusdesk.domain.conference.BudgetLineId;
import org.octopusdesk.domain.conference.ConferenceId;
import org.octopusdesk.domain.spending.ExpenditureId;

/** Where the editions' budget lines are kept, with the links to their actual costs; in the caller's transaction. */
public interface BudgetRepository {

    /** The edition's lines with their actual costs, by category then in the order they were entered. */
    List<BudgetLine> findByConference(ConferenceId conference);

    Optional<BudgetLine> findById(BudgetLineId id);

    /** Stores a new line (its id, actuals and version are ignored) and returns it as stored. */
    BudgetLine insert(BudgetLine line, Instant now);

    /** Saves the line's plan when {@code expectedVersion} is current; false when it changed since. */
    boolean update(BudgetLine line, int expectedVersion, Instant now);

    /** Deletes a line without actual costs when {@code expectedVersion} is current; false when it changed since. */
    boolean delete(BudgetLineId id, int expectedVersion);

    /** Records that the expenditure line is an actual cost of the budget line. */
    void linkActual(BudgetLineId line, ExpenditureId expenditure);

    /** How many budget lines the edition has. */
    int countByConference(ConferenceId conference);
}

package org.octopusdesk.service.spending;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.octopusdesk.domain.project.ProjectId;
import org.octopusdesk.domain.spending.Expenditure;
import org.octopusdesk.domain.spending.ExpenditureId;

/** Where expenditure lines are kept, with their conversions. Calls run inside the caller's transaction. */
public interface ExpenditureRepository {

    /** Stores a new line (its id and version are ignored) and returns it as stored. */
    Expenditure insert(Expenditure expenditure, Instant now);

    Optional<Expenditure> findById(ExpenditureId id);

    /** Stores many new lines at once (a file's), in their order; their ids and versions are ignored. */
    void insertAll(List<Expenditure> expenditures, Instant now, java.util.function.IntConsumer written);

    /** Saves the line over the stored one when {@code expectedVersion} is current; false when it changed since. */
    boolean update(Expenditure expenditure, int expectedVersion, Instant now);

    boolean delete(ExpenditureId id, int expectedVersion);

    /** The matching lines, oldest first (the id breaks ties). */
    List<Expenditure> find(ExpenditureQuery query);

    /** The euros spent on the project after {@code after} (excluded; {@code null} for no limit) up to {@code upTo}. */
    BigDecimal euros(ProjectId project, LocalDate after, LocalDate upTo);

    /** The years the project has spending in, newest first, for the list's filter. */
    List<Integer> years(ProjectId project);
}

package org.octopusdesk.service.spending;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.octopusdesk.domain.Spaces;
import org.octopusdesk.domain.project.ProjectId;
import org.octopusdesk.domain.spending.Expenditure;
import org.octopusdesk.domain.spending.ExpenditureCategory;

/**
 * The lines that repeat one already recorded, or, in an import, one earlier in the same file: the same project,
 * day, category, amount and currency, and description (in any case, spaces at the ends aside). Expenditure lines
 * have no reference of their own, so the same file imported twice would otherwise record every line twice
 * (decision 0049). Two such lines can be right (two equal taxi fares on one day), so they are confirmed, not
 * refused.
 */
final class RepeatedLines {

    /** Where a line was seen first: stored, or on a line of the file. */
    sealed interface Seen permits Stored, OnLine {
    }

    record Stored() implements Seen {
    }

    record OnLine(int line) implements Seen {
    }

    private record Key(ProjectId project, LocalDate day, ExpenditureCategory category, String currency,
            BigDecimal amount, String description) {

        static Key of(Expenditure line) {
            return new Key(line.projectId(), line.spentOn(), line.category(), line.amount().currency(),
                    line.amount().amount().stripTrailingZeros(),
                    Spaces.stripped(line.description()).toLowerCase(Locale.ROOT));
        }
    }

    private final Map<Key, Seen> seen = new HashMap<>();

    /** True when {@code one} and {@code other} are the same line by the rule above, whatever their ids. */
    static boolean same(Expenditure one, Expenditure other) {
        return Key.of(one).equals(Key.of(other));
    }

    RepeatedLines(List<Expenditure> stored) {
        stored.forEach(line -> seen.putIfAbsent(Key.of(line), new Stored()));
    }

    /** Where {@code line}, on {@code lineNumber} of the file, was seen before; it is noted as seen there. */
    Optional<Seen> check(Expenditure line, int lineNumber) {
        return Optional.ofNullable(seen.putIfAbsent(Key.of(line), new OnLine(lineNumber)));
    }
}

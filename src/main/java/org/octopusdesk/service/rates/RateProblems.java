package org.octopusdesk.service.rates;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.ProblemList;

/**
 * The bad values of one rates file, gathered as it is read, so that its refusal names every one of them rather than
 * only the first (decision 0049): a person who corrects a file by hand then corrects it once. Nothing of a file
 * with a bad value is imported. What makes the rest of a file unreadable (a broken XML, a line no ECB file has, too
 * many rates) still stops the reading at once.
 */
final class RateProblems {

    private final List<DomainException> first = new ArrayList<>();
    private int count;

    /** Notes a refused value; the reading goes on. */
    void note(RatesFileException problem) {
        count++;
        if (first.size() < ProblemList.SHOWN) {
            first.add(problem);
        }
    }

    /** What {@code check} gives, or nothing once its refusal is noted. */
    <T> Optional<T> checked(Supplier<T> check) {
        try {
            return Optional.of(check.get());
        } catch (RatesFileException refused) {
            note(refused);
            return Optional.empty();
        }
    }

    /** Refuses the file when any value was refused: a single one as it is, several together. */
    void refuseIfAny(String name) {
        if (count == 1) {
            throw (RatesFileException) first.get(0);
        }
        if (count > 1) {
            throw new RatesFileException("error.ratesFile.problems", name, count, new ProblemList(first, count));
        }
    }
}

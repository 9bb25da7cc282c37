package org.octopusdesk.service.contributions;

import java.util.Objects;
import org.octopusdesk.domain.contribution.Contribution;

/**
 * Where a person asks a contribution list's page to start (decision 0032). Next and previous continue from a row
 * of the page shown (keyset paging: as fast deep in the list as at its start) and carry the count shown with it,
 * which only a change of the data changes, and every change reloads the list by position, counting again
 * (decision 0037); a jump (first, last, a page number typed, a reload) names a position and counts.
 */
public sealed interface PageStart {

    /** The page at a position among all the rows that match: a jump or a reload. */
    static PageStart at(int offset) {
        return new At(offset);
    }

    /**
     * The page that follows {@code lastShown}, the last row of the page shown, which will be at {@code offset};
     * {@code total} is the count shown with it.
     */
    static PageStart after(Contribution lastShown, int offset, long total) {
        return new After(lastShown, offset, total);
    }

    /**
     * The page that comes before {@code firstShown}, the first row of the page shown, at {@code offset};
     * {@code total} is the count shown with it.
     */
    static PageStart before(Contribution firstShown, int offset, long total) {
        return new Before(firstShown, offset, total);
    }

    /** A position among the rows that match, from 0. */
    record At(int offset) implements PageStart {
    }

    /** The rows after a row of the list, in its order; {@code offset} is where they start, as far as known. */
    record After(Contribution row, int offset, long total) implements PageStart {
        public After {
            Objects.requireNonNull(row, "row");
        }
    }

    /** The rows just before a row of the list, in its order; {@code offset} is where they start. */
    record Before(Contribution row, int offset, long total) implements PageStart {
        public Before {
            Objects.requireNonNull(row, "row");
        }
    }
}

package org.octopusdesk.service.contributions;

import org.octopusdesk.domain.contribution.Contribution;

/**
 * What a repository reads for one page of a list: walking the list's order from its start, or backwards from its
 * end, from the first row or just past a boundary row (keyset paging: the sorted value and the id of that row
 * bound the index range, so nothing before it is read), skipping some rows (offset paging: they are walked), and
 * taking at most {@code limit}. The rows come back in the list's order whichever way they were walked.
 *
 * @param fromEnd walk from the end of the list (the last page, a position in its second half, a previous page)
 * @param boundary the row to start just past in the walking direction; {@code null}: the end walked from
 */
public record PageRead(boolean fromEnd, Contribution boundary, int skip, int limit) {

    public PageRead {
        if (skip < 0 || limit < 1) {
            throw new IllegalArgumentException("skip " + skip + ", limit " + limit);
        }
    }

    /** The rows at {@code skip} from the start of the list. */
    public static PageRead fromStart(int skip, int limit) {
        return new PageRead(false, null, skip, limit);
    }

    /** The rows that end {@code skip} rows before the end of the list. */
    public static PageRead fromEnd(int skip, int limit) {
        return new PageRead(true, null, skip, limit);
    }

    /** The rows that follow {@code row} in the list's order. */
    public static PageRead after(Contribution row, int limit) {
        return new PageRead(false, row, 0, limit);
    }

    /** The rows that come just before {@code row} in the list's order. */
    public static PageRead before(Contribution row, int limit) {
        return new PageRead(true, row, 0, limit);
    }
}

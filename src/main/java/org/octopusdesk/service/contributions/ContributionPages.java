package org.octopusdesk.service.contributions;

import java.util.List;
import org.octopusdesk.domain.contribution.Contribution;

/**
 * Reads the page a person asked for (decision 0032). Next and previous continue from the page shown, by keyset:
 * the rows past its last (or before its first) row, as fast deep in the list as at its start. A jump to a position
 * (first, last, a page typed, a reload) walks the index entries before it, from whichever end of the list is
 * nearer, so the last page costs what the first does and the middle of the list is the slowest. Only a jump
 * counts the rows that match: next and previous keep the count shown (decision 0037), since any change of the data
 * reloads the list by position.
 */
final class ContributionPages {

    private ContributionPages() {
    }

    static ContributionPage read(ContributionRepository contributions, ContributionQuery query, PageStart start,
            int limit) {
        if (start instanceof PageStart.After after) {
            List<Contribution> rows = after.offset() > lastOffset(after.total(), limit) ? List.of()
                    : contributions.page(query, PageRead.after(after.row(), limit));
            // None after it: rows were deleted since (here or at another workstation), so show the last page.
            return rows.isEmpty() ? at(contributions, query, Integer.MAX_VALUE, limit)
                    : new ContributionPage(rows, after.offset(), after.total());
        }
        if (start instanceof PageStart.Before before) {
            List<Contribution> rows = before.offset() <= 0 ? List.of()
                    : contributions.page(query, PageRead.before(before.row(), limit));
            // Less than a page before it: the previous page is the first one, which starts at the first row.
            return rows.size() < limit ? at(contributions, query, 0, limit)
                    : new ContributionPage(rows, Math.min(before.offset(), lastOffset(before.total(), limit)),
                            before.total());
        }
        return at(contributions, query, ((PageStart.At) start).offset(), limit);
    }

    private static int lastOffset(long total, int limit) {
        return (int) (Math.max(0, total - 1) / limit * limit);
    }

    /** The page at a position, the rows counted; a position past the end is the last page. */
    private static ContributionPage at(ContributionRepository contributions, ContributionQuery query, int position,
            int limit) {
        long total = contributions.count(query);
        int offset = Math.max(0, Math.min(position, lastOffset(total, limit)));
        return at(contributions, query, offset, total, limit);
    }

    private static ContributionPage at(ContributionRepository contributions, ContributionQuery query, int offset,
            long total, int limit) {
        PageRead read = offset <= total / 2 ? PageRead.fromStart(offset, limit)
                : PageRead.fromEnd((int) Math.max(0, total - offset - limit), (int) Math.min(limit, total - offset));
        return new ContributionPage(contributions.page(query, read), offset, total);
    }
}

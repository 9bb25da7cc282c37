package org.octopusdesk.service.contributions;

import java.util.List;
import org.octopusdesk.domain.contribution.Contribution;

/**
 * One page of a contribution list.
 *
 * @param offset the position of the first row among all that match
 * @param total how many contributions match the query
 */
public record ContributionPage(List<Contribution> rows, int offset, long total) {

    public ContributionPage {
        rows = List.copyOf(rows);
    }
}

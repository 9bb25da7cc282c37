package org.octopusdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.octopusdesk.service.contributions.ContributionQuery;

/**
 * Keyset paging places a row by its sorted value and its id (decision 0032); a column that could be {@code NULL}
 * would need its own rule (SQL compares nothing with {@code NULL}, and H2 and PostgreSQL sort it at different
 * ends), so a sorted column made nullable one day must fail here first.
 */
class ContributionListOrderTest {

    @Test
    void everyColumnAListIsSortedByIsNotNull() {
        for (ContributionQuery.Sort sort : ContributionQuery.Sort.values()) {
            assertThat(ContributionListOrder.sortColumn(sort).getDataType().nullable()).as(sort.name()).isFalse();
        }
    }
}

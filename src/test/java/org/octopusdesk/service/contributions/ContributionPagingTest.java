package org.octopusdesk.service.contributions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.ContributionStatus;
import org.octopusdesk.persistence.BulkContributions;
import org.octopusdesk.persistence.TestDatabase;

/**
 * The list's pages (ids read from the ordering index first, filtered columns leading the order; decision 0029),
 * put end to end, are the whole list in the order a person asked for, worked out here from every contribution: no
 * row skipped or repeated, for each sort in both directions, with and without filters, and a page asked past the
 * end is the last one.
 */
class ContributionPagingTest {

    private static final int PAGE = 70;

    @TempDir
    static Path folder;
    private static TestDatabase database;
    private static List<Contribution> all;

    @BeforeAll
    static void generate() {
        database = TestDatabase.withRates(folder);
        BulkContributions.generate(database, 12, 6, 500, 2);
        all = new ArrayList<>();
        database.contributions().forEach(ContributionQuery.all(), details -> all.add(details.contribution()));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void everySortInBothDirectionsPagesThroughTheWholeListInItsOrder() {
        for (ContributionQuery.Sort sort : ContributionQuery.Sort.values()) {
            for (boolean ascending : List.of(true, false)) {
                assertPagesAreTheList(ContributionQuery.all().sortedBy(sort, ascending), pledge -> true);
            }
        }
    }

    @Test
    void filteredListsPageThroughTheirRowsInOrder() {
        Contribution some = all.get(17);
        var project = some.allocations().get(0).projectId();
        for (boolean ascending : List.of(true, false)) {
            for (ContributionQuery.Sort sort : List.of(ContributionQuery.Sort.AGREEMENT_DATE,
                    ContributionQuery.Sort.AMOUNT)) {
                ContributionQuery query = ContributionQuery.all().sortedBy(sort, ascending);
                assertPagesAreTheList(query.withDonor(some.donorId()),
                        pledge -> pledge.donorId().equals(some.donorId()));
                assertPagesAreTheList(query.withCurrency(some.pledged().currency()),
                        pledge -> pledge.pledged().currency().equals(some.pledged().currency()));
                assertPagesAreTheList(query.withStatus(ContributionStatus.RECEIVED),
                        pledge -> pledge.status() == ContributionStatus.RECEIVED);
                assertPagesAreTheList(query.withProject(project).withYear(some.agreementDate().getYear())
                        .withStatus(some.status()), pledge -> pledge.agreementDate().getYear()
                        == some.agreementDate().getYear() && pledge.status() == some.status()
                        && pledge.allocations().stream().anyMatch(earmark -> earmark.projectId().equals(project)));
            }
        }
    }

    @Test
    void aPageAskedPastTheEndIsTheLastPage() {
        ContributionPage page = database.contributions().page(ContributionQuery.all(), 10_000, PAGE);

        assertThat(page.offset()).isEqualTo((all.size() - 1) / PAGE * PAGE);
        assertThat(page.total()).isEqualTo(all.size());
        assertThat(page.rows()).hasSize(all.size() - page.offset());
    }

    private static void assertPagesAreTheList(ContributionQuery query, Predicate<Contribution> matches) {
        List<String> expected = all.stream().filter(matches).sorted(order(query)).map(Contribution::reference)
                .toList();
        List<String> paged = new ArrayList<>();
        long total = -1;
        for (int offset = 0; total < 0 || offset < total; offset += PAGE) {
            ContributionPage page = database.contributions().page(query, offset, PAGE);
            total = page.total();
            page.rows().forEach(pledge -> paged.add(pledge.reference()));
            if (page.rows().isEmpty()) {
                break;
            }
        }
        assertThat(total).as(query.toString()).isEqualTo(expected.size());
        assertThat(paged).as(query.toString()).isEqualTo(expected);
    }

    /** The order a person expects, the id breaking ties in the same direction. */
    private static Comparator<Contribution> order(ContributionQuery query) {
        Comparator<Contribution> byColumn = switch (query.sort()) {
            case AGREEMENT_DATE -> Comparator.comparing(Contribution::agreementDate);
            case REFERENCE -> Comparator.comparing(Contribution::reference);
            case DONOR -> Comparator.comparing(Contribution::donorName);
            case CURRENCY -> Comparator.comparing(pledge -> pledge.pledged().currency());
            case AMOUNT -> Comparator.comparing(pledge -> pledge.pledged().amount());
            case RECEIVED_EUROS -> Comparator.comparing(pledge -> pledge.receivedEuros().amount());
            case STATUS -> Comparator.comparing(pledge -> pledge.status().name());
        };
        Comparator<Contribution> order = byColumn.thenComparing(pledge -> pledge.id().value());
        return query.ascending() ? order : order.reversed();
    }
}

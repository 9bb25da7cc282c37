package org.octopusdesk.service.contributions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.ContributionDraft;
import org.octopusdesk.domain.contribution.ContributionStatus;
import org.octopusdesk.persistence.BulkContributions;
import org.octopusdesk.persistence.TestDatabase;

/**
 * The list's pages (ids read from the ordering index first, filtered columns leading the order; decision 0029),
 * put end to end, are the whole list in the order a person asked for, worked out here from every contribution: no
 * row skipped or repeated, for each sort in both directions, with and without filters, and a page asked past the
 * end is the last one. Walked by next and previous from the rows shown (keyset, decision 0032), every page is
 * the page at its position, ties of the sorted value included.
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
        // The generated amounts are all different: a few copies of the oldest pledge tie on every sorted column
        // but the reference, at the end of the newest-first list.
        Contribution oldest = database.contributions().page(ContributionQuery.all()
                .sortedBy(ContributionQuery.Sort.AGREEMENT_DATE, true), 0, 1).rows().get(0);
        for (int i = 1; i <= 5; i++) {
            database.contributions().create(new ContributionDraft(oldest.donorId(), "TIE-" + i,
                    oldest.agreementDate(), oldest.pledged().amount(), oldest.pledged().currency(), "", "",
                    List.of()));
        }
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
    void nextAndPreviousFromTheRowsShownWalkEveryListAsItsPagesByPosition() {
        Contribution some = all.get(17);
        var project = some.allocations().get(0).projectId();
        Map<ContributionQuery, Predicate<Contribution>> filters = new LinkedHashMap<>();
        filters.put(ContributionQuery.all(), pledge -> true);
        filters.put(ContributionQuery.all().withDonor(some.donorId()),
                pledge -> pledge.donorId().equals(some.donorId()));
        filters.put(ContributionQuery.all().withCurrency(some.pledged().currency()),
                pledge -> pledge.pledged().currency().equals(some.pledged().currency()));
        filters.put(ContributionQuery.all().withStatus(ContributionStatus.RECEIVED),
                pledge -> pledge.status() == ContributionStatus.RECEIVED);
        filters.put(ContributionQuery.all().withYear(some.agreementDate().getYear()),
                pledge -> pledge.agreementDate().getYear() == some.agreementDate().getYear());
        filters.put(ContributionQuery.all().withProject(project),
                pledge -> pledge.allocations().stream().anyMatch(earmark -> earmark.projectId().equals(project)));
        for (ContributionQuery.Sort sort : ContributionQuery.Sort.values()) {
            for (boolean ascending : List.of(true, false)) {
                filters.forEach((filter, matches) -> assertKeysetPagesAreTheList(filter.sortedBy(sort, ascending),
                        matches));
            }
        }
    }

    @Test
    void nextKeepsTheCountShownAndAJumpCountsAgain() {
        ContributionService service = database.contributions();
        ContributionPage first = service.page(ContributionQuery.all(), PageStart.at(0), PAGE);
        Contribution added = service.create(new ContributionDraft(first.rows().get(0).donorId(), "COUNTED-1",
                first.rows().get(0).agreementDate(), first.rows().get(0).pledged().amount(),
                first.rows().get(0).pledged().currency(), "", "", List.of()));
        try {
            assertThat(service.page(ContributionQuery.all(), PageStart.after(first.rows().get(PAGE - 1), PAGE,
                    first.total()), PAGE).total()).as("the count shown, until the list reloads")
                    .isEqualTo(first.total());
            assertThat(service.page(ContributionQuery.all(), PageStart.at(PAGE), PAGE).total())
                    .as("a reload by position counts").isEqualTo(first.total() + 1);
        } finally {
            service.delete(added.id(), added.version());
        }
    }

    @Test
    void aRenamedDonorsPledgesSortUnderTheNewNameAtOnce() {
        Contribution some = all.get(17);
        var donor = database.donors().get(some.donorId());
        long pledges = all.stream().filter(pledge -> pledge.donorId().equals(some.donorId())).count();
        var renamed = database.donors().update(donor.id(), donor.version(), new org.octopusdesk.domain.donor
                .DonorDraft("AAA first of all", donor.kind(), donor.country(), donor.contactNotes()));
        try {
            List<Contribution> first = database.contributions().page(ContributionQuery.all()
                    .sortedBy(ContributionQuery.Sort.DONOR, true), 0, (int) pledges).rows();
            assertThat(first).extracting(Contribution::donorName).containsOnly("AAA first of all");
            assertThat(first).extracting(Contribution::donorId).containsOnly(some.donorId());
        } finally {
            database.donors().update(donor.id(), renamed.version(), new org.octopusdesk.domain.donor.DonorDraft(
                    donor.name(), donor.kind(), donor.country(), donor.contactNotes()));
        }
    }

    @Test
    void everySortedColumnButTheUniqueReferenceHasTiesHereSoThatPagesEndInsideThem() {
        for (ContributionQuery.Sort sort : EnumSet.complementOf(EnumSet.of(ContributionQuery.Sort.REFERENCE))) {
            Set<Contribution> values = new TreeSet<>(column(sort));
            values.addAll(all);
            assertThat(values.size()).as(sort.name()).isLessThan(all.size());
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

    /**
     * Walks the list forwards by next (from the last row shown) and backwards by previous (from the first row shown,
     * starting on the last page): each page is the page by position, and the pages end to end are the whole list.
     */
    private static void assertKeysetPagesAreTheList(ContributionQuery query, Predicate<Contribution> matches) {
        ContributionService service = database.contributions();
        List<String> expected = all.stream().filter(matches).sorted(order(query)).map(Contribution::reference)
                .toList();
        List<String> forwards = new ArrayList<>();
        ContributionPage page = service.page(query, PageStart.at(0), PAGE);
        while (true) {
            assertSamePage(query, page);
            page.rows().forEach(pledge -> forwards.add(pledge.reference()));
            if (page.offset() + PAGE >= page.total()) {
                break;
            }
            page = service.page(query, PageStart.after(page.rows().get(page.rows().size() - 1),
                    page.offset() + PAGE, page.total()), PAGE);
        }
        assertThat(forwards).as("next through " + query).isEqualTo(expected);

        List<String> backwards = new ArrayList<>();
        page = service.page(query, PageStart.at(Integer.MAX_VALUE), PAGE);
        while (true) {
            assertSamePage(query, page);
            backwards.addAll(0, page.rows().stream().map(Contribution::reference).toList());
            if (page.offset() == 0) {
                break;
            }
            page = service.page(query, PageStart.before(page.rows().get(0), page.offset() - PAGE, page.total()),
                    PAGE);
        }
        assertThat(backwards).as("previous through " + query).isEqualTo(expected);
    }

    private static void assertSamePage(ContributionQuery query, ContributionPage page) {
        assertThat(page.rows()).as(query + " at " + page.offset()).isEqualTo(database.contributions()
                .page(query, page.offset(), PAGE).rows());
    }

    /** The order a person expects, the id breaking ties in the same direction. */
    private static Comparator<Contribution> order(ContributionQuery query) {
        Comparator<Contribution> order = column(query.sort()).thenComparing(pledge -> pledge.id().value());
        return query.ascending() ? order : order.reversed();
    }

    private static Comparator<Contribution> column(ContributionQuery.Sort sort) {
        return switch (sort) {
            case AGREEMENT_DATE -> Comparator.comparing(Contribution::agreementDate);
            case REFERENCE -> Comparator.comparing(Contribution::reference);
            case DONOR -> Comparator.comparing(Contribution::donorName);
            case CURRENCY -> Comparator.comparing(pledge -> pledge.pledged().currency());
            case AMOUNT -> Comparator.comparing(pledge -> pledge.pledged().amount());
            case RECEIVED_EUROS -> Comparator.comparing(pledge -> pledge.receivedEuros().amount());
            case STATUS -> Comparator.comparing(pledge -> pledge.status().name());
        };
    }
}

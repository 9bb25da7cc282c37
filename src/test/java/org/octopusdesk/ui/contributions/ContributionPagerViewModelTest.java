package org.octopusdesk.ui.contributions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.ContributionDraft;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.persistence.BulkContributions;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.contributions.ContributionQuery;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.SameThreadRunner;
import org.octopusdesk.ui.common.ScriptedDialogs;

/**
 * The list's paging controls (decision 0032): next and previous continue from the rows shown and land on the same
 * rows as the page at that position; first, last and a typed page number jump; the label names the page; a sort
 * or a filter starts again from the first page, and a reload keeps the person on their page.
 */
class ContributionPagerViewModelTest {

    private static final int PAGE = ContributionListViewModel.PAGE_SIZE;

    @TempDir
    static Path folder;
    private static TestDatabase database;
    private ContributionListViewModel list;

    @BeforeAll
    static void generate() {
        database = TestDatabase.withRates(folder.resolve("db"));
        BulkContributions.generate(database, 8, 3, 450, 1);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @BeforeEach
    void open() {
        Messages messages = Messages.forLanguage("en");
        ScriptedDialogs dialogs = new ScriptedDialogs();
        list = new ContributionListViewModel(database.contributions(), database.contributionFiles(),
                database.donors(), database.projects(), new SameThreadRunner(), dialogs,
                new ErrorReporter(dialogs, messages, folder.resolve("log")), messages);
        list.reload();
    }

    @Test
    void nextAndPreviousShowTheRowsOfThePageAtTheirPositionAndTheLabelNamesIt() {
        list.sortBy(ContributionQuery.Sort.STATUS, true);
        for (int page = 1; page <= 5; page++) {
            assertShowsPage(page);
            list.nextPage();
        }
        assertShowsPage(5);
        long total = list.totalProperty().get();
        assertThat(list.pageTextProperty().get()).isEqualTo("Page 5 of 5 · 401–" + total + " of " + total);
        assertThat(list.hasNext()).isFalse();
        for (int page = 4; page >= 1; page--) {
            list.previousPage();
            assertShowsPage(page);
        }
        assertThat(list.hasPrevious()).isFalse();
        list.previousPage();
        assertShowsPage(1);
    }

    @Test
    void firstLastAndATypedPageNumberJump() {
        list.lastPage();
        assertShowsPage(5);
        list.firstPage();
        assertShowsPage(1);

        assertThat(list.goToPage(" 3 ")).isTrue();
        assertShowsPage(3);
        assertThat(list.pageTextProperty().get()).isEqualTo("Page 3 of 5 · 201–300 of "
                + list.totalProperty().get());
        assertThat(list.goToPage("three")).isFalse();
        assertThat(list.goToPage("")).isFalse();
        assertShowsPage(3);
        assertThat(list.goToPage("1,000")).as("past the end: the last page").isTrue();
        assertShowsPage(5);
        assertThat(list.goToPage("0")).as("before the start: the first page").isTrue();
        assertShowsPage(1);
    }

    @Test
    void aSortOrAFilterStartsAgainAndAReloadKeepsThePage() {
        list.nextPage();
        list.nextPage();
        list.sortBy(ContributionQuery.Sort.AMOUNT, false);
        assertShowsPage(1);

        list.nextPage();
        Contribution shown = list.rows().get(7);
        list.selectedProperty().set(shown);
        // A pledge entered elsewhere that sorts after every page shown: the second page keeps its rows.
        database.contributions().create(new ContributionDraft(shown.donorId(), "ZZ-RELOADED",
                LocalDate.of(2001, 1, 1), java.math.BigDecimal.ONE, "EUR", "", "", List.of()));
        long before = list.totalProperty().get();
        list.reload();
        assertShowsPage(2);
        assertThat(list.totalProperty().get()).isEqualTo(before + 1);
        assertThat(list.selectedProperty().get()).extracting(Contribution::id).isEqualTo(shown.id());

        list.currencyFilterProperty().set(shown.pledged().currency());
        assertShowsPage(1);
        assertThat(list.rows()).allSatisfy(row -> assertThat(row.pledged().currency())
                .isEqualTo(shown.pledged().currency()));
    }

    /** The rows shown are those the database puts at that page's position, and the label says which page. */
    private void assertShowsPage(int number) {
        int offset = (number - 1) * PAGE;
        List<String> atPosition = database.contributions().page(list.query(), offset, PAGE).rows().stream()
                .map(Contribution::reference).toList();
        assertThat(list.offsetProperty().get()).isEqualTo(offset);
        assertThat(list.pageNumber()).isEqualTo(number);
        assertThat(list.rows()).extracting(Contribution::reference).isEqualTo(atPosition).isNotEmpty();
        assertThat(list.pageTextProperty().get()).startsWith("Page " + number + " of " + list.pages() + " · ");
    }
}

package org.octopusdesk.service.conferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.contributions.ContributionImportException;
import org.octopusdesk.service.contributions.ContributionQuery;
import org.octopusdesk.service.contributions.ImportProblem;

/** The contributions file carries an earmark's edition by its year, and refuses one it cannot place. */
class EditionEarmarkCsvTest {

    @TempDir
    Path folder;
    private TestDatabase database;
    private BudgetFixture fixture;

    @BeforeEach
    void open() {
        database = TestDatabase.withRates(folder);
        fixture = new BudgetFixture(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anEarmarkToAnEditionComesBackFromItsExport() {
        fixture.pledgeToBucharest("JP-2023", "50000", "30000");
        String exported = export();
        assertThat(exported).contains(",confirmed_warnings,conference").contains("allocation,JP-2023,")
                .containsPattern("allocation,JP-2023,.*,2023\\R");

        TestDatabase target = TestDatabase.withRates(folder.resolve("target"));
        try {
            BudgetFixture there = new BudgetFixture(target);
            target.contributionFiles().importText(exported, false);

            assertThat(target.contributions().findByReference("JP-2023").orElseThrow().allocations())
                    .singleElement().satisfies(allocation -> assertThat(allocation.edition())
                            .isEqualTo(there.bucharest.id()));
            assertThat(target.conferenceBudgets().budget(there.bucharest.id()).receivedEuros().amount())
                    .isEqualByComparingTo("30000.00");
        } finally {
            target.close();
        }
    }

    @Test
    void anUnknownYearAndAnEditionOfNoProjectAreRefusedOnTheirLine() {
        String file = "record,reference,donor,date,amount,currency,project,share_percent,conference\n"
                + "pledge,JP-1,Japan,2023-06-01,1000,EUR,,,\n"
                + "allocation,JP-1,,,,,OCTOPUS,100,2031\n"
                + "pledge,JP-2,Japan,2023-06-01,1000,EUR,,,\n"
                + "allocation,JP-2,,,,,OCTOPUS,100,2024\n";

        assertThatThrownBy(() -> database.contributionFiles().importText(file, false))
                .isInstanceOfSatisfying(ContributionImportException.class, refused -> assertThat(
                        refused.report().errors()).extracting(ImportProblem::line, ImportProblem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(3,
                                "error.contributionImport.unknownEdition"),
                                org.assertj.core.groups.Tuple.tuple(5, "error.contributionImport.unknownEdition")));
        assertThat(database.contributions().findByReference("JP-1")).isEmpty();
    }

    private String export() {
        StringWriter out = new StringWriter();
        database.contributionFiles().export(ContributionQuery.all(), out);
        return out.toString();
    }
}

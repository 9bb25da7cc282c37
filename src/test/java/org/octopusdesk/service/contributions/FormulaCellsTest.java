package org.octopusdesk.service.contributions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.contribution.AllocationBasis;
import org.octopusdesk.domain.contribution.AllocationDraft;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.ContributionDraft;
import org.octopusdesk.persistence.TestDatabase;

/**
 * Issue 9, finding 3: notes, references and intermediaries that a spreadsheet would run as formulas are exported
 * behind a {@code '}, numbers are not, and the file imports back to the same text.
 */
class FormulaCellsTest {

    private static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";

    @TempDir
    Path folder;

    @Test
    void formulaTextIsExportedAsTextAndComesBackUnchanged() {
        try (TestDatabase source = new TestDatabase(folder.resolve("a"));
                TestDatabase target = new TestDatabase(folder.resolve("b"))) {
            ContributionFixture fixture = new ContributionFixture(source);
            new ContributionFixture(target);
            source.contributions().create(new ContributionDraft(fixture.canada.id(), "-CA-1",
                    LocalDate.of(2020, 10, 19), new BigDecimal("250000"), "CAD", "@intermediary", HYPERLINK,
                    List.of(new AllocationDraft(fixture.octopus.id(), AllocationBasis.UNDISCLOSED, null, "+1+1"))));

            String exported = export(source);

            assertThat(exported.lines().skip(1)).containsExactly(
                    "pledge,'-CA-1,Canada,2020-10-19,250000.00,CAD,,,,'@intermediary,,,"
                            + "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",PLEDGED,0.00,,,,,,",
                    "allocation,'-CA-1,,,,,OCTOPUS,,,,,,'+1+1,,,,,,,,");
            target.contributionFiles().importText(exported, false);
            Contribution back = target.contributions().findByReference("-CA-1").orElseThrow();
            assertThat(back.reference()).isEqualTo("-CA-1");
            assertThat(back.intermediary()).isEqualTo("@intermediary");
            assertThat(back.notes()).isEqualTo(HYPERLINK);
            assertThat(back.allocations().get(0).note()).isEqualTo("+1+1");
            assertThat(export(target)).isEqualTo(exported);
        }
    }

    private static String export(TestDatabase database) {
        StringWriter out = new StringWriter();
        database.contributionFiles().export(ContributionQuery.all(), out);
        return out.toString();
    }
}

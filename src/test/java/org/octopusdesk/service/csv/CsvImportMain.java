package org.octopusdesk.service.csv;

import java.nio.file.Path;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.contributions.ContributionImportException;
import org.octopusdesk.service.contributions.ImportProblem;

/**
 * Child process of {@link BoundedCsvTest}: imports a contributions file into a data folder as the command line does
 * and prints "imported PLEDGES", or "refused LINE KEY" for the first error.
 */
public final class CsvImportMain {

    private CsvImportMain() {
    }

    public static void main(String[] args) {
        try (TestDatabase database = new TestDatabase(Path.of(args[0]))) {
            System.out.println("imported " + database.contributionFiles().importFile(Path.of(args[1]), false)
                    .pledges());
        } catch (ContributionImportException refused) {
            ImportProblem first = refused.report().errors().get(0);
            System.out.println("refused " + first.line() + " " + first.messageKey());
        }
    }
}

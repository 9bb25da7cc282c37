package org.octopusdesk.service.rates;

import java.nio.file.Path;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.persistence.TestDatabase;

/**
 * Child process of {@link BoundedRatesFilesTest}: imports a rates file into a data folder as the command line does
 * and prints "imported DAYS ADDED", or "refused KEY" with the message's key.
 */
public final class RatesImportMain {

    private RatesImportMain() {
    }

    public static void main(String[] args) {
        try (TestDatabase database = new TestDatabase(Path.of(args[0]))) {
            ImportReport report = database.rates().importFile(Path.of(args[1]), done -> { });
            System.out.println("imported " + report.days() + " " + report.added());
        } catch (DomainException refused) {
            System.out.println("refused " + refused.messageKey());
        }
    }
}

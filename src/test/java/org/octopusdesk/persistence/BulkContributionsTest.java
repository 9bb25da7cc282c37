package org.octopusdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.service.check.CheckReport;

/**
 * The bench's generated data obeys the services' rules: the application's own check finds every total, summary,
 * ledger row and closing day it derives from the payments as stored, though the generator writes them its own way.
 */
class BulkContributionsTest {

    @TempDir
    Path folder;

    @Test
    void theGeneratedDataAgreesWithItsPayments() {
        try (TestDatabase database = new TestDatabase(folder)) {
            BulkContributions.generate(database, 7, 3, 400, 5);

            CheckReport report = database.dataCheck().check(share -> { });

            assertThat(report.differences()).isEmpty();
            assertThat(report.agrees()).isTrue();
            assertThat(report.contributions()).isEqualTo(400);
            assertThat(report.payments()).isEqualTo(database.database().countPayments()).isBetween(1_600L, 2_000L);
        }
    }
}

package org.octopusdesk.service.contributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.ContributionStatus;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.csv.ImportProgress;

/**
 * Issue 9, finding 6, without timing: a large file is checked whole before anything is written, so a refused one
 * changes nothing, not even the database file's size; a good one is written whole, with its derived figures (parts,
 * summaries, totals) as the check computes them, and one audit entry.
 */
class BulkImportTest {

    private static final int LINES = 6_000;
    private static final List<String> TABLES = List.of("contribution", "allocation", "payment", "payment_part",
            "receipt_by_earmark", "receipt_by_donor", "exchange_rate", "audit_entry");

    @TempDir
    Path folder;
    private TestDatabase database;

    @BeforeEach
    void open() {
        database = TestDatabase.withRates(folder.resolve("db"));
        GeneratedContributionFile.prepare(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aFileWithOneBadLineWritesNothingAtAll() throws Exception {
        Path file = folder.resolve("bad.csv");
        Files.writeString(file, GeneratedContributionFile.text(LINES, LINES / 2));
        Map<String, Long> before = counts();
        long size = Files.size(dataFile());
        List<ImportProgress.Stage> stages = new ArrayList<>();

        assertThatThrownBy(() -> database.contributionFiles().importFile(file, false,
                (stage, done, total) -> stages.add(stage)))
                .isInstanceOfSatisfying(ContributionImportException.class, refused -> assertThat(
                        refused.report().errors()).singleElement().satisfies(problem -> {
                            assertThat(problem.line()).isEqualTo(LINES / 2);
                            assertThat(problem.messageKey()).isEqualTo("error.contributionImport.badNumber");
                        }));

        assertThat(counts()).isEqualTo(before);
        assertThat(Files.size(dataFile())).isEqualTo(size);
        assertThat(stages).isNotEmpty().containsOnly(ImportProgress.Stage.CHECKED);
    }

    @Test
    void aGoodFileIsWrittenWholeWithItsDerivedFiguresAndOneAuditEntry() throws Exception {
        Path file = folder.resolve("good.csv");
        Files.writeString(file, GeneratedContributionFile.text(LINES, 0));
        Map<String, Long> before = counts();
        List<Integer> written = new ArrayList<>();

        ContributionImportReport report = database.contributionFiles().importFile(file, false,
                (stage, done, total) -> {
                    if (stage == ImportProgress.Stage.WRITTEN) {
                        written.add(done);
                    }
                });

        int pledges = LINES / 3;
        assertThat(report).isEqualTo(new ContributionImportReport(pledges, pledges, pledges, List.of(), List.of()));
        Map<String, Long> after = counts();
        assertThat(after.get("contribution") - before.get("contribution")).isEqualTo(pledges);
        assertThat(after.get("allocation") - before.get("allocation")).isEqualTo(pledges);
        assertThat(after.get("payment") - before.get("payment")).isEqualTo(pledges);
        assertThat(after.get("audit_entry") - before.get("audit_entry")).isEqualTo(1);
        assertThat(database.fetchValue("SELECT COUNT(*) FROM contribution WHERE status = 'CANCELLED'", Long.class))
                .isEqualTo(pledges / 11);
        assertThat(written).isSorted().last().isEqualTo(2 * pledges);
        assertThat(database.dataCheck().check(share -> { }).differenceCount()).isZero();
        assertThat(database.database().auditTrail().latest(ContributionService.FILE_AUDIT_TYPE, 5)).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.recordKey()).isEqualTo("good.csv");
                    assertThat(entry.newValues()).contains("audit.import.pledges: " + pledges,
                            "audit.import.payments: " + pledges, "audit.import.references: GEN-1 … GEN-" + pledges);
                });
        assertThat(database.audit().verify(share -> { }).intact()).isTrue();
    }

    @Test
    void paymentsIntoStoredPledgesMeetThemAsTheEarlierLinesLeftThem() {
        database.contributionFiles().importText(GeneratedContributionFile.HEADER
                + "pledge,S-1,Donor 001,2020-01-10,1000,USD,,,,,,,\n"
                + "allocation,S-1,,,,,P01,60,,,,,\n"
                + "allocation,S-1,,,,,P02,40,,,,,\n", false);
        Contribution stored = database.contributions().findByReference("S-1").orElseThrow();
        String payments = GeneratedContributionFile.HEADER
                + "payment,S-1,,2020-02-03,600,USD,,,,,,,\n"
                + "payment,s-1,,2020-03-02,500,USD,,,,,,,\n";

        assertThatThrownBy(() -> database.contributionFiles().importText(payments, false))
                .isInstanceOfSatisfying(ContributionImportException.class, refused -> {
                    assertThat(refused.onlyWarnings()).isTrue();
                    assertThat(refused.report().warnings()).singleElement().satisfies(warning -> {
                        assertThat(warning.line()).isEqualTo(3);
                        assertThat(warning.messageKey()).isEqualTo("warning.payment.overpayment");
                    });
                });
        database.contributionFiles().importText(payments, true);

        Contribution paid = database.contributions().findByReference("S-1").orElseThrow();
        assertThat(paid.paid().amount()).isEqualByComparingTo("1100");
        assertThat(paid.paymentCount()).isEqualTo(2);
        assertThat(paid.status()).isEqualTo(ContributionStatus.RECEIVED);
        assertThat(paid.version()).isEqualTo(stored.version() + 1);
        assertThat(database.dataCheck().check(share -> { }).differenceCount()).isZero();
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(table -> counts.put(table, database.fetchValue("SELECT COUNT(*) FROM " + table, Long.class)));
        return counts;
    }

    private Path dataFile() {
        return folder.resolve("db").resolve("octopus-desk.mv.db");
    }
}

package org.octopusdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.service.ServerDatabase;
import org.octopusdesk.service.transfer.CopyReport;

/** The copy of a whole database from embedded H2 into an empty PostgreSQL database and back. Always on both. */
class DatabaseCopyTest {

    @TempDir
    Path folder;

    private final JooqDatabaseCopy copy = new JooqDatabaseCopy();

    @Test
    void theSampleGoesToPostgresqlAndBackWithEveryRowAndEveryMoneySum() {
        Path embedded = folder.resolve("embedded");
        BigDecimal received;
        try (TestDatabase original = TestDatabase.embeddedWithRates(embedded, TestDatabase.TODAY)) {
            original.sampleData().load();
            // Three months of the ECB history are enough to prove the rates' copy; all of it takes minutes here.
            original.execute("DELETE FROM exchange_rate WHERE rate_date NOT BETWEEN DATE '2024-01-01' AND "
                    + "DATE '2024-03-31'");
            received = original.fetchValue("SELECT SUM(eur_amount) FROM payment", BigDecimal.class);
        }
        ServerDatabase server = PostgresTestServer.get().createDatabase(null);

        CopyReport there = copy.toServer(embedded, server);

        assertThat(there.matches()).isTrue();
        assertThat(there.tables()).extracting(CopyReport.TableCount::table)
                .contains("project", "donor", "contribution", "payment", "exchange_rate", "audit_entry");
        assertThat(count(there, "payment")).isPositive();
        assertThat(sum(there, "payment.eur_amount")).isEqualByComparingTo(received);
        assertThat(there.sums()).extracting(CopyReport.ColumnSum::column).contains("eur_amount", "units_per_euro");

        Path serverFolder = folder.resolve("server-workstation");
        try (TestDatabase onServer = new TestDatabase(serverFolder, server)) {
            assertThat(onServer.fetchValue("SELECT SUM(eur_amount) FROM payment", BigDecimal.class))
                    .isEqualByComparingTo(received);
            assertThat(onServer.audit().verify(share -> { }).intact()).as("the audit chain survives the copy").isTrue();
            assertThat(onServer.dataCheck().check(share -> { }).agrees()).isTrue();
            long before = onServer.projects().list().size();
            onServer.projects().create(draft("NEW", "After the move"));
            assertThat(onServer.projects().list()).as("ids go on after the copied ones").hasSize((int) before + 1);
        }

        Path back = folder.resolve("back");
        CopyReport returned = copy.toEmbedded(server, back);

        assertThat(returned.matches()).isTrue();
        assertThat(sum(returned, "payment.eur_amount")).isEqualByComparingTo(received);
        assertThat(count(returned, "project")).isEqualTo(count(there, "project") + 1);
        Map<String, BigDecimal> thereSums = sums(there);
        sums(returned).forEach((column, value) -> {
            if (!column.startsWith("project.")) {
                assertThat(value).as(column).isEqualByComparingTo(thereSums.get(column));
            }
        });
    }

    @Test
    void aTargetHoldingRecordsIsRefusedAndKeepsThem() {
        Path embedded = folder.resolve("embedded");
        Database.open(embedded).close();
        ServerDatabase server = PostgresTestServer.get().createDatabase(null);
        try (TestDatabase someone = new TestDatabase(folder.resolve("other"), server)) {
            someone.projects().create(draft("KEEP", "Kept"));
        }

        assertThatThrownBy(() -> copy.toServer(embedded, server))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("error.copy.targetNotEmpty");
                    assertThat(refused.arguments()).singleElement().isIn("project", "audit_entry");
                });
        try (TestDatabase someone = new TestDatabase(folder.resolve("again"), server)) {
            assertThat(someone.projects().list()).extracting(project -> project.code()).containsExactly("KEEP");
        }
        assertThatThrownBy(() -> copy.toEmbedded(server, embedded))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("error.copy.targetExists"));
    }

    @Test
    void tablesComeAfterTheTablesTheyPointTo() {
        var order = CopyOrder.of(Database.schemaTables());

        assertThat(order).hasSameSizeAs(Database.schemaTables());
        for (int i = 0; i < order.size(); i++) {
            var table = order.get(i);
            var earlier = order.subList(0, i);
            table.getReferences().stream().map(reference -> reference.getKey().getTable())
                    .filter(parent -> !parent.equals(table))
                    .forEach(parent -> assertThat(earlier).as(table.getName()).contains(parent));
        }
    }

    private static org.octopusdesk.domain.project.ProjectDraft draft(String code, String name) {
        return new org.octopusdesk.domain.project.ProjectDraft(code, name, java.time.LocalDate.of(2027, 1, 1),
                java.time.LocalDate.of(2028, 12, 31), org.octopusdesk.domain.project.ProjectStatus.PLANNED,
                new BigDecimal("1000.00"), "", java.util.List.of(), null);
    }

    private static long count(CopyReport report, String table) {
        return report.tables().stream().filter(count -> count.table().equals(table)).findFirst().orElseThrow()
                .target();
    }

    private static BigDecimal sum(CopyReport report, String column) {
        return sums(report).get(column);
    }

    private static Map<String, BigDecimal> sums(CopyReport report) {
        return report.sums().stream().collect(Collectors.toMap(sum -> sum.table() + "." + sum.column(),
                CopyReport.ColumnSum::target));
    }
}

package org.octopusdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.donor.DonorDraft;
import org.octopusdesk.domain.donor.DonorKind;
import org.octopusdesk.service.DataChanges;
import org.octopusdesk.service.ServerDatabase;

/**
 * Two workstations on one PostgreSQL database, each with its own connections: a change committed on one reaches
 * the other's listener within seconds, also after its listening connection was cut. Always on PostgreSQL.
 */
class ServerChangeNoticesTest {

    /** What "within seconds" means on a loaded shared machine; measured figures are well below. */
    private static final long WITHIN_SECONDS = 10;

    @TempDir
    Path folder;
    private Database first;
    private Database second;
    private final Semaphore heardByFirst = new Semaphore(0);
    private final AtomicInteger announcedToFirst = new AtomicInteger();
    private DataChanges.Subscription subscription;

    @BeforeEach
    void open() {
        ServerDatabase shared = PostgresTestServer.get().databaseFor(folder.resolve("first"));
        first = Database.open(folder.resolve("first"), shared);
        second = Database.open(folder.resolve("second"), shared);
        subscription = first.changes().subscribe(() -> {
            announcedToFirst.incrementAndGet();
            heardByFirst.release();
        });
    }

    @AfterEach
    void close() {
        subscription.close();
        second.close();
        first.close();
    }

    @Test
    void aChangeCommittedOnTheSecondWorkstationReachesTheFirstWithinSeconds() throws Exception {
        awaitListening();
        long start = System.nanoTime();
        second.donors().insert(new DonorDraft("Japan", DonorKind.STATE_PARTY, "Japan", ""), Instant.now());

        assertThat(heardByFirst.tryAcquire(WITHIN_SECONDS, TimeUnit.SECONDS)).isTrue();
        System.out.printf("A change reached the other workstation in %d ms%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));

        // The first workstation's own write is announced once, as it commits, and not again by the server.
        announcedToFirst.set(0);
        first.donors().insert(new DonorDraft("Canada", DonorKind.STATE_PARTY, "Canada", ""), Instant.now());
        second.donors().insert(new DonorDraft("Norway", DonorKind.STATE_PARTY, "Norway", ""), Instant.now());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WITHIN_SECONDS);
        while (announcedToFirst.get() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(1_000);
        assertThat(announcedToFirst.get()).as("its own write, then the other's: no echo").isEqualTo(2);
    }

    @Test
    void aCutListeningConnectionIsOpenedAgainAndCatchesUp() throws Exception {
        awaitListening();
        int cut = second.dsl().fetchOne("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                + "WHERE datname = current_database() AND application_name LIKE '%" + ServerChangeListener.LISTENING
                + "'").get(0, Integer.class);
        assertThat(cut).isEqualTo(2);

        // Back, it says that something may have changed while it was away...
        assertThat(heardByFirst.tryAcquire(WITHIN_SECONDS, TimeUnit.SECONDS)).isTrue();
        heardByFirst.drainPermits();
        // ...and hears the next change again.
        second.donors().insert(new DonorDraft("Japan", DonorKind.STATE_PARTY, "Japan", ""), Instant.now());
        assertThat(heardByFirst.tryAcquire(WITHIN_SECONDS, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void everyTableOfTheSchemaNotifiesItsChanges() {
        String applicationTables = "SELECT c.relname FROM pg_class c JOIN pg_namespace n "
                + "ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r' "
                + "AND c.relname <> 'flyway_schema_history'";
        var tables = first.dsl().fetch(applicationTables);
        var silent = first.dsl().fetch(applicationTables + " AND NOT EXISTS (SELECT 1 FROM pg_trigger t "
                + "WHERE t.tgrelid = c.oid AND t.tgname = c.relname || '_notify')");

        assertThat(tables.size()).isGreaterThan(30);
        assertThat(silent).as("tables without the change notice of V26").isEmpty();
    }

    /** Both listening connections are up: each workstation listens from its own thread, started on opening. */
    private void awaitListening() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WITHIN_SECONDS);
        while (System.nanoTime() < deadline) {
            Integer listening = second.dsl().fetchOne("SELECT count(*) FROM pg_stat_activity "
                    + "WHERE datname = current_database() AND application_name LIKE '%"
                    + ServerChangeListener.LISTENING + "' AND query LIKE 'LISTEN%'").get(0, Integer.class);
            if (listening == 2) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The workstations did not start listening");
    }
}

package org.octopusdesk.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;
import org.octopusdesk.service.DataChanges;
import org.octopusdesk.service.DataFolderPaths;
import org.octopusdesk.service.StorageException;
import org.octopusdesk.service.Workspace;
import org.octopusdesk.service.backup.BackupEngine;
import org.octopusdesk.service.backup.UpgradeGuard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database of one data folder: by default the embedded H2 database in the folder, locked against a second
 * process and configured so that a reported commit survives a killed process; or a PostgreSQL database on a server
 * that several workstations share (decision 0030). Either is migrated to this version's schema on opening, and the
 * same repositories serve both: jOOQ renders each statement for the engine it talks to.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    static final String FILE_NAME = "octopus-desk";
    /**
     * WRITE_DELAY=0: H2 otherwise writes commits up to 500 ms later, and a killed process loses what the app
     * already reported as saved (see docs/decisions/0002-durable-commits.md).
     */
    private static final String URL_OPTIONS = ";WRITE_DELAY=0";
    /**
     * How much the file may grow while open before closing compacts it whole. With WRITE_DELAY=0 H2 has no
     * background writer, which is what compacts the file as it runs, and closing compacts for at most 200 ms: a
     * long transaction (a 100,000-line import) leaves some 400 MB of old page versions that stay for good.
     * Closing then compacts it (SHUTDOWN COMPACT) when it more than doubled and grew by this much; ordinary use
     * never comes near. See docs/decisions/0016-bulk-imports.md.
     */
    private static final long SWOLLEN_BYTES = 64L * 1024 * 1024;

    private final Path folder;
    private final DataFolderLock lock;
    private final JdbcConnectionPool pool;
    private final Engine engine;
    private final DSLContext dsl;
    private final Workspace.OpenReport openReport;
    private final DataChanges changes = new DataChanges();
    private final WriteNotices notices = new WriteNotices(changes);
    private final long openedSize;
    /** On PostgreSQL, what hears the changes of other workstations; on H2 none, one workstation works alone. */
    private ServerChangeListener otherWorkstations;

    private Database(Path folder, DataFolderLock lock, JdbcConnectionPool pool, Engine engine,
            Workspace.OpenReport openReport) {
        this.folder = folder;
        this.openedSize = fileSize(folder);
        this.lock = lock;
        this.pool = pool;
        this.engine = engine;
        this.openReport = openReport;
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(engine.dialect());
        configuration.set(engine.settings());
        configuration.set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(pool)));
        configuration.set(new org.jooq.impl.DefaultExecuteListenerProvider(notices),
                new org.jooq.impl.DefaultExecuteListenerProvider(new ServerRefusals()));
        this.dsl = DSL.using(configuration);
    }

    /** Opens (creating if needed) and migrates the database of {@code folder}, with no backup before an upgrade. */
    public static Database open(Path folder) {
        return open(folder, UpgradeGuard.NONE);
    }

    /**
     * Opens (creating if needed) and migrates the database of {@code folder}; an existing database that needs a
     * migration is first handed to {@code beforeUpgrade} for a backup of its old schema.
     */
    public static Database open(Path folder, UpgradeGuard beforeUpgrade) {
        Path absolute = DataFolderPaths.checked(folder);
        try {
            Files.createDirectories(absolute);
        } catch (java.io.IOException e) {
            throw StorageException.cannotOpen(absolute.toString(), e);
        }
        DataFolderLock lock = DataFolderLock.acquire(absolute);
        JdbcConnectionPool pool = null;
        try {
            boolean created = !Files.exists(absolute.resolve(FILE_NAME + ".mv.db"));
            String url = "jdbc:h2:file:" + absolute.resolve(FILE_NAME) + URL_OPTIONS;
            pool = JdbcConnectionPool.create(url, "sa", "");
            pool.setMaxConnections(4);
            H2BackupEngine backupEngine = new H2BackupEngine(pool);
            Workspace.OpenReport report = migrate(pool, Engine.H2, absolute.toString(), created,
                    () -> beforeUpgrade.beforeUpgrade(backupEngine));
            LOG.info("Opened database in {}: {}", absolute, report);
            return new Database(absolute, lock, pool, Engine.H2, report);
        } catch (StorageException e) {
            release(pool, lock);
            throw e;
        } catch (RuntimeException e) {
            release(pool, lock);
            throw StorageException.cannotOpen(absolute.toString(), e);
        }
    }

    /**
     * Opens the PostgreSQL database {@code server} for the data folder {@code folder}, which keeps this
     * workstation's own files (settings, logs, meeting documents). An empty database is migrated to this version's
     * schema; a database that holds tables but no Flyway history is refused, never written into. Nothing is backed
     * up before an upgrade: the server's backups are its administrators' (decision 0030).
     */
    public static Database open(Path folder, org.octopusdesk.service.ServerDatabase server) {
        Path absolute = DataFolderPaths.checked(folder);
        try {
            Files.createDirectories(absolute);
        } catch (java.io.IOException e) {
            throw StorageException.cannotOpen(absolute.toString(), e);
        }
        DataFolderLock lock = DataFolderLock.acquire(absolute);
        JdbcConnectionPool pool = null;
        try {
            String workstation = ServerConnections.workstationName();
            pool = ServerConnections.pool(server, workstation);
            boolean created = ServerConnections.isEmpty(pool);
            Workspace.OpenReport report = migrate(pool, Engine.POSTGRESQL, server.described(), created, () -> { });
            LOG.info("Opened database {}: {}", server.described(), report);
            Database opened = new Database(absolute, lock, pool, Engine.POSTGRESQL, report);
            opened.otherWorkstations = new ServerChangeListener(server, workstation, opened.changes::announce);
            return opened;
        } catch (StorageException e) {
            release(pool, lock);
            throw e;
        } catch (RuntimeException e) {
            release(pool, lock);
            throw ServerConnections.refused(server, e);
        }
    }

    /** Every table of this version's schema, as the jOOQ classes know them (Flyway's history aside). */
    static List<org.jooq.Table<?>> schemaTables() {
        return org.octopusdesk.persistence.generated.DefaultSchema.DEFAULT_SCHEMA.getTables();
    }

    /**
     * The tables that the migrations themselves fill (reference rows such as the meeting series), found by
     * migrating a throw-away database in memory, so that a future migration's rows are found too.
     */
    static java.util.Set<String> tablesFilledByMigrations() {
        // The pool keeps its connections open between uses, and with them the database in memory.
        JdbcConnectionPool memory = JdbcConnectionPool.create("jdbc:h2:mem:octopus-seeds-" + System.nanoTime(), "sa",
                "");
        try {
            migrate(memory, Engine.H2, "memory", true, () -> { });
            DSLContext dsl = DSL.using(memory, Engine.H2.dialect());
            java.util.Set<String> filled = new java.util.HashSet<>();
            for (org.jooq.Table<?> table : schemaTables()) {
                if (dsl.fetchExists(table)) {
                    filled.add(table.getName());
                }
            }
            return filled;
        } finally {
            memory.dispose();
        }
    }

    /** The engine this database runs on. */
    public Engine engine() {
        return engine;
    }

    /** Migrations that SQL cannot express, run in version order among the SQL ones. */
    static final List<JavaMigration> JAVA_MIGRATIONS = List.of(new SplitStoredPayments(),
            new KeepOutstandingLedger(), new KeepReceiptsByMonth());

    /**
     * Where the migrations are: the common ones, read by both engines, and those of one engine where its SQL must
     * differ (db/vendor/h2, db/vendor/postgresql). The vendor folders are outside db/migration because Flyway
     * reads a location's sub-folders too.
     */
    static String[] migrationLocations(Engine engine) {
        return new String[] {"classpath:db/migration", "classpath:db/vendor/" + engine.folderName()};
    }

    private static Workspace.OpenReport migrate(JdbcConnectionPool pool, Engine engine, String where,
            boolean created, Runnable beforeUpgrade) {
        Flyway flyway = Flyway.configure()
                .dataSource(pool)
                .locations(migrationLocations(engine))
                .failOnMissingLocations(false)
                .javaMigrations(JAVA_MIGRATIONS.toArray(JavaMigration[]::new))
                .loggers("slf4j")
                .load();
        // Flyway by default ignores migrations it does not know and would run this version on a newer schema.
        MigrationInfo[] future = Arrays.stream(flyway.info().all())
                .filter(info -> info.getState() == MigrationState.FUTURE_SUCCESS
                        || info.getState() == MigrationState.FUTURE_FAILED)
                .toArray(MigrationInfo[]::new);
        if (future.length > 0) {
            MigrationVersion newest = future[future.length - 1].getVersion();
            MigrationVersion known = Arrays.stream(flyway.info().all())
                    .filter(info -> info.getState() != MigrationState.FUTURE_SUCCESS
                            && info.getState() != MigrationState.FUTURE_FAILED)
                    .map(MigrationInfo::getVersion)
                    .reduce((first, second) -> second)
                    .orElse(MigrationVersion.EMPTY);
            throw StorageException.databaseTooNew(where, newest.getVersion(), known.getVersion());
        }
        if (!created && flyway.info().pending().length > 0) {
            beforeUpgrade.run();
        }
        MigrateResult result = flyway.migrate();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
                : flyway.info().current().getVersion().getVersion();
        return new Workspace.OpenReport(created, result.migrationsExecuted, version);
    }

    public Workspace.OpenReport openReport() {
        return openReport;
    }

    private static void release(JdbcConnectionPool pool, DataFolderLock lock) {
        if (pool != null) {
            pool.dispose();
        }
        lock.close();
    }

    public Path folder() {
        return folder;
    }

    /** How many payments the database holds, for the benchmark's report. */
    public long countPayments() {
        return dsl.fetchCount(org.octopusdesk.persistence.generated.Tables.PAYMENT);
    }

    private void compactIfSwollen() {
        long size = fileSize(folder);
        if (size > 2 * openedSize && size - openedSize > SWOLLEN_BYTES) {
            long start = System.nanoTime();
            try (java.sql.Connection connection = pool.getConnection();
                    java.sql.Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
                LOG.info("Compacted the database in {} from {} to {} bytes in {} ms", folder, size, fileSize(folder),
                        (System.nanoTime() - start) / 1_000_000);
            } catch (java.sql.SQLException e) {
                // The data is safe as it is, only larger: say so in the log and close normally.
                LOG.warn("Could not compact the database in {}: {}", folder, e.getMessage());
            }
        }
    }

    private static long fileSize(Path folder) {
        try {
            return Files.size(folder.resolve(FILE_NAME + ".mv.db"));
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    DSLContext dsl() {
        return dsl;
    }

    /**
     * Consistent copies of this database while it is open (decision 0024); on PostgreSQL an engine that refuses,
     * saying that the server's administrators back it up.
     */
    public BackupEngine backupEngine() {
        return engine == Engine.H2 ? new H2BackupEngine(pool) : ServerConnections.NO_BACKUPS;
    }

    public JooqTransactions transactions() {
        return new JooqTransactions(dsl, notices);
    }

    /** The notice of every committed write to this database, through any service. */
    public DataChanges changes() {
        return changes;
    }

    public JooqProjectRepository projects() {
        return new JooqProjectRepository(dsl);
    }

    public JooqAuditTrail auditTrail() {
        return new JooqAuditTrail(dsl);
    }

    public JooqDonorRepository donors() {
        return new JooqDonorRepository(dsl);
    }

    public JooqAgendaRepository agenda() {
        return new JooqAgendaRepository(dsl);
    }

    public JooqMeetingRepository meetings() {
        return new JooqMeetingRepository(dsl);
    }

    public JooqDocumentRepository meetingDocuments() {
        return new JooqDocumentRepository(dsl);
    }

    public JooqDelegationRepository delegations() {
        return new JooqDelegationRepository(dsl);
    }

    public JooqFollowUpRepository followUps() {
        return new JooqFollowUpRepository(dsl);
    }

    public JooqBureauRepository bureau() {
        return new JooqBureauRepository(dsl);
    }

    public JooqConferenceRepository conferences() {
        return new JooqConferenceRepository(dsl);
    }

    public JooqBudgetRepository budgets(org.octopusdesk.service.rates.CurrencyCatalog currencies) {
        return new JooqBudgetRepository(dsl, currencies);
    }

    public JooqParticipantRepository participants() {
        return new JooqParticipantRepository(dsl);
    }

    public JooqProgrammeRepository programme() {
        return new JooqProgrammeRepository(dsl);
    }

    public JooqLogisticsRepository logistics() {
        return new JooqLogisticsRepository(dsl);
    }

    public JooqContributionRepository contributions(org.octopusdesk.service.rates.CurrencyCatalog currencies) {
        return new JooqContributionRepository(dsl, currencies);
    }

    public JooqTreatyRepository treaties() {
        return new JooqTreatyRepository(dsl);
    }

    public JooqAssistanceRepository assistance() {
        return new JooqAssistanceRepository(dsl);
    }

    public JooqLedger ledger() {
        return new JooqLedger(dsl);
    }

    public JooqExpenditureRepository expenditures(org.octopusdesk.service.rates.CurrencyCatalog currencies) {
        return new JooqExpenditureRepository(dsl, currencies);
    }

    /** The people of a server database and their roles (decision 0034); empty on the embedded database. */
    public java.util.Optional<org.octopusdesk.service.people.PeopleDirectory> people() {
        return engine == Engine.POSTGRESQL ? java.util.Optional.of(new ServerPeople(dsl))
                : java.util.Optional.empty();
    }

    public JooqExchangeRateRepository exchangeRates() {
        return new JooqExchangeRateRepository(dsl);
    }

    @Override
    public void close() {
        if (engine == Engine.H2) {
            compactIfSwollen();
        }
        if (otherWorkstations != null) {
            otherWorkstations.close();
        }
        pool.dispose();
        lock.close();
        LOG.info("Closed database in {}", folder);
    }
}

package org.octopusdesk.persistence;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.octopusdesk.service.ProjectService;
import org.octopusdesk.service.SampleDataService;

/**
 * A real database with the real migrations for a temporary folder, and services over it: the embedded H2 database in
 * the folder, or with {@code -Doctopus.test.db=postgresql} a database of its own on the test run's PostgreSQL server
 * ({@link PostgresTestServer}), so that the same tests prove the same code on both engines.
 */
public final class TestDatabase implements org.octopusdesk.service.Workspace {

    /** The engine of the tests: {@code h2} (default) or {@code postgresql}. */
    public static final String ENGINE_PROPERTY = "octopus.test.db";

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    /** The user the audit trail names in tests. */
    public static final String ACTOR = "assistant";

    private static final org.octopusdesk.service.rates.CurrencyCatalog CURRENCIES =
            org.octopusdesk.service.rates.CurrencyCatalog.load();

    private final Database database;
    private final Clock clock;
    /** False for a second workstation sharing the first one's embedded database, which the first one closes. */
    private final boolean ownsDatabase;
    private final ProjectService projects;
    private final org.octopusdesk.service.rates.RatesService rates;
    private final org.octopusdesk.service.donors.DonorService donors;
    private final org.octopusdesk.service.meetings.MeetingService meetings;
    private final org.octopusdesk.service.contributions.ContributionService contributions;
    private final org.octopusdesk.service.check.DataCheck dataCheck;
    private final org.octopusdesk.service.contributions.ContributionFiles contributionFiles;
    private final org.octopusdesk.service.spending.SpendingService spending;
    private final org.octopusdesk.service.audit.AuditService audit;
    private final org.octopusdesk.service.countries.CountryService countries;
    private final org.octopusdesk.service.countries.TreatyService treaties;
    private final org.octopusdesk.service.countries.AssistanceService assistance;
    private final org.octopusdesk.service.meetings.MeetingDocumentService meetingDocuments;
    private final org.octopusdesk.service.meetings.AttendanceService attendance;
    private final org.octopusdesk.service.meetings.FollowUpService followUps;
    private final org.octopusdesk.service.meetings.BureauService bureau;
    private final org.octopusdesk.service.backup.BackupService backups;
    private final org.octopusdesk.service.conferences.ConferenceService conferences;
    private final org.octopusdesk.service.conferences.BudgetService conferenceBudgets;
    private final org.octopusdesk.service.people.PeopleService people;
    private static Path ratedTemplate;
    /**
     * Tests never reach the internet: updates go to the discard port of this computer, refused at once, unless a
     * test points them at its own local server ({@code ratesUpdate().from(...)}).
     */
    public static final java.net.URI NO_ECB = java.net.URI.create("http://127.0.0.1:9/");

    public TestDatabase(Path folder) {
        this(folder, TODAY);
    }

    public TestDatabase(Path folder, LocalDate today) {
        this(openDatabase(folder), today);
    }

    /** The services over the PostgreSQL database {@code server}, for the folder {@code folder}. */
    public TestDatabase(Path folder, org.octopusdesk.service.ServerDatabase server) {
        this(Database.open(folder, server), TODAY);
    }

    private TestDatabase(Database opened, LocalDate today) {
        this(opened, Clock.fixed(today.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC), ACTOR, true);
    }

    /**
     * A second workstation on the same database as {@code first}, where {@code actor} works by {@code clock}: on
     * H2 the same open database (one process holds the embedded file), on PostgreSQL a database opened again for
     * {@code folder}, with its own connections. Closing it leaves {@code first} open.
     */
    public static TestDatabase secondWorkstation(TestDatabase first, Path folder, String actor, Clock clock) {
        if (onPostgresql()) {
            Database again = Database.open(folder, PostgresTestServer.get().databaseFor(first.folder()));
            return new TestDatabase(again, clock, actor, true);
        }
        return new TestDatabase(first.database, clock, actor, false);
    }

    private TestDatabase(Database opened, Clock clock, String actor, boolean ownsDatabase) {
        database = opened;
        this.clock = clock;
        this.ownsDatabase = ownsDatabase;
        var auditor = new org.octopusdesk.service.audit.Auditor(database.auditTrail(), clock, () -> actor);
        projects = new ProjectService(database.projects(), database.transactions(), clock, auditor);
        people = new org.octopusdesk.service.people.PeopleService(database.people(), database.transactions(),
                auditor, actor);
        rates = new org.octopusdesk.service.rates.RatesService(database.exchangeRates(), database.transactions(),
                CURRENCIES, clock, auditor);
        donors = new org.octopusdesk.service.donors.DonorService(database.donors(), database.transactions(), clock,
                auditor);
        meetings = new org.octopusdesk.service.meetings.MeetingService(database.meetings(), database.agenda(),
                database.transactions(),
                clock, auditor);
        contributions = new org.octopusdesk.service.contributions.ContributionService(
                database.contributions(CURRENCIES), rates, database.transactions(), clock, auditor);
        dataCheck = new org.octopusdesk.service.check.DataCheck(database.ledger(), database.transactions(), auditor,
                org.octopusdesk.service.backup.SafetyBackups.NONE,
                () -> people.require(org.octopusdesk.domain.people.Permission.REPAIR_TOTALS));
        contributionFiles = new org.octopusdesk.service.contributions.ContributionFiles(contributions, donors,
                projects, rates, database.transactions());
        spending = new org.octopusdesk.service.spending.SpendingService(database.expenditures(CURRENCIES), projects,
                contributions, rates, database.transactions(), clock, auditor);
        audit = new org.octopusdesk.service.audit.AuditService(database.auditTrail(), database.transactions(), auditor,
                new FilePreferenceStore(database.folder()), clock);
        audit.startChain();
        var catalog = org.octopusdesk.service.countries.CountryCatalog.load();
        countries = new org.octopusdesk.service.countries.CountryService(catalog, database.treaties(),
                database.transactions());
        treaties = new org.octopusdesk.service.countries.TreatyService(catalog, database.treaties(),
                database.transactions(), clock, auditor);
        assistance = new org.octopusdesk.service.countries.AssistanceService(database.assistance(), catalog,
                projects, database.transactions(), clock, auditor);
        conferences = new org.octopusdesk.service.conferences.ConferenceService(database.conferences(),
                database.programme(), database.participants(), database.logistics(), projects, countries,
                database.transactions(), clock, auditor);
        conferenceBudgets = new org.octopusdesk.service.conferences.BudgetService(database.budgets(CURRENCIES),
                database.conferences(), spending, contributions::fundingOfEdition, rates, database.transactions(),
                clock, auditor);
        meetingDocuments = new org.octopusdesk.service.meetings.MeetingDocumentService(database.meetingDocuments(),
                database.meetings(), database.folder(), database.transactions(), clock, auditor);
        attendance = new org.octopusdesk.service.meetings.AttendanceService(database.delegations(),
                database.meetings(), countries, database.transactions(), clock, auditor);
        followUps = new org.octopusdesk.service.meetings.FollowUpService(database.followUps(), database.meetings(),
                database.agenda(), database.transactions(), clock, auditor);
        bureau = new org.octopusdesk.service.meetings.BureauService(database.bureau(), countries,
                database.transactions(), clock, auditor);
        backups = new org.octopusdesk.service.backup.BackupService(
                new org.octopusdesk.service.backup.Backups(database.folder(),
                        new FilePreferenceStore(database.folder()), clock),
                database.backupEngine(), new H2RestoreEngine(),
                scratch -> new TestDatabase(scratch, LocalDate.now(clock)));
    }

    /** Whether the tests run on PostgreSQL ({@code -Doctopus.test.db=postgresql}) rather than on embedded H2. */
    public static boolean onPostgresql() {
        return Engine.POSTGRESQL.folderName().equalsIgnoreCase(System.getProperty(ENGINE_PROPERTY, "h2"));
    }

    private static Database openDatabase(Path folder) {
        if (onPostgresql()) {
            return Database.open(folder, PostgresTestServer.get().databaseFor(folder));
        }
        return Database.open(folder);
    }

    @Override
    public org.octopusdesk.service.DatabaseSettingsStore databaseSettings() {
        return new FileDatabaseSettingsStore(database.folder());
    }

    /** The backups of this folder, with the test's clock; checks and restores open a test database apart. */
    @Override
    public org.octopusdesk.service.backup.BackupService backups() {
        return backups;
    }

    @Override
    public org.octopusdesk.service.meetings.FollowUpService followUps() {
        return followUps;
    }

    @Override
    public org.octopusdesk.service.meetings.BureauService bureau() {
        return bureau;
    }

    @Override
    public org.octopusdesk.service.conferences.ConferenceService conferences() {
        return conferences;
    }

    @Override
    public org.octopusdesk.service.conferences.BudgetService conferenceBudgets() {
        return conferenceBudgets;
    }

    @Override
    public org.octopusdesk.service.countries.CountryService countries() {
        return countries;
    }

    @Override
    public org.octopusdesk.service.countries.TreatyService treaties() {
        return treaties;
    }

    @Override
    public org.octopusdesk.service.countries.AssistanceService assistance() {
        return assistance;
    }

    /**
     * A database in {@code folder} that already holds the shipped ECB history, copied from one loaded once per
     * test run: loading it takes seconds, copying it milliseconds.
     */
    public static TestDatabase withRates(Path folder) {
        return withRates(folder, TODAY);
    }

    public static synchronized TestDatabase withRates(Path folder, LocalDate today) {
        if (onPostgresql()) {
            return withRatesOnPostgresql(folder, today);
        }
        return embeddedWithRates(folder, today);
    }

    /**
     * An embedded H2 database with the ECB history whatever engine the tests run on: the source of a copy to
     * PostgreSQL.
     */
    public static synchronized TestDatabase embeddedWithRates(Path folder, LocalDate today) {
        try {
            if (ratedTemplate == null) {
                Path template = java.nio.file.Files.createTempDirectory("octopus-rated-template");
                try (TestDatabase loading = new TestDatabase(Database.open(template), TODAY)) {
                    loading.rates().importShippedHistory(share -> { });
                }
                ratedTemplate = template;
            }
            java.nio.file.Files.createDirectories(folder);
            java.nio.file.Files.copy(ratedTemplate.resolve("octopus-desk.mv.db"), folder.resolve("octopus-desk.mv.db"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new TestDatabase(Database.open(folder), today);
    }

    private static org.octopusdesk.service.ServerDatabase ratedServerTemplate;

    /** The same on PostgreSQL: a database made from a template that holds the rates, which the server copies. */
    private static TestDatabase withRatesOnPostgresql(Path folder, LocalDate today) {
        PostgresTestServer server = PostgresTestServer.get();
        try {
            if (ratedServerTemplate == null) {
                Path template = java.nio.file.Files.createTempDirectory("octopus-rated-template");
                try (TestDatabase loading = new TestDatabase(template)) {
                    loading.rates().importShippedHistory(share -> { });
                }
                ratedServerTemplate = server.databaseFor(template);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        server.assign(folder, server.createDatabase(PostgresTestServer.nameOf(ratedServerTemplate)));
        return new TestDatabase(folder, today);
    }

    public org.octopusdesk.service.contributions.ContributionService contributions() {
        return contributions;
    }

    public org.octopusdesk.service.check.DataCheck dataCheck() {
        return dataCheck;
    }

    public org.octopusdesk.service.contributions.ContributionFiles contributionFiles() {
        return contributionFiles;
    }

    public org.octopusdesk.service.spending.SpendingService spending() {
        return spending;
    }

    public org.octopusdesk.service.audit.AuditService audit() {
        return audit;
    }

    public org.octopusdesk.service.spending.SpendingFiles spendingFiles() {
        return spending.files();
    }

    /**
     * The newest schema version: the highest V{n} of the migrations, common or of one engine (a vendor migration
     * has its twin in the other engine's folder), so tests need no update per migration.
     */
    public static String latestSchemaVersion() {
        return latestSchemaVersion(Engine.H2);
    }

    /** The newest version of the schema on {@code engine}: its vendor folder may hold a migration of its own. */
    public static String latestSchemaVersion(Engine engine) {
        try (var common = java.nio.file.Files.list(Path.of("src/main/resources/db/migration"));
                var vendor = java.nio.file.Files.list(Path.of("src/main/resources/db/vendor", engine.folderName()))) {
            var sql = java.util.stream.Stream.concat(common, vendor).map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .map(name -> org.flywaydb.core.api.MigrationVersion.fromVersion(
                            name.substring(1, name.indexOf("__"))));
            return java.util.stream.Stream.concat(sql, Database.JAVA_MIGRATIONS.stream()
                            .map(org.flywaydb.core.api.migration.JavaMigration::getVersion))
                    .max(java.util.Comparator.naturalOrder()).orElseThrow().getVersion();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public org.octopusdesk.service.donors.DonorService donors() {
        return donors;
    }

    public org.octopusdesk.service.meetings.MeetingService meetings() {
        return meetings;
    }

    @Override
    public org.octopusdesk.service.meetings.MeetingDocumentService meetingDocuments() {
        return meetingDocuments;
    }

    @Override
    public org.octopusdesk.service.meetings.AttendanceService attendance() {
        return attendance;
    }

    public org.octopusdesk.service.rates.RatesService rates() {
        return rates;
    }

    /**
     * Updates from the ECB, sent to {@code base}, with a 1 MB cap so an endless body fails fast, and timeouts
     * long enough for a busy machine.
     */
    public org.octopusdesk.service.rates.EcbRatesUpdate ratesUpdate(java.net.URI base) {
        return ratesUpdate(base, java.time.Duration.ofSeconds(20));
    }

    /** The same, with the time a server may stay silent: short for the tests of silent servers. */
    public org.octopusdesk.service.rates.EcbRatesUpdate ratesUpdate(java.net.URI base, java.time.Duration silence) {
        return new org.octopusdesk.service.rates.EcbRatesUpdate(rates, new org.octopusdesk.service.rates.EcbDownloader(
                base, java.time.Duration.ofSeconds(10), silence, 1024 * 1024), clock);
    }

    public org.octopusdesk.service.rates.EcbRatesUpdate ratesUpdate() {
        return ratesUpdate(NO_ECB);
    }

    /** Runs SQL straight on the database, past the services: to corrupt what the check must find. */
    public int execute(String sql, Object... bindings) {
        return database.dsl().execute(sql, bindings);
    }

    /** One value read straight from the database. */
    public <T> T fetchValue(String sql, Class<T> type, Object... bindings) {
        return database.dsl().resultQuery(sql, bindings).fetchOne(0, type);
    }

    public Database database() {
        return database;
    }

    public ProjectService projects() {
        return projects;
    }

    public SampleDataService sampleData() {
        return new SampleDataService(projects, donors, contributionFiles, rates, database.transactions(),
                spending.files(), treaties, meetings, meetingDocuments, bureau,
                conferences);
    }

    @Override
    public org.octopusdesk.service.people.PeopleService people() {
        return people;
    }

    /** These services as the command line and the window see them: this database is a workspace itself. */
    public org.octopusdesk.service.Workspace asWorkspace() {
        return this;
    }

    @Override
    public Path folder() {
        return database.folder();
    }

    @Override
    public org.octopusdesk.service.DataChanges changes() {
        return database.changes();
    }

    @Override
    public OpenReport openReport() {
        return database.openReport();
    }

    @Override
    public void close() {
        if (ownsDatabase) {
            database.close();
        }
    }
}

package org.octopusdesk.app;

import java.nio.file.Path;
import java.time.Clock;
import org.octopusdesk.persistence.Database;
import org.octopusdesk.persistence.FilePreferenceStore;
import org.octopusdesk.persistence.H2RestoreEngine;
import org.octopusdesk.service.ProjectService;
import org.octopusdesk.service.SampleDataService;
import org.octopusdesk.service.Transactions;
import org.octopusdesk.service.Workspace;
import org.octopusdesk.service.audit.AuditService;
import org.octopusdesk.service.audit.Auditor;
import org.octopusdesk.service.backup.BackupService;
import org.octopusdesk.service.backup.Backups;
import org.octopusdesk.service.check.DataCheck;
import org.octopusdesk.service.conferences.BudgetService;
import org.octopusdesk.service.conferences.ConferenceService;
import org.octopusdesk.service.contributions.ContributionFiles;
import org.octopusdesk.service.contributions.ContributionService;
import org.octopusdesk.service.countries.AssistanceService;
import org.octopusdesk.service.countries.CountryCatalog;
import org.octopusdesk.service.countries.CountryService;
import org.octopusdesk.service.countries.TreatyService;
import org.octopusdesk.service.donors.DonorService;
import org.octopusdesk.service.meetings.BureauService;
import org.octopusdesk.service.meetings.FollowUpService;
import org.octopusdesk.service.meetings.MeetingService;
import org.octopusdesk.service.rates.CurrencyCatalog;
import org.octopusdesk.service.rates.EcbDownloader;
import org.octopusdesk.service.rates.EcbRatesUpdate;
import org.octopusdesk.service.rates.RatesService;
import org.octopusdesk.service.spending.SpendingService;

/** The composition root of the services: one database, its repositories and the services over them. */
final class Backend implements Workspace {

    /** Where the ECB files are fetched from, when not the ECB itself (a mirror; a local server in trials). */
    static final String ECB_BASE_PROPERTY = "octopus.ecb.url";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Backend.class);

    private final Database database;
    private final ProjectService projects;
    private final SampleDataService sampleData;
    private final RatesService rates;
    private final EcbRatesUpdate ratesUpdate;
    private final DonorService donors;
    private final MeetingService meetings;
    private final FollowUpService followUps;
    private final BureauService bureau;
    private final ContributionService contributions;
    private final DataCheck dataCheck;
    private final ContributionFiles contributionFiles;
    private final SpendingService spending;
    private final AuditService audit;
    private final CountryService countries;
    private final TreatyService treaties;
    private final AssistanceService assistance;
    private final org.octopusdesk.service.meetings.MeetingDocumentService meetingDocuments;
    private final org.octopusdesk.service.meetings.AttendanceService attendance;
    private final BackupService backups;
    private final ConferenceService conferences;
    private final BudgetService conferenceBudgets;
    private final org.octopusdesk.service.people.PeopleService people;

    private Backend(Database database, CurrencyCatalog currencies, Clock clock) {
        this(database, currencies, clock, () -> System.getProperty("user.name", "unknown"));
    }

    /**
     * @param actor who the audit trail names: on embedded H2 the operating-system user; on PostgreSQL the database
     *     user, the account the person logged in with (decision 0030)
     */
    private Backend(Database database, CurrencyCatalog currencies, Clock clock,
            java.util.function.Supplier<String> actor) {
        this.database = database;
        // A backup is checked and restored by opening it apart, as a folder of its own with no backups of its own.
        this.backups = new BackupService(backupsOf(database.folder(), clock), database.backupEngine(),
                new H2RestoreEngine(), scratch -> new Backend(Database.open(scratch), currencies, clock));
        Transactions transactions = database.transactions();
        Auditor auditor = new Auditor(database.auditTrail(), clock, actor);
        this.people = new org.octopusdesk.service.people.PeopleService(database.people(), transactions, auditor,
                actor.get());
                this.projects = new ProjectService(database.projects(), transactions, clock, auditor);
        this.donors = new DonorService(database.donors(), transactions, clock, auditor);
        this.meetings = new MeetingService(database.meetings(), database.agenda(), transactions, clock, auditor);
        this.rates = new RatesService(database.exchangeRates(), transactions, currencies, clock, auditor);
        this.ratesUpdate = new EcbRatesUpdate(rates, ecbDownloader(), clock);
        this.contributions = new ContributionService(database.contributions(currencies), rates, transactions, clock,
                auditor);
        CountryCatalog catalog = CountryCatalog.load();
        this.countries = new CountryService(catalog, database.treaties(), transactions);
        this.treaties = new TreatyService(catalog, database.treaties(), transactions, clock, auditor);
        this.assistance = new AssistanceService(database.assistance(), catalog, projects, transactions, clock,
                auditor);
        this.conferences = new ConferenceService(database.conferences(), database.programme(),
                database.participants(), database.logistics(), projects, countries, transactions, clock, auditor);
        this.meetingDocuments = new org.octopusdesk.service.meetings.MeetingDocumentService(
                database.meetingDocuments(), database.meetings(), database.folder(), transactions, clock, auditor);
        this.attendance = new org.octopusdesk.service.meetings.AttendanceService(database.delegations(),
                database.meetings(), countries, transactions, clock, auditor);
        this.followUps = new FollowUpService(database.followUps(), database.meetings(), database.agenda(),
                transactions, clock, auditor);
        this.bureau = new BureauService(database.bureau(), countries, transactions, clock, auditor);
        this.dataCheck = new DataCheck(database.ledger(), transactions, auditor, backups,
                () -> people.require(org.octopusdesk.domain.people.Permission.REPAIR_TOTALS));
        this.contributionFiles = new ContributionFiles(contributions, donors, projects, rates, transactions,
                backups);
        this.spending = new SpendingService(database.expenditures(currencies), projects, contributions, rates,
                transactions, clock, auditor, backups);
        this.conferenceBudgets = new BudgetService(database.budgets(currencies), database.conferences(), spending,
                contributions::fundingOfEdition, rates, transactions, clock, auditor);
        this.audit = new AuditService(database.auditTrail(), transactions, auditor,
                new FilePreferenceStore(database.folder()), clock);
        // Entries written before the chain existed are chained before anything new is appended.
        audit.startChain();
        // Personal data is kept no longer than its purpose needs (decision 0021); by the next session whose role
        // may change meetings, when this one's may not.
        if (people.session().may(org.octopusdesk.domain.people.Permission.CHANGE_MEETINGS)) {
            attendance.eraseExpiredNames();
        }
        this.sampleData = new SampleDataService(projects, donors, contributionFiles, rates, transactions,
                spending.files(), treaties, meetings, meetingDocuments,
                bureau, conferences);
    }

    private static EcbDownloader ecbDownloader() {
        String base = System.getProperty(ECB_BASE_PROPERTY);
        if (base == null || base.isBlank()) {
            return EcbDownloader.official();
        }
        try {
            return EcbDownloader.official().withBase(java.net.URI.create(base.strip()));
        } catch (RuntimeException refused) {
            LOG.warn("Ignoring {}={}: not an HTTPS address; the ECB's own is used", ECB_BASE_PROPERTY, base);
            return EcbDownloader.official();
        }
    }

    /** Opens the data folder; an older database is backed up before it is migrated. */
    static Backend open(Path folder, Clock clock) {
        return new Backend(Database.open(folder, backupsOf(folder, clock).beforeUpgrade()), CurrencyCatalog.load(),
                clock);
    }

    /**
     * Opens the PostgreSQL database {@code server} for the data folder {@code folder}: no backup before a migration,
     * the server's administrators back it up (decision 0030).
     */
    static Backend open(Path folder, org.octopusdesk.service.ServerDatabase server, Clock clock) {
        return new Backend(Database.open(folder, server), CurrencyCatalog.load(), clock, server::user);
    }

    private static Backups backupsOf(Path folder, Clock clock) {
        return new Backups(folder, new FilePreferenceStore(folder), clock);
    }

    @Override
    public org.octopusdesk.service.DatabaseSettingsStore databaseSettings() {
        return new org.octopusdesk.persistence.FileDatabaseSettingsStore(database.folder());
    }

    @Override
    public org.octopusdesk.service.people.PeopleService people() {
        return people;
    }

    @Override
    public BackupService backups() {
        return backups;
    }

    @Override
    public Path folder() {
        return database.folder();
    }

    @Override
    public ProjectService projects() {
        return projects;
    }

    @Override
    public SampleDataService sampleData() {
        return sampleData;
    }

    @Override
    public DonorService donors() {
        return donors;
    }

    @Override
    public MeetingService meetings() {
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

    @Override
    public FollowUpService followUps() {
        return followUps;
    }

    @Override
    public BureauService bureau() {
        return bureau;
    }

    @Override
    public ConferenceService conferences() {
        return conferences;
    }

    @Override
    public BudgetService conferenceBudgets() {
        return conferenceBudgets;
    }

    @Override
    public ContributionService contributions() {
        return contributions;
    }

    @Override
    public CountryService countries() {
        return countries;
    }

    @Override
    public TreatyService treaties() {
        return treaties;
    }

    @Override
    public AssistanceService assistance() {
        return assistance;
    }

    @Override
    public DataCheck dataCheck() {
        return dataCheck;
    }

    @Override
    public ContributionFiles contributionFiles() {
        return contributionFiles;
    }

    @Override
    public SpendingService spending() {
        return spending;
    }

    @Override
    public RatesService rates() {
        return rates;
    }

    @Override
    public EcbRatesUpdate ratesUpdate() {
        return ratesUpdate;
    }

    @Override
    public AuditService audit() {
        return audit;
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
        database.close();
    }
}

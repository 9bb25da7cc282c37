package org.octopusdesk.service;

import java.nio.file.Path;

/**
 * The services over one open data folder. Both faces of the application, the window and the command line, work
 * through it; closing it closes the database and releases the folder.
 */
public interface Workspace extends AutoCloseable {

    Path folder();

    ProjectService projects();

    SampleDataService sampleData();

    org.octopusdesk.service.rates.RatesService rates();

    /** Brings the ECB rates up to date from the ECB's site, only when a person asks. */
    org.octopusdesk.service.rates.EcbRatesUpdate ratesUpdate();

    org.octopusdesk.service.donors.DonorService donors();

    org.octopusdesk.service.contributions.ContributionService contributions();

    /** Committee meetings and their series. */
    org.octopusdesk.service.meetings.MeetingService meetings();

    /** Meeting documents (T-CY(YYYY)NN) and their copies in the data folder. */
    org.octopusdesk.service.meetings.MeetingDocumentService meetingDocuments();

    /** Attendance at meetings by delegation, with the headcount. */
    org.octopusdesk.service.meetings.AttendanceService attendance();

    /** The follow-up actions of meetings, and the dashboard's view of the meetings. */
    org.octopusdesk.service.meetings.FollowUpService followUps();

    /** The Bureau's composition over time. */
    org.octopusdesk.service.meetings.BureauService bureau();

    /** Octopus Conference editions and their programmes. */
    org.octopusdesk.service.conferences.ConferenceService conferences();

    /** The editions' budgets: lines, actual costs booked as project spending, and their funding. */
    org.octopusdesk.service.conferences.BudgetService conferenceBudgets();

    org.octopusdesk.service.contributions.ContributionFiles contributionFiles();

    /** Project spending; its CSV files through {@code spending().files()}. */
    org.octopusdesk.service.spending.SpendingService spending();

    /** The countries of the reference list and their T-CY status on a date. */
    org.octopusdesk.service.countries.CountryService countries();

    /** The charts of ETS 185, ETS 189 and CETS 224, their counts and their import. */
    org.octopusdesk.service.countries.TreatyService treaties();

    /** The log of assistance to countries. */
    org.octopusdesk.service.countries.AssistanceService assistance();

    /** The check (and repair) of the figures derived from the payments. */
    org.octopusdesk.service.check.DataCheck dataCheck();
    /** The backups of this data folder, their check, and the restore of one (decision 0024). */
    org.octopusdesk.service.backup.BackupService backups();

    /** The people of a server database, and what this session's role may do (decision 0034). */
    org.octopusdesk.service.people.PeopleService people();

    /** Which database this workstation opens at the next start (decision 0030). */
    DatabaseSettingsStore databaseSettings();

    /** The audit trail as a whole: its latest entries and the proof that none was changed or removed. */
    org.octopusdesk.service.audit.AuditService audit();

    /** The notice of every committed change to the data, whichever service made it: screens read theirs again. */
    DataChanges changes();

    /** What opening did to the database: created it, migrated it, or found it current. */
    OpenReport openReport();

    @Override
    void close();

    /**
     * @param created whether the database file did not exist before
     * @param migrationsApplied how many schema migrations ran on opening
     * @param schemaVersion the schema version after opening
     */
    record OpenReport(boolean created, int migrationsApplied, String schemaVersion) {
    }
}

package org.octopusdesk.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.NearMatches;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.domain.donor.DonorId;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.report.conference.ConferenceReportBuilder;
import org.octopusdesk.report.donor.DonorReportBuilder;
import org.octopusdesk.report.donor.DonorReportRequest;
import org.octopusdesk.report.meeting.MeetingReportBuilder;
import org.octopusdesk.report.pdf.PdfReportWriter;
import org.octopusdesk.report.project.MoneyAgainstTimeBlocks;
import org.octopusdesk.report.project.ActivitySource;
import org.octopusdesk.report.project.AssistanceSource;
import org.octopusdesk.report.project.MeetingsSource;
import org.octopusdesk.report.project.ProjectEventsSource;
import org.octopusdesk.report.treaty.TreatyReportBuilder;
import org.octopusdesk.report.treaty.TreatyReportRequest;
import org.octopusdesk.report.project.ProjectReportBuilder;
import org.octopusdesk.report.project.ProjectReportRequest;
import org.octopusdesk.report.project.SpendingBlocks;
import org.octopusdesk.service.ProjectService;
import org.octopusdesk.service.conferences.ConferenceService;
import org.octopusdesk.service.contributions.ContributionQuery;
import org.octopusdesk.service.contributions.ContributionService;
import org.octopusdesk.service.donors.DonorService;
import org.octopusdesk.service.meetings.MeetingService;

/**
 * The reports both faces of the application produce: built from the services, written as PDF files that appear
 * whole or not at all. The window and the command line call the same methods, so they print the same figures.
 */
public final class Reports {

    private final ContributionService contributions;
    private final DonorService donors;
    private final ProjectService projects;
    private final DonorReportBuilder donorReports;
    private final ProjectReportBuilder projectReports;
    private final PdfReportWriter writer;
    private final TreatyReportBuilder treatyReports;
    private final MeetingService meetings;
    private final MeetingReportBuilder meetingReports;
    private final ConferenceService conferences;
    private final ConferenceReportBuilder conferenceReports;

    public Reports(ContributionService contributions, DonorService donors, ProjectService projects,
            MeetingService meetings, MeetingReportBuilder meetingReports, MoneyAgainstTimeBlocks moneyAgainstTime,
            List<ActivitySource> moreActivities, TreatyReportBuilder treatyReports, ConferenceService conferences,
            ConferenceReportBuilder conferenceReports, Clock clock, String appVersion) {
        this.conferences = conferences;
        this.conferenceReports = conferenceReports;
        this.treatyReports = treatyReports;
        this.meetings = meetings;
        this.meetingReports = meetingReports;
        this.contributions = contributions;
        this.donors = donors;
        this.projects = projects;
        this.donorReports = new DonorReportBuilder(contributions, donors, projects, clock);
        this.projectReports = new ProjectReportBuilder(projects, contributions, moneyAgainstTime,
                java.util.stream.Stream.concat(java.util.stream.Stream.of(new ProjectEventsSource(projects,
                        contributions)), moreActivities.stream()).toList(), clock);
        this.writer = new PdfReportWriter(appVersion);
    }

    /** The reports over a data folder's services, as the window and the command line make them. */
    public static Reports of(org.octopusdesk.service.Workspace workspace, Clock clock, String appVersion) {
        return new Reports(workspace.contributions(), workspace.donors(), workspace.projects(), workspace.meetings(),
                new MeetingReportBuilder(workspace.meetings(), workspace.meetingDocuments(), workspace.attendance(),
                        workspace.followUps(), clock),
                new SpendingBlocks(workspace.spending()),
                List.of(new AssistanceSource(workspace.assistance(), workspace.countries()),
                        new MeetingsSource(workspace.meetings())),
                new TreatyReportBuilder(workspace.treaties(), clock), workspace.conferences(),
                new ConferenceReportBuilder(workspace.conferences(), ConferenceReportBuilder.standardSections(
                        workspace.conferences(), workspace.countries(), workspace.conferenceBudgets(), clock), clock),
                clock, appVersion);
    }

    /** A report's date when none is given: the end of its period, or today when the period is not over. */
    public static LocalDate defaultAsOf(LocalDate to, LocalDate today) {
        return to.isAfter(today) ? today : to;
    }

    /** The first agreement date of a donor's contributions (all donors' when {@code donor} is null). */
    public Optional<LocalDate> firstAgreement(DonorId donor) {
        ContributionQuery query = ContributionQuery.all().sortedBy(ContributionQuery.Sort.AGREEMENT_DATE, true);
        return contributions.page(donor == null ? query : query.withDonor(donor), 0, 1).rows().stream()
                .map(contribution -> contribution.agreementDate()).findFirst();
    }

    /**
     * Writes into {@code folder} one donor report per donor with contributions agreed or paid in {@code year},
     * named after the donor; answers what it wrote, in donor order.
     */
    public List<WrittenReport> donorReportsOfYear(int year, Path folder, String language, LocalDate today,
            ReportProgress progress) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<WrittenReport> written = new ArrayList<>();
        java.util.Set<String> taken = new java.util.HashSet<>();
        List<Donor> all = donors.list();
        for (int i = 0; i < all.size(); i++) {
            progress.checkNotCancelled();
            Donor donor = all.get(i);
            DonorReportRequest request = new DonorReportRequest(donor.id(), null, from, to,
                    defaultAsOf(to, today), language);
            Optional<ReportDocument> report = donorReports.buildIfAny(request, ReportProgress.NONE);
            if (report.isPresent()) {
                Path file = folder.resolve(uniqueName(safeFileName(donor.name()) + " " + year, taken) + ".pdf");
                written.add(new WrittenReport(donor.name(), file, write(report.get(), file, ReportProgress.NONE)));
            }
            progress.progress(i + 1, all.size());
        }
        return written;
    }

    private static String uniqueName(String name, java.util.Set<String> taken) {
        String unique = name;
        for (int n = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); n++) {
            unique = name + " (" + n + ")";
        }
        return unique;
    }

    /** A report file written: about whom, where, and how many pages. */
    public record WrittenReport(String about, Path file, int pages) {
    }

    public ReportDocument donorReport(DonorReportRequest request, ReportProgress progress) {
        return donorReports.build(request, progress);
    }

    /** The treaty status report: an instrument's chart as of a date, its counts and its changes in a period. */
    public ReportDocument treatyReport(TreatyReportRequest request) {
        return treatyReports.build(request);
    }

    public ReportDocument projectReport(ProjectReportRequest request, ReportProgress progress) {
        return projectReports.build(request, progress);
    }

    /** The report of the meeting whose short form is {@code shortTitle} ("T-CY 23"), in {@code language}. */
    public ReportDocument meetingReport(String shortTitle, String language) {
        return meetingReports.build(meetings.byShortTitle(shortTitle), language);
    }

    /** The report of the conference edition of {@code year}, in {@code language}. */
    public ReportDocument conferenceReport(int year, String language) {
        return conferenceReports.build(year, language);
    }

    /** The conference editions a report can be made of, the latest first. */
    public List<Conference> conferences() {
        return conferences.list();
    }

    /** Writes the report to {@code file} (replacing it) and answers its page count. */
    public int write(ReportDocument report, Path file, ReportProgress progress) {
        return ReportFiles.writeAtomically(file, out -> writer.write(report, out, progress));
    }

    /** The donor of that name (any case), or an error that lists the names closest to it. */
    public Donor donorNamed(String name) {
        List<Donor> all = donors.list();
        return all.stream().filter(donor -> donor.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> unknown("report.error.unknownDonor", name,
                        all.stream().map(Donor::name).toList()));
    }

    /** The project of that code (any case), or an error that lists the closest codes and names. */
    public Project projectCoded(String code) {
        List<Project> all = projects.list();
        return all.stream().filter(project -> project.code().equalsIgnoreCase(code.strip())).findFirst()
                .orElseThrow(() -> {
                    List<String> candidates = new ArrayList<>();
                    all.forEach(project -> candidates.add(project.code()));
                    List<String> near = NearMatches.of(code, candidates);
                    if (near.isEmpty()) {
                        near = NearMatches.of(code, all.stream().map(Project::name).toList()).stream()
                                .map(name -> all.stream().filter(project -> project.name().equals(name))
                                        .findFirst().orElseThrow().code()).toList();
                    }
                    return withSuggestions("report.error.unknownProject", code, near, candidates);
                });
    }

    private static DomainException unknown(String key, String typed, List<String> candidates) {
        return withSuggestions(key, typed, NearMatches.of(typed, candidates), candidates);
    }

    private static DomainException withSuggestions(String key, String typed, List<String> near,
            List<String> candidates) {
        if (!near.isEmpty()) {
            return new DomainException(key + ".near", typed, String.join(", ", near));
        }
        return new DomainException(key, typed, candidates.isEmpty() ? ReportWords.NONE : String.join(", ", candidates));
    }

    /**
     * A file name for a report about {@code name} that every system accepts: no characters Windows forbids, no
     * reserved device name (CON, NUL, COM1…), no trailing dot or space, at most 100 characters.
     */
    public static String safeFileName(String name) {
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip().replaceAll("[. ]+$", "");
        if (safe.isEmpty()) {
            safe = "_";
        }
        if (safe.length() > 100) {
            safe = safe.substring(0, 100).strip();
        }
        String base = safe.contains(".") ? safe.substring(0, safe.indexOf('.')) : safe;
        if (base.toUpperCase(Locale.ROOT).matches("CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9]")) {
            safe = "_" + safe;
        }
        return safe;
    }
}

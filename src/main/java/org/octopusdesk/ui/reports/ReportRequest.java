package org.octopusdesk.ui.reports;

import java.time.LocalDate;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.report.ReportDocument;
import org.octopusdesk.report.ReportProgress;
import org.octopusdesk.report.Reports;
import org.octopusdesk.report.donor.DonorReportRequest;
import org.octopusdesk.report.project.ProjectReportRequest;

/** The report a person asked for, ready to be built in the background. */
interface ReportRequest {

    ReportDocument build(Reports reports, ReportProgress progress);

    /** The report of a conference edition: it covers the edition, whatever the period chosen. */
    static ReportRequest ofConference(Conference conference, String language) {
        if (conference == null) {
            throw new DomainException("reports.error.conferenceRequired");
        }
        int year = conference.year();
        return (reports, progress) -> reports.conferenceReport(year, language);
    }

    /** @param withNotes a donor report prints the notes recorded with the contributions */
    static ReportRequest of(ReportKind kind, Donor donor, Project project, LocalDate from, LocalDate to,
            LocalDate asOf, String language, boolean withNotes) {
        if (kind == ReportKind.PROJECT) {
            if (project == null) {
                throw new DomainException("reports.error.projectRequired");
            }
            ProjectReportRequest request = new ProjectReportRequest(project.id(), from, to, asOf, language);
            return (reports, progress) -> reports.projectReport(request, progress);
        }
        DonorReportRequest request = new DonorReportRequest(donor == null ? null : donor.id(),
                project == null ? null : project.id(), from, to, asOf, language, withNotes);
        return (reports, progress) -> reports.donorReport(request, progress);
    }
}

package org.octopusdesk.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.report.donor.DonorReportBuilder;
import org.octopusdesk.report.donor.DonorReportRequest;
import org.octopusdesk.report.pdf.PdfReportWriter;
import org.octopusdesk.service.ProjectService;
import org.octopusdesk.service.contributions.ContributionService;
import org.octopusdesk.service.donors.DonorService;

/**
 * The reports both faces of the application produce: built from the services, written as PDF files that appear
 * whole or not at all. The window and the command line call the same methods, so they print the same figures.
 */
public final class Reports {

    private final DonorService donors;
    private final ProjectService projects;
    private final DonorReportBuilder donorReports;
    private final PdfReportWriter writer;
    private final Clock clock;

    public Reports(ContributionService contributions, DonorService donors, ProjectService projects, Clock clock,
            String appVersion) {
        this.donors = donors;
        this.projects = projects;
        this.clock = clock;
        this.donorReports = new DonorReportBuilder(contributions, donors, projects, clock);
        this.writer = new PdfReportWriter(appVersion);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ReportDocument donorReport(DonorReportRequest request, ReportProgress progress) {
        return donorReports.build(request, progress);
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
        return new DomainException(key, typed, candidates.isEmpty() ? "\u2014" : String.join(", ", candidates));
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

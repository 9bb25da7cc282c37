package org.octopusdesk.report.project;

import java.util.List;
import org.octopusdesk.domain.country.AssistanceDraft;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.report.ReportWords;
import org.octopusdesk.service.countries.AssistanceService;
import org.octopusdesk.service.countries.CountryService;

/** The assistance the project gave countries in the period: advice, workshops, trainings, study visits. */
public final class AssistanceSource implements ActivitySource {

    private final AssistanceService assistance;
    private final CountryService countries;

    public AssistanceSource(AssistanceService assistance, CountryService countries) {
        this.assistance = assistance;
        this.countries = countries;
    }

    @Override
    public List<Activity> activities(Project project, ProjectReportRequest request, ReportWords words) {
        return assistance.activitiesIn(project.id(), request.from(), request.to()).stream()
                .map(activity -> activity.details())
                .map(details -> new Activity(details.start(), words.text(details.kind().messageKey()),
                        words.text("report.project.activity.assistanceText", countryName(details, words),
                                details.description())))
                .toList();
    }

    private String countryName(AssistanceDraft details, ReportWords words) {
        return countries.find(details.countryCode()).map(country -> country.name(words.messages().locale()))
                .orElse(details.countryCode());
    }
}

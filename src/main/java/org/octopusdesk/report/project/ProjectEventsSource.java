package org.octopusdesk.report.project;

import java.util.ArrayList;
import java.util.List;
import org.octopusdesk.domain.project.Amendment;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.report.ReportWords;
import org.octopusdesk.service.ProjectService;
import org.octopusdesk.service.contributions.ContributionQuery;
import org.octopusdesk.service.contributions.ContributionService;

/** The project's own events in the period: amendments of its end date and new contributions earmarked to it. */
public final class ProjectEventsSource implements ActivitySource {

    private final ProjectService projects;
    private final ContributionService contributions;

    public ProjectEventsSource(ProjectService projects, ContributionService contributions) {
        this.projects = projects;
        this.contributions = contributions;
    }

    @Override
    public List<Activity> activities(Project project, ProjectReportRequest request, ReportWords words) {
        List<Activity> activities = new ArrayList<>();
        for (Amendment amendment : projects.details(project.id()).amendments()) {
            if (request.covers(amendment.decidedOn())) {
                activities.add(new Activity(amendment.decidedOn(), words.text("report.project.activity.amendment"),
                        words.text("report.project.activity.amendmentText", amendment.oldEnd(), amendment.newEnd(),
                                amendment.reason())));
            }
        }
        contributions.forEach(ContributionQuery.all().withProject(project.id())
                .sortedBy(ContributionQuery.Sort.AGREEMENT_DATE, true), details -> {
                    var contribution = details.contribution();
                    if (request.covers(contribution.agreementDate())) {
                        activities.add(new Activity(contribution.agreementDate(),
                                words.text("report.project.activity.contribution"),
                                words.text("report.project.activity.contributionText", contribution.donorName(),
                                        words.money(contribution.pledged()), contribution.reference())));
                    }
                });
        activities.sort(java.util.Comparator.comparing(Activity::date));
        return activities;
    }
}

package org.octopusdesk.report.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.octopusdesk.domain.project.Amendment;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.project.ProjectDuration;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.report.Block;
import org.octopusdesk.report.ReportDocument;
import org.octopusdesk.report.ReportDocument.CoverField;
import org.octopusdesk.report.ReportProgress;
import org.octopusdesk.report.ReportWords;
import org.octopusdesk.service.ProjectDetails;
import org.octopusdesk.service.ProjectService;
import org.octopusdesk.service.contributions.ContributionService;

/**
 * Builds the project report: its dates and amendments, expected results, funding by donor and by year against the
 * budget, money against time, and the activities in the period.
 */
public final class ProjectReportBuilder {

    private final ProjectService projects;
    private final ContributionService contributions;
    private final MoneyAgainstTimeBlocks moneyAgainstTime;
    private final List<ActivitySource> activitySources;
    private final Clock clock;

    public ProjectReportBuilder(ProjectService projects, ContributionService contributions,
            MoneyAgainstTimeBlocks moneyAgainstTime, List<ActivitySource> activitySources, Clock clock) {
        this.projects = projects;
        this.contributions = contributions;
        this.moneyAgainstTime = moneyAgainstTime;
        this.activitySources = List.copyOf(activitySources);
        this.clock = clock;
    }

    public ReportDocument build(ProjectReportRequest request, ReportProgress progress) {
        ReportWords words = new ReportWords(Messages.forLanguage(request.language()), clock.getZone());
        ProjectDetails details = projects.details(request.project());
        Project project = details.project();
        progress.checkNotCancelled();
        ProjectFunding funding = ProjectFunding.read(project.id(), request, contributions);
        progress.checkNotCancelled();
        List<Block> blocks = new ArrayList<>();
        blocks.addAll(overview(words, details, request));
        blocks.addAll(new ProjectFundingBlocks(words, request, project).blocks(funding));
        blocks.addAll(moneyAgainstTime.blocks(project, request, words));
        blocks.addAll(activities(words, project, request));
        blocks.add(new Block.Heading(words.text("report.about"), 2));
        blocks.add(Block.Paragraph.note(words.text("report.about.conversion")));
        blocks.add(Block.Paragraph.note(words.text("report.project.about.parts")));
        Instant now = clock.instant();
        String subject = project.code() + " \u2013 " + project.name() + ", " + words.period(request.from(),
                request.to());
        return new ReportDocument(words.text("report.project.title"), subject, words.language(), List.of(
                new CoverField(words.text("report.cover.project"), project.code() + " \u2013 " + project.name()),
                new CoverField(words.text("report.cover.period"), words.period(request.from(), request.to())),
                new CoverField(words.text("report.cover.asOf"), words.date(request.asOf())),
                new CoverField(words.text("report.cover.language"), words.text("language." + words.language()))),
                blocks, words.labels(now, request.asOf()), now, request.asOf());
    }

    private static List<Block> overview(ReportWords words, ProjectDetails details, ProjectReportRequest request) {
        Project project = details.project();
        ProjectDuration duration = project.durationAsOf(request.asOf());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(words.text("report.project.overview"), 1));
        List<CoverField> fields = new ArrayList<>();
        fields.add(field(words, "report.project.status", words.text(project.status().messageKey())));
        fields.add(field(words, "report.project.dates", words.text("report.project.datesValue", project.start(),
                project.currentEnd(), words.number(BigDecimal.valueOf(duration.totalDays())))));
        fields.add(field(words, "report.project.originalEnd", words.date(project.originalEnd())));
        fields.add(field(words, "report.project.elapsed", words.text("report.project.elapsedValue",
                words.percent(duration.percentElapsed()), words.number(BigDecimal.valueOf(duration.elapsedDays())),
                words.number(BigDecimal.valueOf(duration.remainingDays())), request.asOf())));
        fields.add(field(words, "report.project.budget", project.budget().map(words::euros)
                .orElse(words.text("report.project.noBudget"))));
        details.predecessor().ifPresent(before -> fields.add(field(words, "report.project.predecessor",
                before.code() + " \u2013 " + before.name())));
        details.successor().ifPresent(after -> fields.add(field(words, "report.project.successor",
                after.code() + " \u2013 " + after.name())));
        blocks.add(new Block.Fields(fields));
        if (!project.description().isBlank()) {
            blocks.add(Block.Paragraph.normal(project.description()));
        }
        blocks.add(new Block.Heading(words.text("report.project.amendments"), 2));
        if (details.amendments().isEmpty()) {
            blocks.add(Block.Paragraph.normal(words.text("report.project.noAmendment")));
        } else {
            List<Block.Row> rows = new ArrayList<>();
            for (Amendment amendment : details.amendments()) {
                rows.add(Block.Row.of(words.date(amendment.decidedOn()), words.date(amendment.oldEnd()),
                        words.date(amendment.newEnd()), words.number(BigDecimal.valueOf(amendment.shiftDays())),
                        amendment.reason()));
            }
            blocks.add(new Block.Table("", List.of(
                    Block.column(words.text("report.project.decided"), 1f, Block.Align.LEFT),
                    Block.column(words.text("report.project.oldEnd"), 1f, Block.Align.LEFT),
                    Block.column(words.text("report.project.newEnd"), 1f, Block.Align.LEFT),
                    Block.column(words.text("report.project.shiftDays"), 0.9f, Block.Align.RIGHT),
                    Block.column(words.text("report.project.reason"), 3.6f, Block.Align.LEFT)), rows));
        }
        blocks.add(new Block.Heading(words.text("report.project.expectedResults"), 2));
        if (project.expectedResults().isEmpty()) {
            blocks.add(Block.Paragraph.normal(words.text("report.project.noExpectedResults")));
        }
        for (int i = 0; i < project.expectedResults().size(); i++) {
            blocks.add(Block.Paragraph.normal((i + 1) + ". " + project.expectedResults().get(i)));
        }
        return blocks;
    }

    private static CoverField field(ReportWords words, String key, String value) {
        return new CoverField(words.text(key), value);
    }

    private List<Block> activities(ReportWords words, Project project, ProjectReportRequest request) {
        List<ActivitySource.Activity> activities = new ArrayList<>();
        for (ActivitySource source : activitySources) {
            activities.addAll(source.activities(project, request, words));
        }
        activities.sort(java.util.Comparator.comparing(ActivitySource.Activity::date));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(words.text("report.project.activities", request.from(), request.to()), 1));
        if (activities.isEmpty()) {
            blocks.add(Block.Paragraph.normal(words.text("report.project.noActivity")));
            return blocks;
        }
        List<Block.Row> rows = new ArrayList<>();
        for (ActivitySource.Activity activity : activities) {
            rows.add(Block.Row.of(words.date(activity.date()), activity.kind(), activity.description()));
        }
        blocks.add(new Block.Table("", List.of(
                Block.column(words.text("report.column.date"), 1f, Block.Align.LEFT),
                Block.column(words.text("report.column.kind"), 1.3f, Block.Align.LEFT),
                Block.column(words.text("report.column.description"), 5f, Block.Align.LEFT)), rows));
        return blocks;
    }

    /** A share of the budget in percent, one decimal, or empty without a budget. */
    static java.util.Optional<BigDecimal> ofBudget(BigDecimal amount, Project project) {
        return project.budget().filter(budget -> budget.signum() > 0).map(budget -> amount
                .multiply(BigDecimal.valueOf(100)).divide(budget, 1, RoundingMode.HALF_UP));
    }

    static List<Integer> years(Map<Integer, ?> byYear) {
        return new ArrayList<>(new TreeSet<>(byYear.keySet()));
    }
}

package org.octopusdesk.ui.dashboard;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.octopusdesk.domain.project.DurationState;
import org.octopusdesk.domain.project.DurationWarning;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.project.ProjectDuration;
import org.octopusdesk.domain.project.ProjectId;
import org.octopusdesk.service.ProjectService;
import org.octopusdesk.service.conferences.LogisticsLine;
import org.octopusdesk.service.conferences.LogisticsService;
import org.octopusdesk.service.contributions.ContributionService;
import org.octopusdesk.service.contributions.MoneySummary;
import org.octopusdesk.service.meetings.FollowUpService;
import org.octopusdesk.service.meetings.MeetingsGlance;
import org.octopusdesk.service.spending.ProjectFinance;
import org.octopusdesk.service.spending.SpendingService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.LatestRequest;

/** The dashboard: running projects with their time bars, and what needs attention, as of a date. */
public final class DashboardViewModel {

    /** A project on the dashboard with its duration and warnings as of the dashboard's date. */
    public record ProjectCard(Project project, ProjectDuration duration, List<DurationWarning> warnings) {
    }

    private final ProjectService service;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final ObjectProperty<LocalDate> asOf;
    private final ObservableList<ProjectCard> running = FXCollections.observableArrayList();
    private final ObservableList<ProjectCard> attention = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper notStarted = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper ended = new ReadOnlyIntegerWrapper();
    private List<Project> projects = List.of();
    private final ContributionService contributions;
    private final ObjectProperty<MoneySummary> money = new SimpleObjectProperty<>();
    private final LatestRequest projectsRequest = new LatestRequest();
    private final LatestRequest moneyRequest = new LatestRequest();
    private final SpendingService spending;
    /** Replaced whole once read: a map filled one project at a time had the view redraw every card each time. */
    private final ObjectProperty<Map<ProjectId, ProjectFinance>> finances = new SimpleObjectProperty<>(Map.of());
    private final LatestRequest financeRequest = new LatestRequest();

    private final FollowUpService followUps;
    private final ObjectProperty<MeetingsGlance> meetings = new SimpleObjectProperty<>();
    private final LatestRequest meetingsRequest = new LatestRequest();
    private final LogisticsService logistics;
    private final ObjectProperty<List<LogisticsLine>> overdueLogistics = new SimpleObjectProperty<>();
    private final LatestRequest logisticsRequest = new LatestRequest();

    /** How many donors the dashboard ranks. */
    public static final int TOP_DONORS = 5;
    /** How many of the next meetings the dashboard lists. */
    public static final int NEXT_MEETINGS = 3;

    public DashboardViewModel(ProjectService service, ContributionService contributions, SpendingService spending,
            FollowUpService followUps, LogisticsService logistics, BackgroundRunner runner, ErrorReporter errors) {
        this.service = service;
        this.followUps = followUps;
        this.logistics = logistics;
        this.contributions = contributions;
        this.spending = spending;
        this.runner = runner;
        this.errors = errors;
        this.asOf = new SimpleObjectProperty<>(service.today());
        asOf.addListener((observable, old, date) -> {
            if (date != null) {
                rebuild();
                loadMoney();
                loadMeetings();
                loadLogistics();
            }
        });
    }

    public void reload() {
        projectsRequest.run(runner, service::list, loaded -> {
            projects = loaded;
            rebuild();
        }, errors::report);
        loadMoney();
        loadMeetings();
        loadLogistics();
    }

    /** The conference logistics tasks past their due date as of the dashboard's date; older answers are dropped. */
    private void loadLogistics() {
        LocalDate date = asOf.get();
        logisticsRequest.run(runner, () -> logistics.overdue(date), overdueLogistics::set, errors::report);
    }

    /** The overdue logistics tasks with their editions; {@code null} until they are read. */
    public ObjectProperty<List<LogisticsLine>> overdueLogisticsProperty() {
        return overdueLogistics;
    }

    /** The overdue follow-up actions and the next meetings as of the dashboard's date; older answers are dropped. */
    private void loadMeetings() {
        LocalDate date = asOf.get();
        meetingsRequest.run(runner, () -> followUps.glance(date, NEXT_MEETINGS), meetings::set, errors::report);
    }

    /** The overdue actions and the next meetings; {@code null} until they are read. */
    public ObjectProperty<MeetingsGlance> meetingsProperty() {
        return meetings;
    }

    /** The money figures as of the dashboard's date; an answer for an earlier date is dropped. */
    private void loadMoney() {
        LocalDate date = asOf.get();
        moneyRequest.run(runner, () -> contributions.summary(date, TOP_DONORS), money::set, errors::report);
    }

    /** The money figures; {@code null} until they are read. */
    public ObjectProperty<MoneySummary> moneyProperty() {
        return money;
    }

    private void rebuild() {
        LocalDate date = asOf.get();
        List<ProjectCard> cards = projects.stream().map(project -> {
            ProjectDuration duration = project.durationAsOf(date);
            return new ProjectCard(project, duration, DurationWarning.of(project, duration));
        }).toList();
        running.setAll(cards.stream().filter(card -> card.duration().state() == DurationState.RUNNING)
                .sorted(Comparator.comparing(card -> card.duration().end())).toList());
        attention.setAll(cards.stream().filter(card -> !card.warnings().isEmpty())
                .sorted(Comparator.comparing(card -> card.duration().end())).toList());
        notStarted.set(count(cards, DurationState.NOT_STARTED));
        ended.set(count(cards, DurationState.ENDED));
        loadFinances();
    }

    /** The money against time of the running projects as of the dashboard's date; older answers are dropped. */
    private void loadFinances() {
        LocalDate date = asOf.get();
        List<ProjectId> shown = running.stream().map(card -> card.project().id()).toList();
        financeRequest.run(runner, () -> spending.finances(shown, date), loaded -> {
            Map<ProjectId, ProjectFinance> byProject = new HashMap<>();
            loaded.forEach(finance -> byProject.put(finance.project(), finance));
            finances.set(Map.copyOf(byProject));
        }, errors::report);
    }

    /** The money against time of each running project, once read. */
    public Map<ProjectId, ProjectFinance> finances() {
        return finances.get();
    }

    public ReadOnlyObjectProperty<Map<ProjectId, ProjectFinance>> financesProperty() {
        return finances;
    }

    private static int count(List<ProjectCard> cards, DurationState state) {
        return (int) cards.stream().filter(card -> card.duration().state() == state).count();
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public ObservableList<ProjectCard> running() {
        return running;
    }

    public ObservableList<ProjectCard> attention() {
        return attention;
    }

    public ReadOnlyIntegerProperty notStartedProperty() {
        return notStarted.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty endedProperty() {
        return ended.getReadOnlyProperty();
    }
}

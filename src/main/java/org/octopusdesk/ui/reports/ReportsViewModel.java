package org.octopusdesk.ui.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.report.ReportCancelledException;
import org.octopusdesk.report.ReportDocument;
import org.octopusdesk.report.ReportFiles;
import org.octopusdesk.report.ReportProgress;
import org.octopusdesk.report.Reports;
import org.octopusdesk.service.PreferenceStore;
import org.octopusdesk.service.ProjectService;
import org.octopusdesk.service.donors.DonorService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;

/**
 * The Reports area's state: which report, for whom, over which period, in which language; making it in the
 * background with progress and a Cancel; the report made, ready to preview and save. Remembers the last parameters.
 */
public final class ReportsViewModel {

    /** The preference group of the last parameters. */
    static final String PREFERENCES = "reports";
    /** The choices a refusal can be shown beside ({@link #problemOf}). */
    public static final String PERIOD = "period";
    public static final String PROJECT = "project";
    public static final String CONFERENCE = "conference";
    /** Which choice each refusal is about; any other is said under the button. */
    private static final Map<String, String> CHOICE_REFUSED = Map.of("reports.error.period", PERIOD,
            "report.error.fromAfterTo", PERIOD, "reports.error.projectRequired", PROJECT,
            "reports.error.conferenceRequired", CONFERENCE);

    private final Reports reports;
    private final DonorService donorService;
    private final ProjectService projectService;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final Supplier<LocalDate> today;
    private final PreferenceStore preferences;

    private final ObservableList<Donor> donors = FXCollections.observableArrayList();
    private final ObservableList<Project> projects = FXCollections.observableArrayList();
    private final ObservableList<Conference> conferences = FXCollections.observableArrayList();
    private final ObjectProperty<Conference> conference = new SimpleObjectProperty<>();
    private final ObjectProperty<ReportKind> kind = new SimpleObjectProperty<>(ReportKind.DONOR);
    private final ObjectProperty<Donor> donor = new SimpleObjectProperty<>();
    private final ObjectProperty<Project> project = new SimpleObjectProperty<>();
    private final ObjectProperty<PeriodPreset> preset = new SimpleObjectProperty<>(PeriodPreset.LAST_YEAR);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty language = new SimpleStringProperty();
    private final BooleanProperty withNotes = new SimpleBooleanProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    /** What the person should know of the last action: a refusal, a cancel, where the report was saved. */
    private final StringProperty message = new SimpleStringProperty("");
    /** A refusal beside the choice it is about, by {@link #PERIOD}, {@link #PROJECT}, {@link #CONFERENCE}. */
    private final Map<String, StringProperty> problems = Map.of(PERIOD, new SimpleStringProperty(""),
            PROJECT, new SimpleStringProperty(""), CONFERENCE, new SimpleStringProperty(""));
    private final ObjectProperty<GeneratedReport> generated = new SimpleObjectProperty<>();
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private LocalDate firstDay = LocalDate.of(1999, 1, 1);
    private boolean restored;

    public ReportsViewModel(Reports reports, DonorService donors, ProjectService projects, BackgroundRunner runner,
            ErrorReporter errors, Messages messages, Supplier<LocalDate> today, PreferenceStore preferences) {
        this.reports = reports;
        this.donorService = donors;
        this.projectService = projects;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.today = today;
        this.preferences = preferences;
        language.set(messages.language());
        preset.addListener((observable, old, chosen) -> applyPreset());
        applyPreset();
        for (javafx.beans.Observable choice : java.util.List.of(kind, donor, project, conference, from, to,
                language, withNotes)) {
            choice.addListener(changed -> tellOutdated());
        }
        // A refusal goes once the choice it is about changes.
        for (javafx.beans.Observable dates : java.util.List.of(preset, from, to)) {
            dates.addListener(changed -> problems.get(PERIOD).set(""));
        }
        project.addListener(changed -> problems.get(PROJECT).set(""));
        conference.addListener(changed -> problems.get(CONFERENCE).set(""));
        kind.addListener(changed -> problems.values().forEach(problem -> problem.set("")));
    }

    /** What is wrong with one choice, beside it; empty when nothing is. */
    public StringProperty problemOf(String choice) {
        StringProperty problem = problems.get(choice);
        if (problem == null) {
            throw new IllegalArgumentException("no such choice: " + choice);
        }
        return problem;
    }

    /** Says a refusal beside the choice it is about, or under the button when it is about none. */
    private void refused(DomainException refusal) {
        String choice = CHOICE_REFUSED.get(refusal.messageKey());
        (choice == null ? message : problems.get(choice)).set(messages.message(refusal));
    }

    /**
     * A report made, then a choice changed: the preview still shows the report as made, and says so, so that
     * nobody saves the English report under a French name thinking it French.
     */
    private void tellOutdated() {
        if (generated.get() != null && !running.get()) {
            message.set(messages.text("reports.outdated"));
        }
    }

    /** Reads the donors, projects and remembered parameters afresh. */
    public void reload() {
        runner.run(() -> new Loaded(donorService.list(), projectService.list(), preferences.load(PREFERENCES),
                reports.firstAgreement(null).orElse(today.get()), reports.conferences()), loaded -> {
                    Donor chosenDonor = donor.get();
                    Project chosenProject = project.get();
                    Conference chosenConference = conference.get();
                    donors.setAll(loaded.donors());
                    projects.setAll(loaded.projects());
                    conferences.setAll(loaded.conferences());
                    conference.set(chosenConference == null ? null : find(conferences,
                            chosenConference.id().toString(), CONFERENCE_ID));
                    firstDay = loaded.firstAgreement();
                    if (!restored) {
                        // The remembered choices count once, when the area is first shown; after that the
                        // person's current choices stay, matched to the records as they are now.
                        restored = true;
                        restore(loaded.remembered());
                    } else {
                        donor.set(find(donors, chosenDonor == null ? null : chosenDonor.id().toString(), DONOR_ID));
                        project.set(find(projects, chosenProject == null ? null : chosenProject.id().toString(),
                                PROJECT_ID));
                    }
                    applyPreset();
                }, errors::report);
    }

    private record Loaded(java.util.List<Donor> donors, java.util.List<Project> projects,
            Map<String, String> remembered, LocalDate firstAgreement, java.util.List<Conference> conferences) {
    }

    /** Makes the report into a temporary file, with progress; a Cancel stops it and leaves nothing. */
    public void generate() {
        message.set("");
        problems.values().forEach(problem -> problem.set(""));
        ReportRequest request;
        try {
            request = request();
        } catch (DomainException refusal) {
            refused(refusal);
            return;
        }
        Map<String, String> chosen = parameters();
        cancelRequested.set(false);
        running.set(true);
        progress.set(0);
        runner.runWithProgress(share -> {
            preferences.save(PREFERENCES, chosen);
            return make(request, share);
        }, progress::set, made -> {
            running.set(false);
            progress.set(1);
            replaceGenerated(made);
        }, failure -> {
            running.set(false);
            if (failure instanceof ReportCancelledException) {
                message.set(messages.text("reports.cancelled"));
            } else if (failure instanceof DomainException refusal) {
                refused(refusal);
            } else {
                errors.report(failure);
            }
        });
    }

    public void cancel() {
        cancelRequested.set(true);
    }

    /** Copies the report made to {@code target}, whole or not at all. */
    public void saveAs(Path target) {
        GeneratedReport report = generated.get();
        if (report == null) {
            return;
        }
        runner.run(() -> ReportFiles.writeAtomically(target, out -> {
            Files.copy(report.file(), out);
            return report.pages();
        }), pages -> message.set(messages.text("reports.saved", target.toString())), errors::report);
    }

    private GeneratedReport make(ReportRequest request, DoubleConsumer share) {
        ReportProgress watching = new ReportProgress() {
            @Override
            public void progress(long done, long total) {
                share.accept(total == 0 ? 0 : (double) done / total);
            }

            @Override
            public boolean cancelled() {
                return cancelRequested.get();
            }
        };
        ReportDocument document = request.build(reports, watching);
        try {
            Path file = Files.createTempFile("octopus-desk-report-", ".pdf");
            file.toFile().deleteOnExit();
            int pages = reports.write(document, file, watching);
            return new GeneratedReport(file, pages, Reports.safeFileName(document.title() + " \u2013 "
                    + document.subject()) + ".pdf");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Shows the new report; the old one's temporary file goes in the background, after the preview (queued first on
     * the same runner) has closed it.
     */
    private void replaceGenerated(GeneratedReport made) {
        GeneratedReport old = generated.get();
        generated.set(made);
        if (old != null) {
            runner.run(() -> Files.deleteIfExists(old.file()), deleted -> { }, errors::report);
        }
    }

    private ReportRequest request() {
        if (kind.get() == ReportKind.CONFERENCE) {
            return ReportRequest.ofConference(conference.get(), language.get());
        }
        if (from.get() == null || to.get() == null) {
            throw new DomainException("reports.error.period");
        }
        return ReportRequest.of(kind.get(), donor.get(), project.get(), from.get(), to.get(),
                Reports.defaultAsOf(to.get(), today.get()), language.get(), withNotes.get());
    }

    private void applyPreset() {
        PeriodPreset chosen = preset.get();
        if (chosen == null || chosen == PeriodPreset.CUSTOM) {
            return;
        }
        LocalDate start = kind.get() == ReportKind.PROJECT && project.get() != null ? project.get().start()
                : firstDay;
        from.set(chosen.from(today.get(), start));
        to.set(chosen.to(today.get()));
    }

    /** The parameters as remembered between sessions. */
    Map<String, String> parameters() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kind", kind.get().name());
        values.put("donor", donor.get() == null ? "" : donor.get().id().toString());
        values.put("project", project.get() == null ? "" : project.get().id().toString());
        values.put("conference", conference.get() == null ? "" : conference.get().id().toString());
        values.put("preset", preset.get().name());
        values.put("from", from.get() == null ? "" : from.get().toString());
        values.put("to", to.get() == null ? "" : to.get().toString());
        values.put("language", language.get());
        values.put("notes", Boolean.toString(withNotes.get()));
        return values;
    }

    private void restore(Map<String, String> values) {
        kind.set(enumValue(ReportKind.class, values.get("kind"), ReportKind.DONOR));
        donor.set(find(donors, values.get("donor"), DONOR_ID));
        project.set(find(projects, values.get("project"), PROJECT_ID));
        conference.set(find(conferences, values.get("conference"), CONFERENCE_ID));
        preset.set(enumValue(PeriodPreset.class, values.get("preset"), PeriodPreset.LAST_YEAR));
        if (preset.get() == PeriodPreset.CUSTOM) {
            from.set(date(values.get("from")));
            to.set(date(values.get("to")));
        }
        if (Messages.isSupported(values.get("language"))) {
            language.set(values.get("language"));
        }
        withNotes.set(Boolean.parseBoolean(values.get("notes")));
    }

    private static final java.util.function.Function<Donor, String> DONOR_ID = each -> each.id().toString();
    private static final java.util.function.Function<Project, String> PROJECT_ID = each -> each.id().toString();
    private static final java.util.function.Function<Conference, String> CONFERENCE_ID =
            each -> each.id().toString();

    /** The record whose id prints as {@code id}, or none: a remembered donor may have been deleted since. */
    private static <T> T find(java.util.List<T> records, String id, java.util.function.Function<T, String> idOf) {
        if (id == null || id.isEmpty()) {
            return null;
        }
        return records.stream().filter(each -> id.equals(idOf.apply(each))).findFirst().orElse(null);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name, E fallback) {
        try {
            return name == null ? fallback : Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            return fallback;
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isEmpty() ? null : LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException damaged) {
            return null;
        }
    }

    public ObservableList<Donor> donors() {
        return donors;
    }

    public ObservableList<Project> projects() {
        return projects;
    }

    public ObservableList<Conference> conferences() {
        return conferences;
    }

    /** The edition a conference report is about. */
    public ObjectProperty<Conference> conferenceProperty() {
        return conference;
    }

    public ObjectProperty<ReportKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Donor> donorProperty() {
        return donor;
    }

    public ObjectProperty<Project> projectProperty() {
        return project;
    }

    public ObjectProperty<PeriodPreset> presetProperty() {
        return preset;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty languageProperty() {
        return language;
    }

    /** Whether a donor report prints the notes recorded with the contributions (not by default). */
    public BooleanProperty withNotesProperty() {
        return withNotes;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<GeneratedReport> generatedProperty() {
        return generated;
    }
}

package org.octopusdesk.ui.timeline;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.octopusdesk.service.ProjectDetails;
import org.octopusdesk.service.ProjectService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;

/** The timeline: every project as a bar over a range of whole years that the person zooms in and out. */
public final class TimelineViewModel {

    private final ProjectService service;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final ObservableList<ProjectDetails> projects = FXCollections.observableArrayList();
    private final IntegerProperty fromYear;
    private final IntegerProperty toYear;
    private final LocalDate today;

    public TimelineViewModel(ProjectService service, BackgroundRunner runner, ErrorReporter errors) {
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        this.today = service.today();
        this.fromYear = new SimpleIntegerProperty(today.getYear() - 1);
        this.toYear = new SimpleIntegerProperty(today.getYear() + 1);
    }

    public void reload() {
        runner.run(service::overview, loaded -> {
            boolean first = projects.isEmpty();
            projects.setAll(loaded);
            if (first) {
                fitAll();
            }
        }, errors::report);
    }

    /** Shows every project and today. */
    public void fitAll() {
        int first = today.getYear();
        int last = today.getYear();
        for (ProjectDetails details : projects) {
            first = Math.min(first, details.project().start().getYear());
            last = Math.max(last, details.project().currentEnd().getYear());
            last = Math.max(last, details.project().originalEnd().getYear());
        }
        setRange(first, last);
    }

    /** One year fewer on each side, down to a single year. */
    public void zoomIn() {
        if (toYear.get() - fromYear.get() >= 2) {
            setRange(fromYear.get() + 1, toYear.get() - 1);
        } else if (toYear.get() > fromYear.get()) {
            setRange(fromYear.get(), fromYear.get());
        }
    }

    /** One year more on each side. */
    public void zoomOut() {
        setRange(fromYear.get() - 1, toYear.get() + 1);
    }

    /** Moves the range by {@code years} (negative: into the past) without changing its length. */
    public void shift(int years) {
        setRange(fromYear.get() + years, toYear.get() + years);
    }

    private void setRange(int from, int to) {
        // toYear first when widening to the right keeps from <= to at every step for listeners
        if (from > toYear.get()) {
            toYear.set(to);
            fromYear.set(from);
        } else {
            fromYear.set(from);
            toYear.set(to);
        }
    }

    public ObservableList<ProjectDetails> projects() {
        return projects;
    }

    public IntegerProperty fromYearProperty() {
        return fromYear;
    }

    public IntegerProperty toYearProperty() {
        return toYear;
    }

    public LocalDate today() {
        return today;
    }

    public List<Integer> years() {
        return java.util.stream.IntStream.rangeClosed(fromYear.get(), toYear.get()).boxed().toList();
    }
}

package org.octopusdesk.ui.countries;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.octopusdesk.domain.country.AssistanceActivity;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.project.ProjectId;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.ProjectService;
import org.octopusdesk.service.countries.AssistanceService;
import org.octopusdesk.service.countries.CountryService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;

/** The log of assistance activities, latest first, filtered as the person types. */
public final class AssistanceLogViewModel {

    private final AssistanceService assistance;
    private final CountryService countries;
    private final ProjectService projects;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final ObservableList<AssistanceRow> rows = FXCollections.observableArrayList();
    private final FilteredList<AssistanceRow> visible = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty("");

    public AssistanceLogViewModel(AssistanceService assistance, CountryService countries, ProjectService projects,
            BackgroundRunner runner, ErrorReporter errors, Messages messages) {
        this.assistance = assistance;
        this.countries = countries;
        this.projects = projects;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        filter.addListener((observable, old, text) -> visible.setPredicate(row -> matches(row, text)));
    }

    public void reload() {
        runner.run(() -> {
            Map<ProjectId, String> codes = projects.list().stream()
                    .collect(Collectors.toMap(Project::id, Project::code, (a, b) -> a));
            return assistance.list().stream().map(activity -> row(activity, codes)).toList();
        }, loaded -> {
            rows.setAll(loaded);
            visible.setPredicate(row -> matches(row, filter.get()));
        }, errors::report);
    }

    private AssistanceRow row(AssistanceActivity activity, Map<ProjectId, String> codes) {
        var details = activity.details();
        String country = countries.find(details.countryCode()).map(found -> found.name(messages.locale()))
                .orElse(details.countryCode());
        String project = details.project() == null ? "" : codes.getOrDefault(details.project(), "");
        return new AssistanceRow(activity, country, messages.text(details.kind().messageKey()), project);
    }

    private static boolean matches(AssistanceRow row, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        List<Function<AssistanceRow, String>> fields = List.of(AssistanceRow::country, AssistanceRow::kind,
                AssistanceRow::project, shown -> shown.activity().details().description(),
                shown -> shown.activity().details().outcome(), shown -> shown.activity().details().countryCode());
        return fields.stream().anyMatch(field -> field.apply(row).toLowerCase(Locale.ROOT).contains(wanted));
    }

    public ObservableList<AssistanceRow> visibleRows() {
        return visible;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** An activity with its country, kind and project in words, as the table shows and the filter reads them. */
    public record AssistanceRow(AssistanceActivity activity, String country, String kind, String project) {
    }
}

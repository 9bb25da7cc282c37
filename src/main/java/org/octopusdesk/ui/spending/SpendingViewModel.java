package org.octopusdesk.ui.spending;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.octopusdesk.domain.project.ProjectId;
import org.octopusdesk.domain.spending.Expenditure;
import org.octopusdesk.domain.spending.ExpenditureCategory;
import org.octopusdesk.domain.spending.ExpenditureId;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.csv.ImportProgress;
import org.octopusdesk.service.spending.ExpenditureQuery;
import org.octopusdesk.service.spending.ProjectFinance;
import org.octopusdesk.service.spending.SpendingImportException;
import org.octopusdesk.service.spending.SpendingService;
import org.octopusdesk.ui.common.ImportLines;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.DialogService;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.LatestRequest;

/**
 * The Spending section of a project's page: its money against time as of the page's date, and its expenditure
 * lines filtered by category and year, with what adds, changes, deletes and imports them.
 */
public final class SpendingViewModel {

    private final SpendingService service;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final Messages messages;
    private final ObjectProperty<LocalDate> asOf;
    private final ReadOnlyObjectWrapper<ProjectId> project = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ProjectFinance> finance = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<ExpenditureCategory> categoryFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> yearFilter = new SimpleObjectProperty<>();
    private final ObservableList<Integer> yearChoices = FXCollections.observableArrayList();
    private final ObservableList<Expenditure> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Expenditure> selected = new SimpleObjectProperty<>();
    private final StringProperty totalText = new SimpleStringProperty("");
    private final BooleanProperty importing = new SimpleBooleanProperty();
    /** Answers to older requests are dropped: only those for the project and filters now shown may land. */
    private long rowsRequest;
    private final LatestRequest financeRequest = new LatestRequest();
    private boolean settingFilters;

    /** @param asOf the date of the project's page, which the money-against-time figures follow */
    public SpendingViewModel(SpendingService service, BackgroundRunner runner, DialogService dialogs,
            ErrorReporter errors, Messages messages, ObjectProperty<LocalDate> asOf) {
        this.service = service;
        this.runner = runner;
        this.dialogs = dialogs;
        this.errors = errors;
        this.messages = messages;
        this.asOf = asOf;
        asOf.addListener((observable, old, date) -> loadFinance());
        categoryFilter.addListener((observable, old, value) -> filtersChanged());
        yearFilter.addListener((observable, old, value) -> filtersChanged());
    }

    /** Shows the spending of a project, or nothing for {@code null}; another project starts with no filter. */
    public void show(ProjectId id) {
        if (id == null || !id.equals(project.get())) {
            settingFilters = true;
            categoryFilter.set(null);
            yearFilter.set(null);
            settingFilters = false;
        }
        project.set(id);
        reload();
    }

    /** Reads the lines, the years to filter by and the figures again, keeping the selection where it still is. */
    public void reload() {
        reload(Optional.ofNullable(selected.get()).map(Expenditure::id));
    }

    private void reload(Optional<ExpenditureId> select) {
        ProjectId shown = project.get();
        if (shown != null) {
            runner.run(() -> service.years(shown), years -> {
                if (shown.equals(project.get())) {
                    settingFilters = true;
                    yearChoices.setAll(years);
                    settingFilters = false;
                }
            }, errors::report);
        }
        loadRows(select);
        loadFinance();
    }

    private void filtersChanged() {
        if (!settingFilters) {
            loadRows(Optional.empty());
        }
    }

    private void loadRows(Optional<ExpenditureId> select) {
        long request = ++rowsRequest;
        ProjectId shown = project.get();
        if (shown == null) {
            rows.clear();
            selected.set(null);
            totalText.set("");
            return;
        }
        ExpenditureQuery query = ExpenditureQuery.of(shown).withCategory(categoryFilter.get()).inYear(yearFilter.get());
        runner.run(() -> service.list(query), lines -> {
            if (request != rowsRequest) {
                return;
            }
            rows.setAll(lines);
            BigDecimal euros = lines.stream().map(line -> line.euros().amount()).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            totalText.set(lines.isEmpty() ? "" : messages.text("spending.total", lines.size(),
                    messages.euros(euros)));
            Optional<ExpenditureId> keep = select.isPresent() ? select
                    : Optional.ofNullable(selected.get()).map(Expenditure::id);
            selected.set(keep.flatMap(id -> lines.stream().filter(line -> line.id().equals(id)).findFirst())
                    .orElse(null));
        }, errors::report);
    }

    private void loadFinance() {
        ProjectId shown = project.get();
        LocalDate date = asOf.get();
        if (shown == null || date == null) {
            financeRequest.supersede();
            finance.set(null);
            return;
        }
        financeRequest.run(runner, () -> service.finance(shown, date), finance::set, errors::report);
    }

    /** The form of a new line of the project shown, or of the selected line; empty when there is none. */
    public Optional<ExpenditureEditorViewModel> editor(boolean newLine) {
        ProjectId shown = project.get();
        Expenditure line = newLine ? null : selected.get();
        if (shown == null || (!newLine && line == null)) {
            return Optional.empty();
        }
        return Optional.of(new ExpenditureEditorViewModel(service, runner, dialogs, errors, messages, shown, line,
                service.today()));
    }

    /** After a form saved a line: the list shows it, and the figures count it. */
    public void saved(Expenditure line) {
        reload(Optional.of(line.id()));
    }

    /** Asks, then deletes the selected line; the audit trail keeps it. */
    public void deleteSelected() {
        Expenditure line = selected.get();
        if (line == null || !dialogs.confirm(messages.text("spending.delete.title"),
                messages.text("spending.delete.question", messages.money(line.amount()), line.spentOn(),
                        line.description()), messages.text("action.delete"))) {
            return;
        }
        runner.run(() -> {
            service.delete(line.id(), line.version());
            return line;
        }, deleted -> reload(Optional.empty()), failure -> {
            errors.report(failure);
            reload();
        });
    }

    /** Imports a file: all of it, or nothing and every bad line listed; repeated lines are confirmed first. */
    public void importFrom(Path file) {
        importFrom(file, false);
    }

    private void importFrom(Path file, boolean confirmed) {
        importing.set(true);
        runner.run(() -> service.files().importFile(file, confirmed, ImportProgress.ignored()), report -> {
            importing.set(false);
            dialogs.showInformation(messages.text("spending.import.title"),
                    messages.text("cli.spending.imported", report.imported()));
            reload(Optional.empty());
        }, failure -> {
            importing.set(false);
            if (failure instanceof SpendingImportException refused && refused.onlyWarnings()) {
                if (dialogs.confirm(messages.text("spending.import.title"), messages.message(refused) + "\n\n"
                        + String.join("\n", ImportLines.of(messages, refused.report().warnings())),
                        messages.text("spending.import.confirm"))) {
                    importFrom(file, true);
                }
            } else if (failure instanceof SpendingImportException refused) {
                dialogs.showList(messages.text("spending.import.title"), messages.message(refused),
                        ImportLines.of(messages, refused.report().errors()));
            } else {
                errors.report(failure);
            }
        });
    }

    public ReadOnlyObjectProperty<ProjectId> projectProperty() {
        return project.getReadOnlyProperty();
    }

    /** The money against time as of the page's date; {@code null} until read, or when no project is shown. */
    public ReadOnlyObjectProperty<ProjectFinance> financeProperty() {
        return finance.getReadOnlyProperty();
    }

    public ObjectProperty<ExpenditureCategory> categoryFilterProperty() {
        return categoryFilter;
    }

    public ObjectProperty<Integer> yearFilterProperty() {
        return yearFilter;
    }

    public ObservableList<Integer> yearChoices() {
        return yearChoices;
    }

    public ObservableList<Expenditure> rows() {
        return rows;
    }

    public ObjectProperty<Expenditure> selectedProperty() {
        return selected;
    }

    /** "3 lines: EUR 92,245.55", for the lines shown. */
    public StringProperty totalTextProperty() {
        return totalText;
    }

    public BooleanProperty importingProperty() {
        return importing;
    }

    /** The categories to filter by, in their order. */
    public static List<ExpenditureCategory> categories() {
        return List.of(ExpenditureCategory.values());
    }
}

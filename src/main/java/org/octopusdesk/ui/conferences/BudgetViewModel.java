package org.octopusdesk.ui.conferences;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.octopusdesk.domain.conference.BudgetLine;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.conference.ConferenceBudget;
import org.octopusdesk.domain.spending.Expenditure;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.conferences.BudgetService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.DialogService;
import org.octopusdesk.ui.common.ErrorReporter;

/**
 * The Budget tab of an edition: its lines with planned and actual euros, the actual costs of the selected line, and
 * the balance against the contributions earmarked to it. Everything is read in the background.
 */
public final class BudgetViewModel {

    private final BudgetService service;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final Messages messages;
    private final ObjectProperty<Conference> conference = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ConferenceBudget> budget =
            new ReadOnlyObjectWrapper<>(new ConferenceBudget(List.of(), List.of()));
    private final ObservableList<BudgetLine> lines = FXCollections.observableArrayList();
    private final ObjectProperty<BudgetLine> selected = new SimpleObjectProperty<>();
    private final ObservableList<Expenditure> actuals = FXCollections.observableArrayList();
    private final ObjectProperty<Expenditure> selectedActual = new SimpleObjectProperty<>();
    private List<String> currencies = List.of();

    public BudgetViewModel(BudgetService service, BackgroundRunner runner, DialogService dialogs,
            ErrorReporter errors, Messages messages) {
        this.service = service;
        this.runner = runner;
        this.dialogs = dialogs;
        this.errors = errors;
        this.messages = messages;
        conference.addListener((observable, old, edition) -> reload());
        selected.addListener((observable, old, line) -> actuals.setAll(line == null ? List.of() : line.actuals()));
    }

    private record Loaded(ConferenceBudget budget, List<String> currencies) {
    }

    public void reload() {
        Conference edition = conference.get();
        if (edition == null) {
            lines.clear();
            budget.set(new ConferenceBudget(List.of(), List.of()));
            return;
        }
        runner.run(() -> new Loaded(service.budget(edition.id()), service.currentCurrencyCodes()), loaded -> {
            if (edition.equals(conference.get())) {
                BudgetLine kept = selected.get();
                currencies = loaded.currencies();
                budget.set(loaded.budget());
                lines.setAll(loaded.budget().lines());
                selected.set(kept == null ? null : lines.stream().filter(line -> line.id().equals(kept.id()))
                        .findFirst().orElse(null));
                actuals.setAll(selected.get() == null ? List.of() : selected.get().actuals());
            }
        }, errors::report);
    }

    /** Whether the edition can book actual costs: only as its project's spending. */
    public boolean hasProject() {
        return conference.get() != null && conference.get().project() != null;
    }

    public BudgetLineEditorViewModel lineEditor(BudgetLine line) {
        return new BudgetLineEditorViewModel(service, runner, errors, messages, conference.get().id(), line,
                currencies);
    }

    public ActualCostViewModel actualEditor(BudgetLine line) {
        return new ActualCostViewModel(service, runner, dialogs, errors, messages, line, currencies);
    }

    /** Asks, then deletes the selected line; one with actual costs is refused with the reason. */
    public void deleteSelected() {
        BudgetLine line = selected.get();
        if (line == null || !dialogs.confirm(messages.text("budget.delete.title"),
                messages.text("budget.delete.question", line.description()), messages.text("action.delete"))) {
            return;
        }
        runner.run(() -> {
            service.deleteLine(line.id(), line.version());
            return line;
        }, deleted -> reload(), failure -> {
            errors.report(failure);
            reload();
        });
    }

    /** Asks, then removes the selected actual cost, and with it its line of the project's spending. */
    public void removeSelectedActual() {
        BudgetLine line = selected.get();
        Expenditure actual = selectedActual.get();
        if (line == null || actual == null || !dialogs.confirm(messages.text("budget.actual.remove.title"),
                messages.text("budget.actual.remove.question", messages.money(actual.amount()),
                        messages.date(actual.spentOn())),
                messages.text("action.delete"))) {
            return;
        }
        runner.run(() -> {
            service.removeActual(line.id(), actual.id(), actual.version());
            return actual;
        }, removed -> reload(), failure -> {
            errors.report(failure);
            reload();
        });
    }

    public ObjectProperty<Conference> conferenceProperty() {
        return conference;
    }

    public ReadOnlyObjectProperty<ConferenceBudget> budgetProperty() {
        return budget.getReadOnlyProperty();
    }

    public ObservableList<BudgetLine> lines() {
        return lines;
    }

    public ObjectProperty<BudgetLine> selectedProperty() {
        return selected;
    }

    public ObservableList<Expenditure> actuals() {
        return actuals;
    }

    public ObjectProperty<Expenditure> selectedActualProperty() {
        return selectedActual;
    }
}

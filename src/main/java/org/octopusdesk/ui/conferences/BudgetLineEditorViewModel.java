package org.octopusdesk.ui.conferences;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.conference.BudgetCategory;
import org.octopusdesk.domain.conference.BudgetLine;
import org.octopusdesk.domain.conference.BudgetLineDraft;
import org.octopusdesk.domain.conference.ConferenceId;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.conferences.BudgetService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FieldErrors;
import org.octopusdesk.ui.common.FormSave;
import org.octopusdesk.ui.common.TypedNumbers;

/**
 * The form of a budget line: its category, what it is for, and its plan in any currency as of a day (today at first),
 * whose rate the service converts it at. The currency's own rules are checked as it is typed; the rate on saving.
 */
public final class BudgetLineEditorViewModel {

    private final BudgetService service;
    private final Messages messages;
    private final ConferenceId conference;
    private final BudgetLine original;
    private final ObjectProperty<BudgetCategory> category = new SimpleObjectProperty<>();
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty("EUR");
    private final ObjectProperty<LocalDate> plannedOn = new SimpleObjectProperty<>();
    private final ObservableList<String> currencyChoices = FXCollections.observableArrayList();
    private final FieldErrors fieldErrors;
    private final FormSave saving;

    /** @param original the line to edit, or {@code null} for a new one */
    public BudgetLineEditorViewModel(BudgetService service, BackgroundRunner runner, ErrorReporter errors,
            Messages messages, ConferenceId conference, BudgetLine original, List<String> currencies) {
        this.service = service;
        this.messages = messages;
        this.conference = conference;
        this.original = original;
        this.fieldErrors = new FieldErrors(messages, BudgetLineDraft.CATEGORY, BudgetLineDraft.DESCRIPTION,
                BudgetLineDraft.PLANNED_AMOUNT, BudgetLineDraft.PLANNED_CURRENCY, BudgetLineDraft.PLANNED_ON);
        this.saving = new FormSave(runner, errors, fieldErrors, BudgetLineDraft.CATEGORY);
        currencyChoices.setAll(currencies);
        plannedOn.set(service.today());
        if (original != null) {
            category.set(original.category());
            description.set(original.description());
            amount.set(messages.number(original.planned().amount()));
            currency.set(original.planned().currency());
            plannedOn.set(original.plannedOn());
        }
        fieldErrors.checkWith(this::problems);
        fieldErrors.watch(BudgetLineDraft.CATEGORY, category);
        fieldErrors.watch(BudgetLineDraft.DESCRIPTION, description);
        fieldErrors.watch(BudgetLineDraft.PLANNED_AMOUNT, amount, currency);
        fieldErrors.watch(BudgetLineDraft.PLANNED_CURRENCY, currency);
        fieldErrors.watch(BudgetLineDraft.PLANNED_ON, plannedOn);
    }

    public boolean isNew() {
        return original == null;
    }

    public void save(Consumer<BudgetLine> onSaved) {
        List<FieldError> problems = new ArrayList<>();
        BudgetLineDraft draft = draft(problems);
        problems.addAll(draft.validate(service::findCurrency));
        if (fieldErrors.show(problems, BudgetLineDraft.CATEGORY)) {
            saving.run(() -> original == null ? service.createLine(conference, draft)
                    : service.updateLine(original.id(), original.version(), draft), onSaved);
        }
    }

    private List<FieldError> problems() {
        List<FieldError> problems = new ArrayList<>();
        problems.addAll(draft(problems).validate(service::findCurrency));
        return problems;
    }

    private BudgetLineDraft draft(List<FieldError> problems) {
        BigDecimal planned = TypedNumbers.read(messages, amount.get(), BudgetLineDraft.PLANNED_AMOUNT, problems);
        return new BudgetLineDraft(category.get(), description.get(), planned, currency.get(), plannedOn.get());
    }

    public ObjectProperty<BudgetCategory> categoryProperty() {
        return category;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public ObjectProperty<LocalDate> plannedOnProperty() {
        return plannedOn;
    }

    public ObservableList<String> currencyChoices() {
        return currencyChoices;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.savingProperty();
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }
}

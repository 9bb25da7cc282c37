package org.octopusdesk.ui.conferences;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.conference.ActualCostDraft;
import org.octopusdesk.domain.conference.BudgetLine;
import org.octopusdesk.domain.money.CurrencyInfo;
import org.octopusdesk.domain.money.Money;
import org.octopusdesk.domain.spending.Expenditure;
import org.octopusdesk.domain.spending.ExpenditureDraft;
import org.octopusdesk.domain.spending.SpendingWarning;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.conferences.BudgetService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ConfirmedSave;
import org.octopusdesk.ui.common.DialogService;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FieldErrors;
import org.octopusdesk.ui.common.FormSave;
import org.octopusdesk.ui.common.TypedNumbers;

/**
 * The form of an actual cost of a budget line: the day it was paid, the amount in any currency and the bank's euros
 * when known. It is booked as the project's spending, so its rules and field names are an expenditure line's.
 */
public final class ActualCostViewModel {

    private final BudgetService service;
    private final Messages messages;
    private final BudgetLine line;
    private final ObjectProperty<LocalDate> spentOn = new SimpleObjectProperty<>();
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty("");
    private final StringProperty bankEuros = new SimpleStringProperty("");
    private final ObservableList<String> currencyChoices = FXCollections.observableArrayList();
    private final FieldErrors fieldErrors;
    private final FormSave formSave;
    private final ConfirmedSave<SpendingWarning> bookings;

    public ActualCostViewModel(BudgetService service, BackgroundRunner runner, DialogService dialogs,
            ErrorReporter errors, Messages messages, BudgetLine line, List<String> currencies) {
        this.service = service;
        this.messages = messages;
        this.line = line;
        this.fieldErrors = new FieldErrors(messages, ExpenditureDraft.SPENT_ON, ExpenditureDraft.AMOUNT,
                ExpenditureDraft.CURRENCY, ExpenditureDraft.BANK_EUROS);
        this.formSave = new FormSave(runner, errors, fieldErrors, ExpenditureDraft.SPENT_ON);
        this.bookings = new ConfirmedSave<>(formSave, dialogs, messages, SpendingWarning.class,
                "expenditure.warning.title", "expenditure.warning.confirm");
        currencyChoices.setAll(currencies);
        spentOn.set(service.today());
        // The plan's currency is the likeliest: a venue quoted in lei is invoiced in lei.
        currency.set(line.planned().currency());
        fieldErrors.checkWith(this::problems);
        fieldErrors.watch(ExpenditureDraft.SPENT_ON, spentOn);
        fieldErrors.watch(ExpenditureDraft.AMOUNT, amount, currency);
        fieldErrors.watch(ExpenditureDraft.CURRENCY, currency);
        fieldErrors.watch(ExpenditureDraft.BANK_EUROS, bankEuros, currency);
    }

    /** The line the cost is booked for. */
    public BudgetLine line() {
        return line;
    }

    public void save(Consumer<Expenditure> onSaved) {
        List<FieldError> problems = problems();
        if (fieldErrors.show(problems, ExpenditureDraft.SPENT_ON)) {
            ActualCostDraft draft = draft(new ArrayList<>());
            bookings.run(confirmed -> service.addActual(line.id(), draft, confirmed), onSaved);
        }
    }

    /** The typed numbers and the currency checked here; the project, the day's rate and the rest by the service. */
    private List<FieldError> problems() {
        List<FieldError> problems = new ArrayList<>();
        ActualCostDraft draft = draft(problems);
        if (draft.spentOn() == null) {
            problems.add(FieldError.of(ExpenditureDraft.SPENT_ON, "validation.required"));
        }
        String code = draft.currency();
        Optional<CurrencyInfo> known = code.isEmpty() ? Optional.empty() : service.findCurrency(code);
        if (code.isEmpty()) {
            problems.add(FieldError.of(ExpenditureDraft.CURRENCY, "validation.required"));
        } else if (known.isEmpty()) {
            problems.add(FieldError.of(ExpenditureDraft.CURRENCY, "validation.currency.unknown", code));
        }
        if (problems.stream().noneMatch(problem -> problem.field().equals(ExpenditureDraft.AMOUNT))) {
            Money.problemWith(draft.amount(), known, ExpenditureDraft.AMOUNT).ifPresent(problems::add);
        }
        return problems;
    }

    private ActualCostDraft draft(List<FieldError> problems) {
        BigDecimal typed = TypedNumbers.read(messages, amount.get(), ExpenditureDraft.AMOUNT, problems);
        BigDecimal bank = bankEuros.get().isBlank() ? null
                : TypedNumbers.read(messages, bankEuros.get(), ExpenditureDraft.BANK_EUROS, problems);
        return new ActualCostDraft(spentOn.get(), typed, currency.get().strip().toUpperCase(java.util.Locale.ROOT),
                bank);
    }

    public ObjectProperty<LocalDate> spentOnProperty() {
        return spentOn;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public StringProperty bankEurosProperty() {
        return bankEuros;
    }

    public ObservableList<String> currencyChoices() {
        return currencyChoices;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return formSave.savingProperty();
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }
}

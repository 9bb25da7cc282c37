package org.octopusdesk.ui.spending;

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
import org.octopusdesk.domain.money.CurrencyInfo;
import org.octopusdesk.domain.project.ProjectId;
import org.octopusdesk.domain.spending.Expenditure;
import org.octopusdesk.domain.spending.ExpenditureCategory;
import org.octopusdesk.domain.spending.ExpenditureDraft;
import org.octopusdesk.domain.spending.SpendingWarning;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.spending.SpendingService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ConfirmedSave;
import org.octopusdesk.ui.common.ConversionPreview;
import org.octopusdesk.ui.common.DialogService;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FieldErrors;
import org.octopusdesk.ui.common.FormSave;
import org.octopusdesk.ui.common.TypedNumbers;

/**
 * The form of one expenditure line, new or edited. While the person types, it shows how the line will be converted
 * to euros (the rate, its date and source) or why it cannot be, exactly as saving would.
 */
public final class ExpenditureEditorViewModel {

    private final SpendingService service;
    private final BackgroundRunner runner;
    private final Messages messages;
    private final ProjectId project;
    private final Expenditure original;
    private final ObservableList<String> currencyChoices = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> spentOn = new SimpleObjectProperty<>();
    private final ObjectProperty<ExpenditureCategory> category = new SimpleObjectProperty<>();
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty(CurrencyInfo.EURO);
    private final StringProperty bankEuros = new SimpleStringProperty("");
    private final FieldErrors fieldErrors;
    private final FormSave saving;
    private final ConfirmedSave<SpendingWarning> confirmedSave;
    private final ConversionPreview preview;

    /** @param original the line to edit, or {@code null} for a new line of {@code project} dated {@code today} */
    public ExpenditureEditorViewModel(SpendingService service, BackgroundRunner runner, DialogService dialogs,
            ErrorReporter errors, Messages messages, ProjectId project, Expenditure original, LocalDate today) {
        this.service = service;
        this.runner = runner;
        this.messages = messages;
        this.project = project;
        this.original = original;
        this.fieldErrors = new FieldErrors(messages, ExpenditureDraft.PROJECT, ExpenditureDraft.SPENT_ON,
                ExpenditureDraft.CATEGORY, ExpenditureDraft.DESCRIPTION, ExpenditureDraft.AMOUNT,
                ExpenditureDraft.CURRENCY, ExpenditureDraft.BANK_EUROS);
        this.saving = new FormSave(runner, errors, fieldErrors, ExpenditureDraft.DESCRIPTION);
        this.confirmedSave = new ConfirmedSave<>(saving, dialogs, messages, SpendingWarning.class,
                "expenditure.warning.title", "expenditure.warning.confirm");
        this.preview = new ConversionPreview(runner, errors, messages, "expenditure.preview.euro",
                "expenditure.preview.bankDebit");
        currencyChoices.setAll(service.currentCurrencyCodes());
        if (original == null) {
            spentOn.set(today);
        } else {
            spentOn.set(original.spentOn());
            category.set(original.category());
            description.set(original.description());
            amount.set(messages.number(original.amount().amount()));
            currency.set(original.amount().currency());
            original.rate().filter(rate -> rate.source() == org.octopusdesk.domain.money.RateSource.BANK_ACTUAL)
                    .ifPresent(bank -> bankEuros.set(messages.number(original.euros().amount())));
        }
        fieldErrors.checkWith(() -> {
            List<FieldError> problems = new ArrayList<>();
            draft(problems);
            return problems;
        });
        fieldErrors.watch(ExpenditureDraft.SPENT_ON, spentOn);
        fieldErrors.watch(ExpenditureDraft.CATEGORY, category);
        fieldErrors.watch(ExpenditureDraft.DESCRIPTION, description);
        fieldErrors.watch(ExpenditureDraft.AMOUNT, amount, currency);
        fieldErrors.watch(ExpenditureDraft.CURRENCY, currency);
        fieldErrors.watch(ExpenditureDraft.BANK_EUROS, bankEuros, amount, currency);
        spentOn.addListener((observable, old, value) -> updatePreview());
        amount.addListener((observable, old, value) -> updatePreview());
        currency.addListener((observable, old, value) -> updatePreview());
        bankEuros.addListener((observable, old, value) -> updatePreview());
        updatePreview();
    }

    public boolean isNew() {
        return original == null;
    }

    /** The draft as typed, or empty with the reasons in {@code problems}. */
    private Optional<ExpenditureDraft> draft(List<FieldError> problems) {
        BigDecimal value = TypedNumbers.read(messages, amount.get(), ExpenditureDraft.AMOUNT, problems);
        BigDecimal bank = TypedNumbers.read(messages, bankEuros.get(), ExpenditureDraft.BANK_EUROS, problems);
        ExpenditureDraft draft = new ExpenditureDraft(project, spentOn.get(), category.get(), description.get(),
                value, currency.get(), bank);
        if (problems.isEmpty()) {
            problems.addAll(draft.validate(service::findCurrency));
        }
        return problems.isEmpty() ? Optional.of(draft) : Optional.empty();
    }

    /**
     * Asks the service how the line would be converted. Only the money fields matter: a preview is not held back
     * by a category or description not chosen yet.
     */
    private void updatePreview() {
        List<FieldError> problems = new ArrayList<>();
        BigDecimal value = TypedNumbers.read(messages, amount.get(), ExpenditureDraft.AMOUNT, problems);
        BigDecimal bank = TypedNumbers.read(messages, bankEuros.get(), ExpenditureDraft.BANK_EUROS, problems);
        ExpenditureDraft money = new ExpenditureDraft(project, spentOn.get(),
                category.get() == null ? ExpenditureCategory.OTHER : category.get(),
                description.get().isBlank() ? "-" : description.get(), value, currency.get(), bank);
        if (problems.isEmpty()) {
            problems.addAll(money.validate(service::findCurrency));
        }
        if (!problems.isEmpty()) {
            preview.incomplete(messages.text("expenditure.preview.incomplete"));
            return;
        }
        preview.ask(() -> service.preview(original == null ? null : original.id(), money), Expenditure::euros,
                Expenditure::rate, service::bankRateGap);
    }

    /** Saves; a line dated outside its project, or repeating one, is confirmed first, every reason at once. */
    public void save(Consumer<Expenditure> onSaved) {
        List<FieldError> problems = new ArrayList<>();
        Optional<ExpenditureDraft> draft = draft(problems);
        if (!fieldErrors.show(problems, ExpenditureDraft.DESCRIPTION)) {
            return;
        }
        draft.ifPresent(valid -> confirmedSave.run(confirmed -> original == null ? service.create(valid, confirmed)
                : service.update(original.id(), original.version(), valid, confirmed), onSaved));
    }

    public ObservableList<String> currencyChoices() {
        return currencyChoices;
    }

    public ObjectProperty<LocalDate> spentOnProperty() {
        return spentOn;
    }

    public ObjectProperty<ExpenditureCategory> categoryProperty() {
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

    public StringProperty bankEurosProperty() {
        return bankEuros;
    }

    public ConversionPreview conversionPreview() {
        return preview;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.savingProperty();
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }
}

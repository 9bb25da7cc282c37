package org.octopusdesk.ui.rates;

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
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.rates.ManualRateRules;
import org.octopusdesk.service.rates.RateDeviationException;
import org.octopusdesk.service.rates.RatesService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.DialogService;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FieldErrors;
import org.octopusdesk.ui.common.FormSave;
import org.octopusdesk.ui.common.TypedNumbers;

/**
 * The form of a manual rate: currency, day, EUR 1 = x, and the note that says where it comes from. A rate with more
 * decimals than stored is refused beside its field; one far from the last ECB rate is confirmed first, and the
 * note keeps that confirmation.
 */
public final class ManualRateViewModel {

    private final RatesService service;
    private final DialogService dialogs;
    private final Messages messages;
    private final StringProperty currency = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date;
    /** The day of the rate, which has a message of its own like the fields of the rules. */
    static final String DATE = "date";

    private final StringProperty rate = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final FieldErrors fieldErrors;
    private final FormSave saving;

    public ManualRateViewModel(RatesService service, BackgroundRunner runner, DialogService dialogs,
            ErrorReporter errors, Messages messages, String currencyCode, LocalDate today) {
        this.service = service;
        this.dialogs = dialogs;
        this.messages = messages;
        this.fieldErrors = new FieldErrors(messages, DATE, ManualRateRules.RATE, ManualRateRules.NOTE);
        this.saving = new FormSave(runner, errors, fieldErrors, ManualRateRules.RATE);
        this.currency.set(currencyCode == null ? "" : currencyCode);
        this.date = new SimpleObjectProperty<>(today);
        fieldErrors.checkWith(() -> {
            List<FieldError> problems = new ArrayList<>();
            read(problems);
            return problems;
        });
        fieldErrors.watch(DATE, date);
        fieldErrors.watch(ManualRateRules.RATE, rate);
        fieldErrors.watch(ManualRateRules.NOTE, note);
    }

    /** The rate typed, with what is wrong with the form in {@code problems}. */
    private BigDecimal read(List<FieldError> problems) {
        if (date.get() == null) {
            problems.add(FieldError.of(DATE, "rates.convert.dateRequired"));
        }
        BigDecimal value = TypedNumbers.read(messages, rate.get(), ManualRateRules.RATE, problems);
        TypedNumbers.addRules(problems, ManualRateRules.problems(value, note.get()));
        return value;
    }

    public void save(Consumer<ExchangeRate> onSaved) {
        List<FieldError> problems = new ArrayList<>();
        BigDecimal value = read(problems);
        problem.set("");
        if (!fieldErrors.show(problems, ManualRateRules.RATE)) {
            return;
        }
        submit(currency.get(), date.get(), value, note.get(), "", onSaved);
    }

    private void submit(String code, LocalDate day, BigDecimal value, String text, String confirmation,
            Consumer<ExchangeRate> onSaved) {
        problem.set("");
        saving.run(() -> service.addManual(code, day, value, text, confirmation), onSaved, failure -> {
            if (failure instanceof RateDeviationException far) {
                if (dialogs.confirm(messages.text("rates.manual.deviation.title"), messages.message(far),
                        messages.text("rates.manual.deviation.confirm"))) {
                    submit(code, day, value, text, messages.text("rates.manual.deviation.note",
                            messages.number(far.percent()), far.lastEcb().unitsPerEuro().toPlainString(),
                            far.lastEcb().date()), onSaved);
                }
                return true;
            }
            if (failure instanceof DomainException refused && !(failure instanceof ValidationException)) {
                // The currency or the day: no field of their own says it, the line under the form does.
                problem.set(messages.message(refused));
                return true;
            }
            return false;
        });
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty rateProperty() {
        return rate;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.savingProperty();
    }
}

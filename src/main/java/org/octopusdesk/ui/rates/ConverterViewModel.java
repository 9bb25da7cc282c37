package org.octopusdesk.ui.rates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.money.Conversion;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.rates.RatesService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;

/**
 * Converts an amount to euros exactly as a payment of that value date would be, by the same code
 * ({@code EuroConverter}): the ECB rate of the value date, or the last publication up to four days before, else a
 * manual rate of that gap; a gap without one is explained, never guessed over.
 */
public final class ConverterViewModel {

    private final RatesService service;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> valueDate;
    private final StringProperty result = new SimpleStringProperty("");
    private final StringProperty detail = new SimpleStringProperty("");
    private final StringProperty amountError = new SimpleStringProperty("");
    /**
     * The currency last followed, rather than the listener's old value: the area's choice passes through none while
     * its list of currencies is replaced (a manual rate of a new currency), and the converter is then still on the
     * currency it followed before.
     */
    private String followed;
    private final StringProperty problem = new SimpleStringProperty("");

    public ConverterViewModel(RatesService service, BackgroundRunner runner, ErrorReporter errors,
            Messages messages, LocalDate today) {
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.valueDate = new SimpleObjectProperty<>(today);
        // An answer, or a refusal, about other inputs than those shown would mislead: it goes when they change.
        javafx.beans.InvalidationListener stale = inputs -> {
            result.set("");
            detail.set("");
            problem.set("");
        };
        currency.addListener(stale);
        valueDate.addListener(stale);
        amount.addListener(stale);
    }

    public void convert() {
        result.set("");
        detail.set("");
        problem.set("");
        Optional<BigDecimal> parsed = messages.parseDecimal(amount.get());
        amountError.set(parsed.isEmpty() ? messages.text("validation.number") : "");
        if (parsed.isEmpty() || valueDate.get() == null) {
            if (valueDate.get() == null) {
                problem.set(messages.text("rates.convert.dateRequired"));
            }
            return;
        }
        String code = currency.get() == null ? "" : currency.get().strip();
        if (code.isEmpty()) {
            problem.set(messages.text("rates.convert.currencyRequired"));
            return;
        }
        LocalDate date = valueDate.get();
        runner.run(() -> service.convert(parsed.get(), code, date), this::show, failure -> {
            if (failure instanceof DomainException refused) {
                problem.set(messages.message(refused));
            } else {
                errors.report(failure);
            }
        });
    }

    private void show(Conversion conversion) {
        result.set(messages.text("rates.convert.result", conversion.original().currency() + " "
                + messages.number(conversion.original().amount()), messages.euros(conversion.euros().amount())));
        detail.set(messages.text("rates.convert.detail", messages.number(conversion.rate().asPublished()),
                conversion.rate().currency(), conversion.rate().date(),
                messages.text(conversion.rate().source().messageKey())));
    }

    public StringProperty amountProperty() {
        return amount;
    }

    /**
     * The currency to convert from follows {@code shown}, the currency whose rates the area shows, as long as the
     * person has not typed another here: who looks at the dollar's rates converts dollars first.
     */
    public void followCurrency(javafx.beans.value.ObservableValue<String> shown) {
        if (currency.get() == null || currency.get().isBlank()) {
            currency.set(shown.getValue() == null ? "" : shown.getValue());
        }
        followed = shown.getValue();
        shown.addListener((observable, old, code) -> {
            if (code == null) {
                return;
            }
            if (currency.get() == null || currency.get().isBlank() || currency.get().equals(followed)) {
                currency.set(code);
            }
            followed = code;
        });
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public ObjectProperty<LocalDate> valueDateProperty() {
        return valueDate;
    }

    public StringProperty resultProperty() {
        return result;
    }

    public StringProperty detailProperty() {
        return detail;
    }

    public StringProperty amountErrorProperty() {
        return amountError;
    }

    public StringProperty problemProperty() {
        return problem;
    }
}

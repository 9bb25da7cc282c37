package org.octopusdesk.ui.rates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.rates.RatesService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;

/** The form of a manual rate: currency, day, EUR 1 = x, and the note that says where it comes from. */
public final class ManualRateViewModel {

    private final RatesService service;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final StringProperty currency = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date;
    private final StringProperty rate = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty rateError = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");

    public ManualRateViewModel(RatesService service, BackgroundRunner runner, ErrorReporter errors,
            Messages messages, String currencyCode, LocalDate today) {
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.currency.set(currencyCode == null ? "" : currencyCode);
        this.date = new SimpleObjectProperty<>(today);
    }

    public void save(Consumer<ExchangeRate> onSaved) {
        Optional<BigDecimal> parsed = messages.parseDecimal(rate.get());
        rateError.set(parsed.isEmpty() ? messages.text("validation.number") : "");
        problem.set(date.get() == null ? messages.text("rates.convert.dateRequired") : "");
        if (parsed.isEmpty() || date.get() == null) {
            return;
        }
        String code = currency.get();
        LocalDate day = date.get();
        String text = note.get();
        runner.run(() -> service.addManual(code, day, parsed.get(), text), onSaved, failure -> {
            if (failure instanceof DomainException refused) {
                problem.set(messages.message(refused));
            } else {
                errors.report(failure);
            }
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

    public StringProperty rateErrorProperty() {
        return rateError;
    }

    public StringProperty problemProperty() {
        return problem;
    }
}

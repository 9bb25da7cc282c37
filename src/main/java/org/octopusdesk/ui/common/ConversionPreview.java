package org.octopusdesk.ui.common;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.domain.money.Money;
import org.octopusdesk.i18n.Messages;

/**
 * The line under a money form that says, as the person types, how the amount will be converted ("EUR 161,051.34 at
 * EUR 1 = 1.5523 CAD (ECB reference rate of 19/10/2020).") or why it cannot be. Each change asks the service in the
 * background; only the answer to the latest question is shown, so a slow answer never overwrites a newer one.
 */
public final class ConversionPreview {

    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final String inEurosKey;
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty problem = new SimpleBooleanProperty();
    private long latest;

    /** @param inEurosKey the message for an amount already in euros ("{0}: received in euros, no conversion.") */
    public ConversionPreview(BackgroundRunner runner, ErrorReporter errors, Messages messages, String inEurosKey) {
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.inEurosKey = inEurosKey;
    }

    /** The form is not complete enough to convert: says what is missing, as a hint rather than a problem. */
    public void incomplete(String hint) {
        latest++;
        text.set(hint);
        problem.set(false);
    }

    /** Asks how the form's amount converts, and shows the answer or the refusal. */
    public <T> void ask(Callable<T> conversion, Function<T, Money> euros, Function<T, Optional<ExchangeRate>> rate) {
        long question = ++latest;
        runner.run(conversion, answer -> {
            if (question == latest) {
                text.set(describe(euros.apply(answer), rate.apply(answer)));
                problem.set(false);
            }
        }, failure -> {
            if (question == latest) {
                text.set(errors.explain(failure));
                problem.set(true);
            }
        });
    }

    private String describe(Money euros, Optional<ExchangeRate> rate) {
        if (rate.isEmpty()) {
            return messages.text(inEurosKey, messages.euros(euros.amount()));
        }
        ExchangeRate used = rate.get();
        return messages.text("payment.preview", messages.euros(euros.amount()), messages.number(used.unitsPerEuro()),
                used.currency(), messages.text(used.source().messageKey()), used.date());
    }

    public StringProperty textProperty() {
        return text;
    }

    public BooleanProperty problemProperty() {
        return problem;
    }
}

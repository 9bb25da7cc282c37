package org.octopusdesk.ui.common;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.domain.money.Money;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.rates.DownloadProgress;
import org.octopusdesk.service.rates.EcbRatesUpdate;

/**
 * The line under a money form that says, as the person types, how the amount will be converted ("EUR 161,051.34 at
 * EUR 1 = 1.5523 CAD (ECB reference rate of 19/10/2020).") or why it cannot be. Each change asks the service in the
 * background; only the answer to the latest question is shown, so a slow answer never overwrites a newer one.
 * When the refusal is a rate older than the stored rates allow and an update could bring it, the line offers to
 * update the rates from the ECB, then asks again.
 */
public final class ConversionPreview {

    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final String inEurosKey;
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty problem = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper updateOffered = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper updating = new ReadOnlyBooleanWrapper();
    private EcbRatesUpdate updates;
    private Runnable lastQuestion = () -> { };
    private long latest;

    /** @param inEurosKey the message for an amount already in euros ("{0}: received in euros, no conversion.") */
    public ConversionPreview(BackgroundRunner runner, ErrorReporter errors, Messages messages, String inEurosKey) {
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.inEurosKey = inEurosKey;
    }

    /**
     * Lets the line offer an update from the ECB where a recent rate is missing. The form that opens the preview
     * decides: the offer goes online, so it is made only where the person may want that.
     */
    public void offerRatesUpdate(EcbRatesUpdate ratesUpdate) {
        this.updates = ratesUpdate;
    }

    /** The form is not complete enough to convert: says what is missing, as a hint rather than a problem. */
    public void incomplete(String hint) {
        latest++;
        text.set(hint);
        problem.set(false);
        updateOffered.set(false);
    }

    /** Asks how the form's amount converts, and shows the answer or the refusal. */
    public <T> void ask(Callable<T> conversion, Function<T, Money> euros, Function<T, Optional<ExchangeRate>> rate) {
        lastQuestion = () -> ask(conversion, euros, rate);
        long question = ++latest;
        EcbRatesUpdate offering = updates;
        runner.run(() -> answer(conversion, offering), answer -> {
            if (question != latest) {
                return;
            }
            if (answer.refusal() == null) {
                text.set(describe(euros.apply(answer.value()), rate.apply(answer.value())));
                problem.set(false);
            } else {
                text.set(errors.explain(answer.refusal()));
                problem.set(true);
            }
            updateOffered.set(answer.updateCouldHelp() && !updating.get());
        }, failure -> {
            if (question == latest) {
                text.set(errors.explain(failure));
                problem.set(true);
                updateOffered.set(false);
            }
        });
    }

    /** Whether the update could help is asked on the background thread too: it reads the stored rates. */
    private static <T> Answer<T> answer(Callable<T> conversion, EcbRatesUpdate offering) throws Exception {
        try {
            return new Answer<>(conversion.call(), null, false);
        } catch (DomainException refused) {
            return new Answer<>(null, refused, offering != null && offering.couldResolve(refused));
        }
    }

    /** Updates the rates from the ECB in the background, then converts again; a failure says why in the line. */
    public void updateRates() {
        if (updates == null || updating.get()) {
            return;
        }
        updating.set(true);
        updateOffered.set(false);
        latest++;
        text.set(messages.text("rates.update.running"));
        problem.set(false);
        runner.runWithProgress(progress -> updates.update(false, DownloadProgress.NONE, progress, () -> false),
                share -> { }, report -> {
                    updating.set(false);
                    lastQuestion.run();
                }, failure -> {
                    updating.set(false);
                    text.set(errors.explain(failure));
                    problem.set(true);
                    updateOffered.set(true);
                });
    }

    private String describe(Money euros, Optional<ExchangeRate> rate) {
        if (rate.isEmpty()) {
            return messages.text(inEurosKey, messages.euros(euros.amount()));
        }
        ExchangeRate used = rate.get();
        return messages.text("payment.preview", messages.euros(euros.amount()), messages.number(used.asPublished()),
                used.currency(), messages.text(used.source().messageKey()), used.date());
    }

    public StringProperty textProperty() {
        return text;
    }

    public BooleanProperty problemProperty() {
        return problem;
    }

    /** True while the line offers "Update rates from the ECB". */
    public ReadOnlyBooleanProperty updateOfferedProperty() {
        return updateOffered.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty updatingProperty() {
        return updating.getReadOnlyProperty();
    }

    /** The service's answer, or its refusal and whether an update from the ECB could lift it. */
    private record Answer<T>(T value, DomainException refusal, boolean updateCouldHelp) {
    }
}

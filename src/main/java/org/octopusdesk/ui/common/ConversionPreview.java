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
import org.octopusdesk.domain.money.RateSource;
import org.octopusdesk.service.rates.BankRateGap;
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
    private final String bankKey;
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty problem = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper updateOffered = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper updating = new ReadOnlyBooleanWrapper();
    private EcbRatesUpdate updates;
    private Runnable lastQuestion = () -> { };
    private long latest;

    /** @param inEurosKey the message for an amount already in euros ("{0}: received in euros, no conversion.") */
    public ConversionPreview(BackgroundRunner runner, ErrorReporter errors, Messages messages, String inEurosKey) {
        this(runner, errors, messages, inEurosKey, RateSource.BANK_ACTUAL.messageKey());
    }

    /**
     * @param bankKey how the bank's euros are named: a payment's are a credit (the rate source's own name), a
     *     spending line's a debit
     */
    public ConversionPreview(BackgroundRunner runner, ErrorReporter errors, Messages messages, String inEurosKey,
            String bankKey) {
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.inEurosKey = inEurosKey;
        this.bankKey = bankKey;
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
        ask(conversion, euros, rate, converted -> Optional.empty());
    }

    /**
     * As {@link #ask(Callable, Function, Function)}, and says at once, as a problem, when the bank's euros are far
     * from the ECB's rate ({@code bankRateGap}, asked on the background thread too): the save would ask about it.
     */
    public <T> void ask(Callable<T> conversion, Function<T, Money> euros, Function<T, Optional<ExchangeRate>> rate,
            Function<T, Optional<BankRateGap>> bankRateGap) {
        lastQuestion = () -> ask(conversion, euros, rate, bankRateGap);
        long question = ++latest;
        EcbRatesUpdate offering = updates;
        runner.run(() -> answer(conversion, bankRateGap, offering), answer -> {
            if (question != latest) {
                return;
            }
            if (answer.refusal() == null) {
                String converted = describe(euros.apply(answer.value()), rate.apply(answer.value()));
                text.set(answer.gap().map(gap -> converted + " " + messages.text("payment.preview.farFromEcb",
                        gap.arguments().toArray())).orElse(converted));
                problem.set(answer.gap().isPresent());
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
    private static <T> Answer<T> answer(Callable<T> conversion, Function<T, Optional<BankRateGap>> bankRateGap,
            EcbRatesUpdate offering) throws Exception {
        try {
            T value = conversion.call();
            return new Answer<>(value, bankRateGap.apply(value), null, false);
        } catch (DomainException refused) {
            return new Answer<>(null, Optional.empty(), refused, offering != null && offering.couldResolve(refused));
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
        String source = used.source() == RateSource.BANK_ACTUAL ? bankKey : used.source().messageKey();
        return messages.text("payment.preview", messages.euros(euros.amount()), messages.number(used.asPublished()),
                used.currency(), messages.text(source), used.date());
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
    private record Answer<T>(T value, Optional<BankRateGap> gap, DomainException refusal, boolean updateCouldHelp) {
    }
}

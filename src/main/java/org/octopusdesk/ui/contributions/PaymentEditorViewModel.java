package org.octopusdesk.ui.contributions;

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
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.Payment;
import org.octopusdesk.domain.contribution.PaymentDraft;
import org.octopusdesk.domain.contribution.PaymentWarning;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.contributions.ContributionService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ConfirmedSave;
import org.octopusdesk.ui.common.ConversionPreview;
import org.octopusdesk.ui.common.DialogService;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FieldErrors;
import org.octopusdesk.ui.common.FormSave;
import org.octopusdesk.ui.common.TypedNumbers;

/**
 * The form of a payment received. While the person types, it shows how the payment will be converted (the rate,
 * its date and source, the euros) or why it cannot be; a payment above what is outstanding is confirmed first.
 */
public final class PaymentEditorViewModel {

    private final ContributionService service;
    private final BackgroundRunner runner;
    private final Messages messages;
    private final Contribution contribution;
    private final ObjectProperty<LocalDate> valueDate = new SimpleObjectProperty<>();
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty bankEuros = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final FormSave saving;
    private final ConfirmedSave<PaymentWarning> confirmedSave;
    private final FieldErrors fieldErrors;
    private final ConversionPreview preview;

    public PaymentEditorViewModel(ContributionService service, BackgroundRunner runner, DialogService dialogs,
            ErrorReporter errors, Messages messages, Contribution contribution, LocalDate today) {
        this.service = service;
        this.runner = runner;
        this.messages = messages;
        this.contribution = contribution;
        this.fieldErrors = new FieldErrors(messages, PaymentDraft.VALUE_DATE, PaymentDraft.AMOUNT,
                PaymentDraft.BANK_EUROS, PaymentDraft.NOTE);
        this.saving = new FormSave(runner, errors, fieldErrors, PaymentDraft.AMOUNT);
        this.confirmedSave = new ConfirmedSave<>(saving, dialogs, messages, PaymentWarning.class,
                "payment.warning.title", "payment.warning.confirm");
        this.preview = new ConversionPreview(runner, errors, messages, "payment.preview.euro");
        valueDate.set(today);
        if (contribution.outstanding().amount().signum() > 0) {
            amount.set(messages.number(contribution.outstanding().amount()));
        }
        fieldErrors.checkWith(() -> {
            List<FieldError> problems = new ArrayList<>();
            draft(problems);
            return problems;
        });
        fieldErrors.watch(PaymentDraft.VALUE_DATE, valueDate);
        fieldErrors.watch(PaymentDraft.AMOUNT, amount);
        fieldErrors.watch(PaymentDraft.BANK_EUROS, bankEuros, amount);
        fieldErrors.watch(PaymentDraft.NOTE, note);
        valueDate.addListener((observable, old, value) -> updatePreview());
        amount.addListener((observable, old, value) -> updatePreview());
        bankEuros.addListener((observable, old, value) -> updatePreview());
        updatePreview();
    }

    public Contribution contribution() {
        return contribution;
    }

    /** The draft as typed, or empty with the reasons in {@code problems}. */
    private Optional<PaymentDraft> draft(List<FieldError> problems) {
        BigDecimal value = TypedNumbers.read(messages, amount.get(), PaymentDraft.AMOUNT, problems);
        BigDecimal bank = TypedNumbers.read(messages, bankEuros.get(), PaymentDraft.BANK_EUROS, problems);
        PaymentDraft draft = new PaymentDraft(valueDate.get(), value, bank, note.get());
        if (problems.isEmpty()) {
            problems.addAll(draft.validate(service.findCurrency(contribution.pledged().currency()).orElseThrow()));
        }
        return problems.isEmpty() ? Optional.of(draft) : Optional.empty();
    }

    private void updatePreview() {
        List<FieldError> problems = new ArrayList<>();
        Optional<PaymentDraft> draft = draft(problems);
        if (draft.isEmpty()) {
            preview.incomplete(messages.text("payment.preview.incomplete"));
            return;
        }
        preview.ask(() -> service.preview(contribution.id(), draft.get()), Payment::euros, Payment::rate,
                service::bankRateGap);
    }

    /** Saves; a payment in advance or above what is outstanding is confirmed first, every reason in one question. */
    public void save(Consumer<Contribution> onSaved) {
        List<FieldError> problems = new ArrayList<>();
        Optional<PaymentDraft> draft = draft(problems);
        if (fieldErrors.show(problems, PaymentDraft.AMOUNT)) {
            draft.ifPresent(valid -> confirmedSave.run(confirmed -> service.addPayment(contribution.id(),
                    contribution.version(), valid, confirmed), onSaved));
        }
    }

    public ObjectProperty<LocalDate> valueDateProperty() {
        return valueDate;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty bankEurosProperty() {
        return bankEuros;
    }

    public StringProperty noteProperty() {
        return note;
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

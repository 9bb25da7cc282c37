package org.octopusdesk.domain.contribution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.money.BankCredit;
import org.octopusdesk.domain.money.CurrencyInfo;
import org.octopusdesk.domain.money.Money;
import org.octopusdesk.domain.money.RecordedConversion;

/**
 * A payment as a person enters it: always in the pledge's currency (the amount the donor transferred), and, when
 * the bank statement shows it, the euros the bank credited.
 *
 * @param bankEuros the EUR amount the bank credited, or {@code null} when not known
 * @param recorded the conversion a file says was made when the payment was first entered: kept once checked, so a
 *     payment moved between databases is never converted again; empty for a payment entered here
 */
public record PaymentDraft(LocalDate valueDate, BigDecimal amount, BigDecimal bankEuros, String note,
        Optional<RecordedConversion> recorded) {

    public static final String VALUE_DATE = "valueDate";
    public static final String AMOUNT = "amount";
    public static final String BANK_EUROS = "bankEuros";
    public static final String NOTE = "note";
    public static final int NOTE_MAX = 1000;

    public PaymentDraft {
        note = note == null ? "" : note.strip();
        recorded = recorded == null ? Optional.empty() : recorded;
    }

    /** A payment entered here, converted by the rules when it is saved. */
    public PaymentDraft(LocalDate valueDate, BigDecimal amount, BigDecimal bankEuros, String note) {
        this(valueDate, amount, bankEuros, note, Optional.empty());
    }

    /** The rules of one payment in {@code currency}; conversion and the outstanding amount are the service's. */
    public List<FieldError> validate(CurrencyInfo currency) {
        List<FieldError> errors = new ArrayList<>();
        if (valueDate == null) {
            errors.add(FieldError.of(VALUE_DATE, "validation.required"));
        } else if (valueDate.isBefore(ContributionDraft.EARLIEST) || valueDate.isAfter(ContributionDraft.LATEST)) {
            errors.add(FieldError.of(VALUE_DATE, "validation.dateOutOfRange", ContributionDraft.EARLIEST,
                    ContributionDraft.LATEST));
        }
        Money.problemWith(amount, Optional.of(currency), AMOUNT).ifPresent(errors::add);
        BankCredit.check(bankEuros, currency.code(), amount, BANK_EUROS, "validation.payment.euroCreditDiffers")
                .ifPresent(errors::add);
        if (note.length() > NOTE_MAX) {
            errors.add(FieldError.of(NOTE, "validation.tooLong", NOTE_MAX));
        }
        return errors;
    }
}

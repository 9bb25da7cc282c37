package org.octopusdesk.domain.spending;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.contribution.ContributionDraft;
import org.octopusdesk.domain.money.BankCredit;
import org.octopusdesk.domain.money.CurrencyInfo;
import org.octopusdesk.domain.money.Money;
import org.octopusdesk.domain.project.ProjectId;

/**
 * An expenditure line as a person enters it: the project, the day the money was spent, what on, how much in which
 * currency, and, when the bank statement shows it, the euros the bank debited (they win over any rate).
 *
 * <p>The date may lie before or after the project's own dates (an advance for a first event, a late invoice), but
 * not in the future: that rule needs today, and the service checks it.
 *
 * @param bankEuros the EUR amount the bank debited, or {@code null} when not known
 */
public record ExpenditureDraft(ProjectId projectId, LocalDate spentOn, ExpenditureCategory category,
        String description, BigDecimal amount, String currency, BigDecimal bankEuros) {

    public static final String PROJECT = "project";
    public static final String SPENT_ON = "spentOn";
    public static final String CATEGORY = "category";
    public static final String DESCRIPTION = "description";
    public static final String AMOUNT = "amount";
    public static final String CURRENCY = "currency";
    public static final String BANK_EUROS = "bankEuros";
    public static final int DESCRIPTION_MAX = 1000;

    public ExpenditureDraft {
        description = description == null ? "" : description.strip();
        currency = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * The rules of one line; the project's existence, today and the conversion are the service's.
     *
     * @param currencies finds a currency by its ISO 4217 code
     */
    public List<FieldError> validate(Function<String, Optional<CurrencyInfo>> currencies) {
        List<FieldError> errors = new ArrayList<>();
        if (projectId == null) {
            errors.add(FieldError.of(PROJECT, "validation.required"));
        }
        // The same years as every other amount of money in the application: the euro's first to the century's end.
        if (spentOn == null) {
            errors.add(FieldError.of(SPENT_ON, "validation.required"));
        } else if (spentOn.isBefore(ContributionDraft.EARLIEST) || spentOn.isAfter(ContributionDraft.LATEST)) {
            errors.add(FieldError.of(SPENT_ON, "validation.dateOutOfRange", ContributionDraft.EARLIEST,
                    ContributionDraft.LATEST));
        }
        if (category == null) {
            errors.add(FieldError.of(CATEGORY, "validation.required"));
        }
        if (description.isEmpty()) {
            errors.add(FieldError.of(DESCRIPTION, "validation.required"));
        } else if (description.length() > DESCRIPTION_MAX) {
            errors.add(FieldError.of(DESCRIPTION, "validation.tooLong", DESCRIPTION_MAX));
        }
        Optional<CurrencyInfo> info = currency.isEmpty() ? Optional.empty() : currencies.apply(currency);
        if (currency.isEmpty()) {
            errors.add(FieldError.of(CURRENCY, "validation.required"));
        } else if (info.isEmpty()) {
            errors.add(FieldError.of(CURRENCY, "validation.currency.unknown", currency));
        }
        Money.problemWith(amount, info, AMOUNT).ifPresent(errors::add);
        BankCredit.check(bankEuros, currency, amount, BANK_EUROS, "validation.expenditure.euroDebitDiffers")
                .ifPresent(errors::add);
        return errors;
    }
}

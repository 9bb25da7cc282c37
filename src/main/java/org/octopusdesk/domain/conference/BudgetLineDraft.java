package org.octopusdesk.domain.conference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.contribution.ContributionDraft;
import org.octopusdesk.domain.money.CurrencyInfo;
import org.octopusdesk.domain.money.Money;

/**
 * A budget line as a person enters it: what the cost is for, and what it is planned to cost in which currency as
 * of the day it was planned, whose rate converts it (the payment rules; decision 0028). That the day is not in the
 * future needs today: the service checks it.
 */
public record BudgetLineDraft(BudgetCategory category, String description, BigDecimal plannedAmount,
        String plannedCurrency, LocalDate plannedOn) {

    public static final String CATEGORY = "category";
    public static final String DESCRIPTION = "description";
    public static final String PLANNED_AMOUNT = "plannedAmount";
    public static final String PLANNED_CURRENCY = "plannedCurrency";
    public static final String PLANNED_ON = "plannedOn";
    /** Room left in an expenditure line's description for the edition's title before the line's own words. */
    public static final int DESCRIPTION_MAX = 500;

    public BudgetLineDraft {
        description = description == null ? "" : description.strip();
        plannedCurrency = plannedCurrency == null ? "" : plannedCurrency.strip().toUpperCase(Locale.ROOT);
    }

    /** The line's own rules; the edition, today and the conversion are the service's. */
    public List<FieldError> validate(Function<String, Optional<CurrencyInfo>> currencies) {
        List<FieldError> errors = new ArrayList<>();
        if (category == null) {
            errors.add(FieldError.of(CATEGORY, "validation.required"));
        }
        if (description.isEmpty()) {
            errors.add(FieldError.of(DESCRIPTION, "validation.required"));
        } else if (description.length() > DESCRIPTION_MAX) {
            errors.add(FieldError.of(DESCRIPTION, "validation.tooLong", DESCRIPTION_MAX));
        }
        Optional<CurrencyInfo> info = plannedCurrency.isEmpty() ? Optional.empty()
                : currencies.apply(plannedCurrency);
        if (plannedCurrency.isEmpty()) {
            errors.add(FieldError.of(PLANNED_CURRENCY, "validation.required"));
        } else if (info.isEmpty()) {
            errors.add(FieldError.of(PLANNED_CURRENCY, "validation.currency.unknown", plannedCurrency));
        }
        Money.problemWith(plannedAmount, info, PLANNED_AMOUNT).ifPresent(errors::add);
        if (plannedOn == null) {
            errors.add(FieldError.of(PLANNED_ON, "validation.required"));
        } else if (plannedOn.isBefore(ContributionDraft.EARLIEST) || plannedOn.isAfter(ContributionDraft.LATEST)) {
            errors.add(FieldError.of(PLANNED_ON, "validation.dateOutOfRange", ContributionDraft.EARLIEST,
                    ContributionDraft.LATEST));
        }
        return errors;
    }
}

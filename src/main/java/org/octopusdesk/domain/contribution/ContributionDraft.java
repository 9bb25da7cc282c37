package org.octopusdesk.domain.contribution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.Spaces;
import org.octopusdesk.domain.donor.DonorId;
import org.octopusdesk.domain.money.CurrencyInfo;
import org.octopusdesk.domain.money.Money;

/** What a person enters for a pledge: who, when, how much in which currency, and where it is earmarked. */
public record ContributionDraft(DonorId donorId, String reference, LocalDate agreementDate, BigDecimal amount,
        String currency, String intermediary, String notes, List<AllocationDraft> allocations) {

    /** The decimals a share in percent keeps (allocation.share_percent, NUMERIC(9, 6)). */
    public static final int SHARE_DECIMALS = 6;
    public static final String DONOR = "donor";
    public static final String REFERENCE = "reference";
    public static final String AGREEMENT_DATE = "agreementDate";
    public static final String AMOUNT = "amount";
    public static final String CURRENCY = "currency";
    public static final String INTERMEDIARY = "intermediary";
    public static final String NOTES = "notes";
    public static final String ALLOCATIONS = "allocations";

    public static final int REFERENCE_MAX = 60;
    public static final int INTERMEDIARY_MAX = 200;
    public static final int NOTES_MAX = 4000;
    public static final int ALLOCATION_NOTE_MAX = 1000;
    /** The range of agreement dates the application accepts: the euro's first year to the end of the century. */
    public static final LocalDate EARLIEST = LocalDate.of(1999, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public ContributionDraft {
        reference = reference == null ? "" : Spaces.stripped(reference);
        currency = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
        intermediary = intermediary == null ? "" : intermediary.strip();
        notes = notes == null ? "" : notes.strip();
        allocations = List.copyOf(allocations == null ? List.of() : allocations);
    }

    /**
     * The rules of one pledge; a unique reference is checked against the others by the service.
     *
     * @param currencies finds a currency by its ISO 4217 code
     */
    public List<FieldError> validate(Function<String, Optional<CurrencyInfo>> currencies) {
        List<FieldError> errors = new ArrayList<>();
        if (donorId == null) {
            errors.add(FieldError.of(DONOR, "validation.required"));
        }
        if (reference.isEmpty()) {
            errors.add(FieldError.of(REFERENCE, "validation.required"));
        } else if (reference.length() > REFERENCE_MAX) {
            errors.add(FieldError.of(REFERENCE, "validation.tooLong", REFERENCE_MAX));
        } else if (reference.chars().anyMatch(Spaces::unseen)) {
            errors.add(FieldError.of(REFERENCE, "validation.reference.unseenCharacters"));
        }
        if (agreementDate == null) {
            errors.add(FieldError.of(AGREEMENT_DATE, "validation.required"));
        } else if (agreementDate.isBefore(EARLIEST) || agreementDate.isAfter(LATEST)) {
            errors.add(FieldError.of(AGREEMENT_DATE, "validation.dateOutOfRange", EARLIEST, LATEST));
        }
        Optional<CurrencyInfo> info = currency.isEmpty() ? Optional.empty() : currencies.apply(currency);
        if (currency.isEmpty()) {
            errors.add(FieldError.of(CURRENCY, "validation.required"));
        } else if (info.isEmpty()) {
            errors.add(FieldError.of(CURRENCY, "validation.currency.unknown", currency));
        }
        validateAmount(info, errors);
        if (intermediary.length() > INTERMEDIARY_MAX) {
            errors.add(FieldError.of(INTERMEDIARY, "validation.tooLong", INTERMEDIARY_MAX));
        }
        if (notes.length() > NOTES_MAX) {
            errors.add(FieldError.of(NOTES, "validation.tooLong", NOTES_MAX));
        }
        validateAllocations(errors);
        return errors;
    }

    private void validateAmount(Optional<CurrencyInfo> info, List<FieldError> errors) {
        Money.problemWith(amount, info, AMOUNT).ifPresent(errors::add);
    }

    private void validateAllocations(List<FieldError> errors) {
        Set<Object> projects = new HashSet<>();
        Set<AllocationBasis> bases = new HashSet<>();
        BigDecimal amounts = BigDecimal.ZERO;
        BigDecimal shares = BigDecimal.ZERO;
        for (AllocationDraft allocation : allocations) {
            int line = allocations.indexOf(allocation) + 1;
            if (allocation.projectId() == null) {
                errors.add(FieldError.of(ALLOCATIONS, "validation.allocation.projectRequired", line));
                continue;
            }
            if (!projects.add(allocation.projectId())) {
                errors.add(FieldError.of(ALLOCATIONS, "validation.allocation.duplicateProject", line));
            }
            if (allocation.basis() == null) {
                errors.add(FieldError.of(ALLOCATIONS, "validation.allocation.basisRequired", line));
                continue;
            }
            bases.add(allocation.basis());
            if (allocation.note().length() > ALLOCATION_NOTE_MAX) {
                errors.add(FieldError.of(ALLOCATIONS, "validation.allocation.noteTooLong", line,
                        ALLOCATION_NOTE_MAX));
            }
            if (allocation.basis() == AllocationBasis.UNDISCLOSED) {
                continue;
            }
            BigDecimal value = allocation.value();
            if (value == null || value.signum() <= 0) {
                errors.add(FieldError.of(ALLOCATIONS, "validation.allocation.valueNotPositive", line));
            } else if (allocation.basis() == AllocationBasis.SHARE
                    && value.stripTrailingZeros().scale() > SHARE_DECIMALS) {
                // The column keeps six: a seventh would be rounded away, 0.0000001 % to nothing at all.
                errors.add(FieldError.of(ALLOCATIONS, "validation.allocation.shareDecimals", line, SHARE_DECIMALS));
            } else if (allocation.basis() == AllocationBasis.AMOUNT) {
                amounts = amounts.add(value);
            } else {
                shares = shares.add(value);
            }
        }
        if (bases.size() > 1) {
            errors.add(FieldError.of(ALLOCATIONS, "validation.allocation.mixedBasis"));
        }
        // An amount not above zero has its own message; the earmarks are measured against a valid one only.
        if (amount != null && amount.signum() > 0 && amounts.compareTo(amount) > 0) {
            errors.add(FieldError.of(ALLOCATIONS, "validation.allocation.amountsExceed", amounts, amount));
        }
        if (shares.compareTo(HUNDRED) > 0) {
            errors.add(FieldError.of(ALLOCATIONS, "validation.allocation.sharesExceed", shares));
        }
    }
}

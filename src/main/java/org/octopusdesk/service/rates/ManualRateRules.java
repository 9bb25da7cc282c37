package org.octopusdesk.service.rates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.money.ExchangeRate;

/** What a manual rate must be before it is stored, and when it needs a person's confirmation. */
public final class ManualRateRules {

    /** The fields of the manual-rate form a refusal is shown beside. */
    public static final String RATE = "rate";
    public static final String NOTE = "note";

    /**
     * Decimals the rate column holds ({@code NUMERIC(20, 8)}): a rate with more would be rounded by the database
     * while the audit trail kept the value typed, so it is refused instead.
     */
    public static final int MAX_DECIMALS = 8;

    /** A manual rate further than this from the last ECB rate, as a share of it, is confirmed first. */
    public static final BigDecimal MAX_DEVIATION = new BigDecimal("0.20");

    private ManualRateRules() {
    }

    /** The problems of a typed rate and its note, each for its field. */
    public static List<FieldError> problems(BigDecimal unitsPerEuro, String note) {
        List<FieldError> errors = new ArrayList<>();
        if (unitsPerEuro == null) {
            errors.add(FieldError.of(RATE, "validation.required"));
        } else if (unitsPerEuro.signum() <= 0) {
            errors.add(FieldError.of(RATE, "validation.rate.positive"));
        } else if (unitsPerEuro.compareTo(ExchangeRate.LIMIT) >= 0) {
            errors.add(FieldError.of(RATE, "validation.rate.tooLargeTyped"));
        } else if (Math.max(0, unitsPerEuro.stripTrailingZeros().scale()) > MAX_DECIMALS) {
            errors.add(FieldError.of(RATE, "validation.rate.tooManyDecimals", MAX_DECIMALS));
        }
        if (note == null || note.isBlank()) {
            errors.add(FieldError.of(NOTE, "validation.rate.noteRequired"));
        }
        return errors;
    }

    /**
     * The warning a person must confirm, if {@code manual} is more than {@link #MAX_DEVIATION} away from
     * {@code lastEcb} (the last ECB rate of its currency on or before its day, if the ECB ever published one).
     */
    static Optional<RateDeviationException> deviation(ExchangeRate manual, Optional<ExchangeRate> lastEcb) {
        if (lastEcb.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal ecb = lastEcb.get().unitsPerEuro();
        BigDecimal share = manual.unitsPerEuro().subtract(ecb).divide(ecb, 6, RoundingMode.HALF_UP);
        if (share.abs().compareTo(MAX_DEVIATION) <= 0) {
            return Optional.empty();
        }
        BigDecimal percent = share.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
        return Optional.of(new RateDeviationException(manual, lastEcb.get(), percent));
    }
}

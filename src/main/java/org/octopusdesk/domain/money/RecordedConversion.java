package org.octopusdesk.domain.money;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A conversion made elsewhere and recorded with the amount (an exported payment's rate, rate date, source and
 * euros): the record to keep, once it is checked against the rates here, rather than a reason to convert again.
 *
 * @param rate the rate used, with its source and, for a manual rate, its note; empty for an amount in euros
 * @param euros the euro amount recorded
 */
public record RecordedConversion(Optional<ExchangeRate> rate, BigDecimal euros) {

    /** The names of the parts, for the field a refusal is shown beside. */
    public static final String RATE = "rate";
    public static final String RATE_DATE = "rateDate";
    public static final String SOURCE = "rateSource";
    public static final String EUROS = "euros";
    public static final String NOTE = "rateNote";

    public RecordedConversion {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(euros, "euros");
    }
}

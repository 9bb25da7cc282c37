package org.octopusdesk.service.rates;

import java.math.BigDecimal;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.money.ExchangeRate;

/**
 * A manual rate differs from the last ECB rate of its currency by more than {@link ManualRateRules#MAX_DEVIATION}:
 * not an error (the ECB stopped publishing RUB at 117.2 while banks paid 60), but a slip of a digit looks the
 * same, so a person confirms it and the note keeps the confirmation.
 */
public class RateDeviationException extends DomainException {

    private final transient ExchangeRate lastEcb;
    private final BigDecimal percent;

    RateDeviationException(ExchangeRate manual, ExchangeRate lastEcb, BigDecimal percent) {
        super("warning.rate.deviation", manual.unitsPerEuro(), manual.currency(), percent,
                lastEcb.unitsPerEuro(), lastEcb.date());
        this.lastEcb = lastEcb;
        this.percent = percent;
    }

    /** The ECB rate compared with. */
    public ExchangeRate lastEcb() {
        return lastEcb;
    }

    /** How far the manual rate is from it, in percent of it, signed (-48.4 is below it). */
    public BigDecimal percent() {
        return percent;
    }
}

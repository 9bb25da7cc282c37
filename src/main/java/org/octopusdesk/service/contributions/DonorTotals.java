package org.octopusdesk.service.contributions;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one donor pledged, gave and still owes: per original currency, and in euros where received euros are the
 * payments' own conversions and outstanding euros an estimate at the rates of {@code outstandingEuros.asOf()}.
 */
public record DonorTotals(List<CurrencyTotals> byCurrency, BigDecimal receivedEuros, EuroEstimate outstandingEuros,
        int contributions) {

    public DonorTotals {
        byCurrency = List.copyOf(byCurrency);
    }

    /** Received plus the estimate of what is outstanding: what the donor's open and received pledges are worth. */
    public BigDecimal pledgedEuros() {
        return receivedEuros.add(outstandingEuros.euros());
    }
}

package org.octopusdesk.service.contributions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Amounts not yet received, re-expressed in euros at the rates of one date: an estimate, never a receipt.
 *
 * @param euros the sum of what could be converted
 * @param withoutRate currencies that had no rate close enough to the date: their amounts are not in {@code euros}
 */
public record EuroEstimate(BigDecimal euros, LocalDate asOf, List<String> withoutRate) {

    public EuroEstimate {
        withoutRate = List.copyOf(withoutRate);
    }

    public boolean complete() {
        return withoutRate.isEmpty();
    }
}

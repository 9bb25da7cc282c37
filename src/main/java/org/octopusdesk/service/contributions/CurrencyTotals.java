package org.octopusdesk.service.contributions;

import java.math.BigDecimal;

/**
 * Totals of the contributions in one currency; cancelled pledges count in none of them.
 *
 * @param pledged the sum of the pledges, in {@code currency}
 * @param paid what was received of them, in {@code currency}
 * @param outstanding what is still expected of the open ones, in {@code currency}
 * @param receivedEuros what was received, in euros as converted on each payment's value date
 */
public record CurrencyTotals(String currency, BigDecimal pledged, BigDecimal paid, BigDecimal outstanding,
        BigDecimal receivedEuros) {
}

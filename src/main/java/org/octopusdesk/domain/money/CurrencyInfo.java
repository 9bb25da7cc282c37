package org.octopusdesk.domain.money;

import java.util.Optional;

/**
 * One ISO 4217 currency as Octopus Desk knows it.
 *
 * @param minorUnits digits after the decimal point (JPY 0, EUR 2, BHD 3), or {@code null} where ISO gives none
 *     (XAU, XDR): amounts in such a currency keep the decimals they were given
 * @param current false for withdrawn codes, which remain valid for old records
 */
public record CurrencyInfo(String code, String name, Integer minorUnits, boolean current) {

    public static final String EURO = "EUR";

    public Optional<Integer> minorUnitsIfDefined() {
        return Optional.ofNullable(minorUnits);
    }
}

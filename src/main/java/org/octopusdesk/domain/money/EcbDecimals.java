package org.octopusdesk.domain.money;

import java.math.BigDecimal;
import java.util.Map;

/**
 * How many decimals the ECB publishes for each currency's reference rate: four for most ("1.1500"), two for JPY,
 * HUF, ISK, IDR and KRW, three for CZK, PHP and THB, five for GBP. Its files drop the trailing zeros ("1.15"), so a
 * rate is shown at this scale to read as the ECB published it, among its neighbours of the same currency. The
 * numbers are those of the ECB history shipped with the application (the most decimals seen per currency).
 */
public final class EcbDecimals {

    /** Most currencies. */
    public static final int USUAL = 4;

    private static final Map<String, Integer> OTHERS = Map.ofEntries(
            Map.entry("JPY", 2), Map.entry("HUF", 2), Map.entry("ISK", 2), Map.entry("IDR", 2), Map.entry("KRW", 2),
            Map.entry("CZK", 3), Map.entry("PHP", 3), Map.entry("THB", 3), Map.entry("SKK", 3),
            Map.entry("GBP", 5), Map.entry("LVL", 6), Map.entry("CYP", 6),
            Map.entry("ROL", 0), Map.entry("TRL", 0));

    private EcbDecimals() {
    }

    public static int of(String currency) {
        return OTHERS.getOrDefault(currency, USUAL);
    }

    /**
     * The rate at the ECB's scale for its currency, or at its own when it has more decimals (a manual rate of
     * 1.55237 keeps its five). Never rounds: only trailing zeros are added or taken away.
     */
    public static BigDecimal asPublished(BigDecimal unitsPerEuro, String currency) {
        BigDecimal exact = unitsPerEuro.stripTrailingZeros();
        return exact.setScale(Math.max(Math.max(0, exact.scale()), of(currency)));
    }
}

package org.octopusdesk.service.rates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.money.ExchangeRate;

/**
 * The manual rates a contribution file brings, checked as {@link RatesService#adoptManual} checks them but kept in
 * memory: a file is checked whole before anything is written, so a refused file stores no rate either. Two
 * payments of the file with the same day's manual rate must agree, as they would once the first was stored.
 */
public final class PendingManualRates implements ManualRateAdoption {

    private final RatesService rates;
    private final String origin;
    private final Map<String, ExchangeRate> pending = new LinkedHashMap<>();

    PendingManualRates(RatesService rates, String origin) {
        this.rates = rates;
        this.origin = origin;
    }

    @Override
    public ExchangeRate adopt(ExchangeRate fromFile) {
        String currency = rates.currencies().require(fromFile.currency()).code();
        String key = currency + "|" + fromFile.date();
        Optional<ExchangeRate> known = Optional.ofNullable(pending.get(key))
                .or(() -> rates.manualRate(currency, fromFile.date()));
        if (known.isPresent()) {
            if (known.get().unitsPerEuro().compareTo(fromFile.unitsPerEuro()) != 0) {
                throw new ValidationException(List.of(FieldError.of(ManualRateRules.RATE,
                        "error.conversionImport.manualDiffers", fromFile.unitsPerEuro(),
                        fromFile.date(), known.get().unitsPerEuro())));
            }
            return known.get();
        }
        ValidationException.throwIfAny(ManualRateRules.problems(fromFile.unitsPerEuro(), fromFile.note()));
        pending.put(key, fromFile);
        return fromFile;
    }

    /** How many new manual rates the file brings. */
    public int count() {
        return pending.size();
    }

    /** Stores the new rates, each audited as coming from the file; call in the import's writing transaction. */
    public void store() {
        new ArrayList<>(pending.values()).forEach(rate -> rates.adoptManual(rate, origin));
    }
}

package org.octopusdesk.service.rates;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.octopusdesk.domain.ControlCharacters;
import org.octopusdesk.domain.money.ExchangeRate;

/** The checks every rate of an ECB file passes, whatever the format; each failure names where it was found. */
final class RateValues {

    /**
     * More rates than a file may hold: the full history has about 200,000 (all days since 1999, 30 to 40
     * currencies a day). Past it a file is refused, so a made-up file of any size cannot fill the memory.
     */
    static final int MAX_RATES = 500_000;

    private final CurrencyCatalog currencies;
    private final LocalDate today;

    RateValues(CurrencyCatalog currencies, LocalDate today) {
        this.currencies = currencies;
        this.today = today;
    }

    String currency(String code, String where) {
        // A code in small letters ("cad") is still the code: a person may have typed a header.
        String trimmed = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!trimmed.matches("[A-Z]{3}") || currencies.find(trimmed).isEmpty()) {
            throw new RatesFileException("error.ratesFile.unknownCurrency", where, trimmed);
        }
        return trimmed;
    }

    LocalDate date(LocalDate date, String where) {
        if (date.isBefore(ExchangeRate.FIRST_ECB_DAY) || date.isAfter(today.plusDays(1))) {
            throw new RatesFileException("error.ratesFile.dateOutOfRange", where, date);
        }
        return date;
    }

    /** Refuses a file once it has given more than {@link #MAX_RATES} rates. */
    void count(int ratesSoFar, String name) {
        if (ratesSoFar > MAX_RATES) {
            throw new RatesFileException("error.ratesFile.tooManyRates", name, MAX_RATES);
        }
    }

    BigDecimal rate(String text, String where) {
        String trimmed = text == null ? "" : text.strip();
        // Named rather than quoted: quoted, it would show as a box, or act on the terminal.
        ControlCharacters.first(trimmed).ifPresent(control -> {
            throw new RatesFileException("error.ratesFile.controlCharacter", where, control);
        });
        if (!trimmed.matches("\\d{1,12}(\\.\\d{1,8})?")) {
            throw new RatesFileException("error.ratesFile.badRate", where, trimmed);
        }
        BigDecimal rate = new BigDecimal(trimmed);
        if (rate.signum() <= 0) {
            throw new RatesFileException("error.ratesFile.badRate", where, trimmed);
        }
        return rate;
    }
}

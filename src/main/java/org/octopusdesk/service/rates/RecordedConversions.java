package org.octopusdesk.service.rates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.money.Conversion;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.domain.money.Money;
import org.octopusdesk.domain.money.RecordedConversion;

/**
 * The checks a conversion recorded elsewhere passes before it is kept as it is (decision 0013): its source is one a
 * payment can have; its rate is of the value date or up to four days before; an ECB rate is the one stored here for
 * that day; a manual rate is the one stored here for that day, or becomes it (with its note, audited); a bank
 * credit implies the recorded rate; and the recorded euros are what that rate gives, to the cent.
 */
final class RecordedConversions {

    private final RateLookup rates;
    private final ManualRateAdoption manualRates;

    RecordedConversions(RateLookup rates, ManualRateAdoption manualRates) {
        this.rates = rates;
        this.manualRates = manualRates;
    }

    EuroConverter.Result adopt(Money amount, LocalDate valueDate, BigDecimal bankEuros, RecordedConversion recorded) {
        EuroConverter.Result expected = expected(amount, valueDate, bankEuros, recorded);
        List<FieldError> errors = new ArrayList<>();
        if (expected.euros().amount().compareTo(recorded.euros()) != 0) {
            errors.add(FieldError.of(RecordedConversion.EUROS, "error.conversionImport.eurosDiffer",
                    amount.amount(), amount.currency(),
                    expected.rate().map(ExchangeRate::unitsPerEuro).orElse(BigDecimal.ONE),
                    expected.euros().amount(), recorded.euros()));
        }
        if (expected.rate().isPresent() && recorded.rate().isPresent()
                && expected.rate().get().unitsPerEuro().compareTo(recorded.rate().get().unitsPerEuro()) != 0) {
            errors.add(FieldError.of(RecordedConversion.RATE, "error.conversionImport.impliedRateDiffers",
                    recorded.rate().get().unitsPerEuro(), expected.rate().get().unitsPerEuro()));
        }
        ValidationException.throwIfAny(errors);
        return expected;
    }

    private EuroConverter.Result expected(Money amount, LocalDate valueDate, BigDecimal bankEuros,
            RecordedConversion recorded) {
        Optional<ExchangeRate> rate = recorded.rate();
        if (rate.isEmpty() || amount.isEuro()) {
            if (rate.isPresent() || !amount.isEuro()) {
                throw refused(RecordedConversion.SOURCE, "error.conversionImport.euroSource", amount.currency());
            }
            return new EuroConverter.Result(Optional.empty(), amount);
        }
        ExchangeRate used = rate.get();
        if (bankEuros != null && used.source() != org.octopusdesk.domain.money.RateSource.BANK_ACTUAL) {
            throw refused(RecordedConversion.SOURCE, "error.conversionImport.bankSource", used.source());
        }
        return switch (used.source()) {
            case BANK_ACTUAL -> {
                if (!used.date().equals(valueDate)) {
                    throw refused(RecordedConversion.RATE_DATE, "error.conversionImport.bankDate", valueDate);
                }
                yield EuroConverter.bankCredit(amount, valueDate, bankEuros != null ? bankEuros : recorded.euros());
            }
            case ECB -> {
                checkWindow(used, valueDate);
                ExchangeRate stored = rates.publishedRate(used.currency(), used.date()).orElseThrow(() -> refused(
                        RecordedConversion.RATE_DATE, "error.conversionImport.ecbMissing", used.currency(),
                        used.date()));
                if (stored.unitsPerEuro().compareTo(used.unitsPerEuro()) != 0) {
                    throw refused(RecordedConversion.RATE, "error.conversionImport.ecbDiffers",
                            used.unitsPerEuro(), used.currency(), used.date(), stored.unitsPerEuro());
                }
                yield converted(amount, valueDate, stored);
            }
            case MANUAL -> {
                checkWindow(used, valueDate);
                yield converted(amount, valueDate, adoptManual(used));
            }
            default -> throw refused(RecordedConversion.SOURCE, "error.conversionImport.source", used.source());
        };
    }

    /** The manual rate of the file, its refusals told on the recorded conversion's own fields. */
    private ExchangeRate adoptManual(ExchangeRate manual) {
        try {
            return manualRates.adopt(manual);
        } catch (ValidationException invalid) {
            throw new ValidationException(invalid.errors().stream().map(error -> new FieldError(
                    error.field().equals(ManualRateRules.NOTE) ? RecordedConversion.NOTE : RecordedConversion.RATE,
                    error.messageKey(), error.arguments())).toList());
        }
    }

    private static EuroConverter.Result converted(Money amount, LocalDate valueDate, ExchangeRate rate) {
        Conversion conversion = Conversion.at(amount, valueDate, rate);
        return new EuroConverter.Result(Optional.of(rate), conversion.euros());
    }

    /** The rule every conversion followed: a rate of the value date or of up to four days before. */
    private static void checkWindow(ExchangeRate rate, LocalDate valueDate) {
        long daysBefore = ChronoUnit.DAYS.between(rate.date(), valueDate);
        if (daysBefore < 0 || daysBefore > Conversion.MAX_DAYS_BACK) {
            throw refused(RecordedConversion.RATE_DATE, "error.conversionImport.rateDate", rate.date(), valueDate,
                    Conversion.MAX_DAYS_BACK);
        }
    }

    private static ValidationException refused(String field, String key, Object... arguments) {
        return new ValidationException(List.of(FieldError.of(field, key, arguments)));
    }
}

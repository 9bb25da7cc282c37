package org.octopusdesk.service.contributions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.domain.money.RateSource;
import org.octopusdesk.domain.money.RecordedConversion;

/** The conversion a payment line records, read from its columns; every missing or bad one reported. */
final class RecordedColumns {

    private final ImportCells cells;
    private final CSVRecord row;

    RecordedColumns(ImportCells cells, CSVRecord row) {
        this.cells = cells;
        this.row = row;
    }

    Optional<RecordedConversion> read(String currency) {
        String source = cells.get(row, ContributionCsv.RATE_SOURCE).toUpperCase(Locale.ROOT);
        if (source.isEmpty()) {
            // A file written by hand: the payment is converted by the rules, as if typed in the window.
            for (String column : List.of(ContributionCsv.RATE, ContributionCsv.RATE_DATE, ContributionCsv.EUR_AMOUNT)) {
                if (!cells.get(row, column).isEmpty()) {
                    cells.problem(row, ContributionCsv.RATE_SOURCE, "error.conversionImport.sourceRequired", column);
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }
        BigDecimal euros = cells.number(row, ContributionCsv.EUR_AMOUNT, true);
        if (source.equals(ContributionCsv.EURO_SOURCE)) {
            return euros == null ? Optional.empty() : Optional.of(new RecordedConversion(Optional.empty(), euros));
        }
        RateSource rateSource = rateSource(source);
        BigDecimal rate = cells.number(row, ContributionCsv.RATE, true);
        LocalDate rateDate = cells.date(row, ContributionCsv.RATE_DATE, true);
        if (rateSource == null || euros == null || rate == null || rateDate == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RecordedConversion(Optional.of(new ExchangeRate(currency, rateDate, rate,
                    rateSource, cells.get(row, ContributionCsv.RATE_NOTE))), euros));
        } catch (DomainException badRate) {
            cells.problem(row, ContributionCsv.RATE, badRate.messageKey(), badRate.arguments().toArray());
            return Optional.empty();
        }
    }

    private RateSource rateSource(String source) {
        return Stream.of(RateSource.ECB, RateSource.MANUAL, RateSource.BANK_ACTUAL)
                .filter(known -> known.name().equals(source)).findFirst().orElseGet(() -> {
                    cells.problem(row, ContributionCsv.RATE_SOURCE, "error.conversionImport.source", source);
                    return null;
                });
    }
}

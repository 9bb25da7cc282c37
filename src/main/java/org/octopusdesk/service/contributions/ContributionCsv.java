package org.octopusdesk.service.contributions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.csv.CSVPrinter;
import org.octopusdesk.domain.contribution.Allocation;
import org.octopusdesk.domain.contribution.AllocationBasis;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.Payment;
import org.octopusdesk.domain.contribution.PaymentWarning;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.domain.money.RateSource;
import org.octopusdesk.service.csv.CsvSheet;
import org.octopusdesk.service.csv.SpreadsheetText;

/**
 * The CSV file of contributions, one line per record: a {@code pledge}, its {@code allocation}s and its
 * {@code payment}s, tied together by the pledge's reference. Export writes the same columns import reads: with
 * each payment its conversion (rate, rate date, source, euros, a manual rate's note), which import keeps once it
 * is checked rather than converting again, and what a person confirmed when it was saved.
 * The columns are documented in docs/contributions-csv.md.
 */
public final class ContributionCsv {

    public static final String RECORD = "record";
    public static final String REFERENCE = "reference";
    public static final String DONOR = "donor";
    public static final String DATE = "date";
    public static final String AMOUNT = "amount";
    public static final String CURRENCY = "currency";
    public static final String PROJECT = "project";
    public static final String SHARE_PERCENT = "share_percent";
    public static final String BANK_EUR = "bank_eur";
    public static final String INTERMEDIARY = "intermediary";
    public static final String CANCELLED_ON = "cancelled_on";
    public static final String CANCEL_REASON = "cancel_reason";
    public static final String NOTE = "note";
    /** Written on export only: derived from the payments. */
    public static final String STATUS = "status";
    /** A payment's recorded conversion; the pledge's line has its euros received (export only). */
    public static final String EUR_AMOUNT = "eur_amount";
    public static final String RATE = "rate";
    public static final String RATE_DATE = "rate_date";
    public static final String RATE_SOURCE = "rate_source";
    public static final String RATE_NOTE = "rate_note";
    public static final String CONFIRMED_WARNINGS = "confirmed_warnings";
    /** An allocation's conference edition, by its year, under the line's project (decision 0028); may be absent. */
    public static final String CONFERENCE = "conference";
    /** The {@link #RATE_SOURCE} of a payment made in euros, which has no rate. */
    public static final String EURO_SOURCE = "EURO";

    public static final List<String> COLUMNS = List.of(RECORD, REFERENCE, DONOR, DATE, AMOUNT, CURRENCY, PROJECT,
            SHARE_PERCENT, BANK_EUR, INTERMEDIARY, CANCELLED_ON, CANCEL_REASON, NOTE, STATUS, EUR_AMOUNT, RATE,
            RATE_DATE, RATE_SOURCE, RATE_NOTE, CONFIRMED_WARNINGS, CONFERENCE);

    /** The kinds of line. */
    public enum Kind {
        PLEDGE, ALLOCATION, PAYMENT;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final CSVPrinter printer;

    private ContributionCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Starts an export: writes the header. */
    public static ContributionCsv writer(Writer out) {
        return new ContributionCsv(CsvSheet.printer(out, COLUMNS));
    }

    /**
     * Writes one contribution: its pledge line, then its allocations and payments.
     *
     * @param manualNote the note of the manual rate a payment was converted at (the payment keeps the rate, the
     *     rates table its note)
     */
    public void write(ContributionDetails details, Function<ExchangeRate, String> manualNote) {
        Contribution c = details.contribution();
        String reference = text(c.reference());
        line(Kind.PLEDGE, reference, text(c.donorName()), c.agreementDate(), plain(c.pledged().amount()),
                c.pledged().currency(), "", "", "", text(c.intermediary()),
                c.cancelledOn().map(Object::toString).orElse(""), text(c.cancelReason()), text(c.notes()),
                c.status().name(), plain(c.receivedEuros().amount()), "", "", "", "", "", "");
        for (Allocation allocation : c.allocations()) {
            line(Kind.ALLOCATION, reference, "", "",
                    allocation.basis() == AllocationBasis.AMOUNT ? plain(allocation.amount()) : "",
                    allocation.basis() == AllocationBasis.AMOUNT ? c.pledged().currency() : "",
                    text(allocation.projectCode()),
                    allocation.basis() == AllocationBasis.SHARE ? plain(allocation.sharePercent()) : "",
                    "", "", "", "", text(allocation.note()), "", "", "", "", "", "", "",
                    allocation.edition() == null ? "" : Integer.toString(allocation.editionYear()));
        }
        // In the order they were entered, so an import meets each one as the pledge stood then: a payment confirmed
        // as above what was outstanding is still the one above it.
        List<Payment> entered = details.payments().stream()
                .sorted(Comparator.comparingLong(payment -> payment.id().value())).toList();
        for (Payment payment : entered) {
            boolean bank = payment.rate().map(rate -> rate.source() == RateSource.BANK_ACTUAL).orElse(false);
            line(Kind.PAYMENT, reference, "", payment.valueDate(), plain(payment.amount().amount()),
                    payment.amount().currency(), "", "", bank ? plain(payment.euros().amount()) : "", "", "", "",
                    text(payment.note()), "", plain(payment.euros().amount()),
                    payment.rate().map(rate -> plain(rate.unitsPerEuro())).orElse(""),
                    payment.rate().map(rate -> rate.date().toString()).orElse(""),
                    payment.rate().map(rate -> rate.source().name()).orElse(EURO_SOURCE),
                    payment.rate().filter(rate -> rate.source() == RateSource.MANUAL).map(manualNote)
                            .map(ContributionCsv::text).orElse(""),
                    PaymentWarning.format(payment.confirmedWarnings()), "");
        }
    }

    private void line(Kind kind, Object... values) {
        try {
            printer.print(kind.label());
            for (Object value : values) {
                printer.print(value == null ? "" : value.toString());
            }
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text cell: written so that a spreadsheet cannot take it for a formula. */
    private static String text(String value) {
        return SpreadsheetText.protect(value);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}

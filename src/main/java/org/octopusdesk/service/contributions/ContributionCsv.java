package org.octopusdesk.service.contributions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;
import org.octopusdesk.domain.contribution.Allocation;
import org.octopusdesk.domain.contribution.AllocationBasis;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.Payment;
import org.octopusdesk.service.csv.CsvSheet;

/**
 * The CSV file of contributions, one line per record: a {@code pledge}, its {@code allocation}s and its
 * {@code payment}s, tied together by the pledge's reference. Export writes the same columns import reads, plus
 * the conversion of each payment (which import does not read: it converts again by the same rules).
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
    /** Written on export only. */
    public static final String STATUS = "status";
    public static final String EUR_AMOUNT = "eur_amount";
    public static final String RATE = "rate";
    public static final String RATE_DATE = "rate_date";
    public static final String RATE_SOURCE = "rate_source";

    public static final List<String> COLUMNS = List.of(RECORD, REFERENCE, DONOR, DATE, AMOUNT, CURRENCY, PROJECT,
            SHARE_PERCENT, BANK_EUR, INTERMEDIARY, CANCELLED_ON, CANCEL_REASON, NOTE, STATUS, EUR_AMOUNT, RATE,
            RATE_DATE, RATE_SOURCE);

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

    /** Writes one contribution: its pledge line, then its allocations and payments. */
    public void write(ContributionDetails details) {
        Contribution c = details.contribution();
        line(Kind.PLEDGE, c.reference(), c.donorName(), c.agreementDate(), plain(c.pledged().amount()),
                c.pledged().currency(), "", "", "", c.intermediary(), c.cancelledOn().map(Object::toString).orElse(""),
                c.cancelReason(), c.notes(), c.status().name(), plain(c.receivedEuros().amount()), "", "", "");
        for (Allocation allocation : c.allocations()) {
            line(Kind.ALLOCATION, c.reference(), "", "",
                    allocation.basis() == AllocationBasis.AMOUNT ? plain(allocation.amount()) : "",
                    allocation.basis() == AllocationBasis.AMOUNT ? c.pledged().currency() : "",
                    allocation.projectCode(),
                    allocation.basis() == AllocationBasis.SHARE ? plain(allocation.sharePercent()) : "",
                    "", "", "", "", allocation.note(), "", "", "", "", "");
        }
        for (Payment payment : details.payments()) {
            boolean bank = payment.rate().map(rate -> rate.source().name().equals("BANK_ACTUAL")).orElse(false);
            line(Kind.PAYMENT, c.reference(), "", payment.valueDate(), plain(payment.amount().amount()),
                    payment.amount().currency(), "", "", bank ? plain(payment.euros().amount()) : "", "", "", "",
                    payment.note(), "", plain(payment.euros().amount()),
                    payment.rate().map(rate -> plain(rate.unitsPerEuro())).orElse(""),
                    payment.rate().map(rate -> rate.date().toString()).orElse(""),
                    payment.rate().map(rate -> rate.source().name()).orElse("EURO"));
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

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}

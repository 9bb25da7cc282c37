package org.octopusdesk.report;

import java.math.BigDecimal;
import java.util.List;
import org.octopusdesk.domain.contribution.ContributionStatus;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.check.CheckReport;
import org.octopusdesk.service.check.Difference;

/** What a check of the stored figures found, in the reader's language: for the window and the command line alike. */
public final class DifferenceWords {

    private final Messages messages;

    public DifferenceWords(Messages messages) {
        this.messages = messages;
    }

    /** "Contribution CH-2019-01, received (EUR): stored 1,000.00, recomputed from the payments 1,100.00". */
    public String line(Difference difference) {
        return messages.text("check.difference", subject(difference), field(difference),
                value(difference, difference.stored()), value(difference, difference.recomputed()));
    }

    /** Which record holds the figure: "Payment no. 12 of CH-2019-01 (2019-05-03)". */
    public String subject(Difference difference) {
        return messages.text(difference.subjectKey(), difference.names().toArray());
    }

    /** Which figure: "received (EUR)", "part of TC-OCT". */
    public String field(Difference difference) {
        List<String> names = difference.names();
        String project = switch (difference.subject()) {
            case PAYMENT -> names.get(3);
            case SUMMARY_BY_EARMARK -> names.get(1);
            default -> "";
        };
        return messages.text(difference.field().messageKey(), project);
    }

    /** A stored or recomputed value: an amount in the reader's format, a status in words, "none" for no row. */
    public String value(Difference difference, String value) {
        if (value.isEmpty()) {
            return messages.text("check.none");
        }
        return switch (difference.field()) {
            case STATUS -> messages.text(ContributionStatus.valueOf(value).messageKey());
            case PAYMENT_COUNT, OUTSTANDING_PLEDGES -> value;
            case CLOSED_ON -> messages.date(java.time.LocalDate.parse(value));
            default -> messages.number(new BigDecimal(value));
        };
    }

    /** The summary line: everything agrees, or how many figures differ. */
    public String summary(CheckReport report) {
        if (report.agrees()) {
            return messages.text("check.agrees", report.contributions(), report.payments(), report.summaryRows());
        }
        if (report.repaired()) {
            return messages.text("check.repaired", report.differenceCount(), report.contributions(),
                    report.payments());
        }
        return messages.text("check.differs", report.differenceCount(), report.contributions(), report.payments());
    }

    /** "… and 12 more", when the report lists fewer differences than it found. */
    public String more(CheckReport report) {
        long more = report.differenceCount() - report.differences().size();
        return more > 0 ? messages.text("check.more", more) : "";
    }
}

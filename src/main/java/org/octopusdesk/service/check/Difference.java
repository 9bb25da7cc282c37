package org.octopusdesk.service.check;

import java.util.List;

/**
 * One stored figure that does not agree with the figure recomputed from the payments.
 *
 * @param names what names the record: a contribution's reference; for a payment's part the reference, the value
 *     date, the payment's number and the project code (empty for a part that is not a project's); for a summary row
 *     the year (or the month, e.g. 2015-06, for a monthly row) and the project code or the donor's name; for an
 *     outstanding ledger row its day or year and currency
 * @param stored the stored value, empty when the row is missing
 * @param recomputed the value recomputed from the payments, empty when the row should not exist
 */
public record Difference(Subject subject, List<String> names, Field field, String stored, String recomputed) {

    public Difference {
        names = List.copyOf(names);
    }

    /** What kind of record holds the figure. */
    public enum Subject {
        CONTRIBUTION,
        PAYMENT,
        SUMMARY_BY_EARMARK,
        SUMMARY_BY_DONOR,
        /** A day's row of the outstanding ledger: names the date and the currency. */
        OUTSTANDING_BY_DAY,
        /** A year's row of the outstanding ledger: names the year and the currency. */
        OUTSTANDING_BY_YEAR
    }

    /** Which figure differs. */
    public enum Field {
        PAID_AMOUNT,
        RECEIVED_EUROS,
        PAYMENT_COUNT,
        STATUS,
        PROJECT_PART,
        UNDISCLOSED_PART,
        NOT_EARMARKED_PART,
        /** The first day a pledge expected nothing more (ISO date), or empty while it is outstanding. */
        CLOSED_ON,
        OUTSTANDING_AMOUNT,
        OUTSTANDING_PLEDGES,
        /** The donor's name a pledge keeps to be sorted by, against the donor's own. */
        DONOR_NAME;

        public String messageKey() {
            return "check.field." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public String subjectKey() {
        return "check.subject." + subject.name().toLowerCase(java.util.Locale.ROOT);
    }
}

package org.octopusdesk.service.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.octopusdesk.domain.contribution.ContributionStatus;
import org.octopusdesk.domain.contribution.OutstandingTotals;
import org.octopusdesk.domain.contribution.PaymentPart;

/**
 * The stored money records as the check reads them: the payments (the record), and the figures derived from them
 * (each contribution's totals and its donor's name, each payment's parts, the yearly and monthly summaries, the
 * outstanding ledger).
 * Calls run inside the caller's transaction.
 */
public interface LedgerRepository {

    long contributionCount();

    /** Every contribution with its earmarks, payments and their stored parts, in id order, a few hundred at a time. */
    void forEach(Consumer<LedgerContribution> each);

    /** The yearly and monthly summaries as stored. */
    Summaries storedSummaries();

    /** Project codes by id, to name a summary row. */
    Map<Long, String> projectCodes();

    /** Donor names by id, to name a summary row. */
    Map<Long, String> donorNames();

    /** Writes a contribution's totals and status without touching its version: they are not a person's edit. */
    void writeTotals(long contribution, BigDecimal paid, BigDecimal receivedEuros, int payments,
            ContributionStatus status);

    void replaceParts(long payment, List<PaymentPart> parts);

    /** Replaces the yearly and monthly summaries by these rows. */
    void replaceSummaries(Summaries summaries);

    /** The outstanding ledger's rows as stored, days and years apart. */
    OutstandingTotals storedOutstanding();

    /** Replaces the outstanding ledger's rows by these. */
    void replaceOutstanding(OutstandingTotals rows);

    /** Writes the first day on which a pledge expected nothing more ({@code null}: it still does). */
    void writeClosedOn(long contribution, LocalDate closedOn);

    /** Writes the donor's name a pledge keeps as the list's sort key (decision 0037). */
    void writeDonorName(long contribution, String donorName);
}

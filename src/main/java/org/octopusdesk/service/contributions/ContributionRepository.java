package org.octopusdesk.service.contributions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.ContributionDraft;
import org.octopusdesk.domain.contribution.ContributionId;
import org.octopusdesk.domain.contribution.ContributionStatus;
import org.octopusdesk.domain.contribution.Payment;
import org.octopusdesk.domain.contribution.PaymentId;
import org.octopusdesk.domain.conference.ConferenceId;
import org.octopusdesk.domain.money.Money;
import org.octopusdesk.domain.project.ProjectId;

/** Where contributions, their allocations and payments are kept. Calls run inside the caller's transaction. */
public interface ContributionRepository {

    Contribution insert(ContributionDraft draft, Instant now);

    Optional<Contribution> findById(ContributionId id);

    Optional<Contribution> findByReferenceIgnoreCase(String reference);

    /** Every stored reference, in lower case. */
    java.util.Set<String> referenceKeys();

    /**
     * Stores a checked file's records in bulk: its pledges with their earmarks and final totals, its payments with
     * their parts, the totals of the stored pledges it pays into (refused, as a concurrent edit, when one changed
     * since it was read), and the receipt summaries. Tells {@code written} how many pledges and payments are
     * stored, as it goes.
     *
     * @throws org.octopusdesk.service.ConcurrentEditException when a stored pledge changed since it was read
     */
    void insertImported(ImportedContributions records, Instant now, java.util.function.IntConsumer written);

    /** Saves the pledge and replaces its allocations when {@code expectedVersion} is current. */
    boolean update(ContributionId id, int expectedVersion, ContributionDraft draft, ContributionStatus status,
            Instant now);

    boolean cancel(ContributionId id, int expectedVersion, LocalDate on, String reason, Instant now);

    boolean delete(ContributionId id, int expectedVersion);

    /** The payments of a contribution, oldest value date first. */
    List<Payment> payments(ContributionId id);

    /** Stores a payment; the contribution's totals are the caller's to update. */
    Payment insertPayment(ContributionId id, Payment payment, Instant now);

    void deletePayment(ContributionId id, PaymentId payment);

    /** Writes what has been received and the status that follows, when {@code expectedVersion} is current. */
    boolean updateReceived(ContributionId id, int expectedVersion, Money paid, Money receivedEuros, int payments,
            ContributionStatus status, Instant now);

    /** One page of a list, in the list's order (decision 0032). */
    List<Contribution> page(ContributionQuery query, PageRead read);

    long count(ContributionQuery query);

    /** Every matching contribution with its payments, in the query's order, without holding them all in memory. */
    void forEach(ContributionQuery query, Consumer<ContributionDetails> each);

    /** The currencies contributions are pledged in, for the list's filter. */
    List<String> currencies();

    /** The years of agreement dates, newest first, for the list's filter. */
    List<Integer> years();

    /** Per currency, the totals of the matching contributions. */
    List<CurrencyTotals> totalsByCurrency(ContributionQuery query);

    /**
     * Per currency, what the pledges open on {@code asOf} still expected on that day: agreed by then, not yet
     * cancelled, less what had been paid by then. Currencies with nothing outstanding are left out.
     */
    List<Money> outstandingByCurrency(LocalDate asOf);

    /**
     * The pledges that make up {@link #outstandingByCurrency}, oldest agreement first, at most {@code limit} of them;
     * {@link #countOutstandingPledges} says how many there are in all.
     */
    List<OutstandingPledge> outstandingPledges(LocalDate asOf, int limit);

    int countOutstandingPledges(LocalDate asOf);

    /** Received euros per project between two value dates (both included), shares applied; see {@link Receipts}. */
    Receipts receiptsByProject(LocalDate from, LocalDate to);

    /** Euros received up to {@code to}, per value-date year and donor. */
    List<Receipts.ByYearAndDonor> receiptsByYearAndDonor(LocalDate to);

    /** The project a conference edition belongs to; empty for an edition of none or one that does not exist. */
    Optional<ProjectId> projectOfEdition(ConferenceId edition);

    /** The earmarks naming the edition, with the euros received for them up to {@code asOf} (decision 0028). */
    List<EditionEarmark> earmarksToEdition(ConferenceId edition, LocalDate asOf);

    /** The conference editions an earmark can name: those of a project, by year. */
    List<EarmarkEdition> editionsWithProject();
}

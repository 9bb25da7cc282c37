package org.octopusdesk.persistence;

import static org.octopusdesk.persistence.generated.Tables.ALLOCATION;
import static org.octopusdesk.persistence.generated.Tables.CONTRIBUTION;
import static org.octopusdesk.persistence.generated.Tables.DONOR;
import static org.octopusdesk.persistence.generated.Tables.PAYMENT;
import static org.octopusdesk.persistence.generated.Tables.PAYMENT_PART;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.octopusdesk.domain.contribution.AllocationBasis;
import org.octopusdesk.domain.contribution.AllocationDraft;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.ContributionDraft;
import org.octopusdesk.domain.contribution.Payment;
import org.octopusdesk.domain.contribution.PaymentPart;
import org.octopusdesk.domain.contribution.PaymentWarning;
import org.octopusdesk.service.ConcurrentEditException;
import org.octopusdesk.service.check.Summaries;
import org.octopusdesk.service.contributions.ImportedContributions;

/**
 * Writes a checked contribution file in bulk: multi-row inserts of a thousand rows, the generated ids read back
 * from the same statement, each pledge stored once with its final totals, each payment's parts split in memory by
 * the same rule as one payment ({@link PaymentParts.Earmarks#split}), and the receipt summaries changed once by
 * the sums of the file instead of once a payment. What one payment costs through the services (about 15
 * statements and an audit entry) becomes a few statements a thousand rows.
 */
final class ImportedContributionsWriter {

    /**
     * Rows per insert: H2 takes at most 65,535 parameters a statement (16 columns here); 4,000 rows wrote no less
     * than 1,000 and took no less time.
     */
    private static final int CHUNK = 1_000;
    private static final int PART_CHUNK = 10_000;
    private static final String EURO_PAYMENT = "EURO";

    private final DSLContext dsl;
    private final PaymentParts parts;
    private final ReceiptSummary summary;
    private final OutstandingLedger ledger;

    ImportedContributionsWriter(DSLContext dsl, PaymentParts parts, ReceiptSummary summary, OutstandingLedger ledger) {
        this.dsl = dsl;
        this.parts = parts;
        this.summary = summary;
        this.ledger = ledger;
    }

    void write(ImportedContributions records, Instant now, IntConsumer written) {
        OffsetDateTime at = Timestamps.utc(now);
        Map<String, Long> ids = insertPledges(records.pledges(), at, written);
        insertAllocations(records.pledges(), ids);
        Map<Long, PaymentParts.Earmarks> earmarks = new HashMap<>();
        Map<Long, Long> donors = new HashMap<>();
        for (ImportedContributions.NewPledge pledge : records.pledges()) {
            long id = ids.get(pledge.draft().reference());
            earmarks.put(id, earmarksOf(pledge.draft()));
            donors.put(id, pledge.draft().donorId().value());
        }
        // The stored pledges paid into leave the outstanding ledger as they were, and come back with the file's
        // payments and the new pledges once all are written.
        ledger.withdraw(records.existing().stream().map(stored -> stored.id().value()).toList());
        for (Contribution stored : records.existing()) {
            updateStored(stored, at);
            earmarks.put(stored.id().value(), parts.earmarksOf(stored.id().value()));
            donors.put(stored.id().value(), stored.donorId().value());
        }
        Summaries received = Summaries.empty();
        List<ImportedContributions.NewPayment> payments = records.payments();
        for (int from = 0; from < payments.size(); from += CHUNK) {
            List<ImportedContributions.NewPayment> chunk = payments.subList(from, Math.min(from + CHUNK,
                    payments.size()));
            List<Long> contributionIds = chunk.stream().map(payment -> payment.stored()
                    .map(id -> id.value()).orElseGet(() -> ids.get(payment.reference()))).toList();
            List<Long> paymentIds = insertPayments(chunk, contributionIds, at);
            List<PartRow> partRows = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                Payment payment = chunk.get(i).payment();
                long contribution = contributionIds.get(i);
                for (PaymentPart part : earmarks.get(contribution).split(payment.euros().amount())) {
                    partRows.add(new PartRow(paymentIds.get(i), part));
                    received.addPart(payment.valueDate(), part.kind(), part.project(), part.euros());
                }
                received.addDonor(payment.valueDate(), donors.get(contribution), payment.euros().amount());
            }
            insertParts(partRows);
            written.accept(records.pledges().size() + from + chunk.size());
        }
        summary.addAll(received);
        Set<Long> touched = new HashSet<>(ids.values());
        touched.addAll(donors.keySet());
        ledger.add(touched);
    }

    private record PartRow(long payment, PaymentPart part) {
    }

    /** The earmarks as {@link PaymentParts#earmarksOf} reads them back once stored: fractions at 12 decimals. */
    private static PaymentParts.Earmarks earmarksOf(ContributionDraft draft) {
        List<Long> projects = new ArrayList<>();
        List<Optional<BigDecimal>> fractions = new ArrayList<>();
        for (AllocationDraft allocation : draft.allocations()) {
            projects.add(allocation.projectId().value());
            fractions.add(allocation.fractionOf(draft.amount()));
        }
        return new PaymentParts.Earmarks(projects, fractions);
    }

    private Map<String, Long> insertPledges(List<ImportedContributions.NewPledge> pledges, OffsetDateTime at,
            IntConsumer written) {
        Map<String, Long> ids = new HashMap<>();
        // Each pledge keeps its donor's name, the list's sort key (decision 0037).
        Map<Long, String> donorNames = dsl.select(DONOR.ID, DONOR.NAME).from(DONOR).where(DONOR.ID.in(pledges.stream()
                .map(pledge -> pledge.draft().donorId().value()).distinct().toList())).fetchMap(DONOR.ID, DONOR.NAME);
        List<Field<?>> columns = List.of(CONTRIBUTION.REFERENCE, CONTRIBUTION.DONOR_ID, CONTRIBUTION.DONOR_NAME,
                CONTRIBUTION.AGREEMENT_DATE, CONTRIBUTION.AMOUNT, CONTRIBUTION.CURRENCY, CONTRIBUTION.INTERMEDIARY,
                CONTRIBUTION.NOTES,
                CONTRIBUTION.CANCELLED_ON, CONTRIBUTION.CANCEL_REASON, CONTRIBUTION.PAID_AMOUNT,
                CONTRIBUTION.RECEIVED_EUR, CONTRIBUTION.PAYMENT_COUNT, CONTRIBUTION.STATUS, CONTRIBUTION.VERSION,
                CONTRIBUTION.CREATED_AT, CONTRIBUTION.UPDATED_AT);
        for (int from = 0; from < pledges.size(); from += CHUNK) {
            List<ImportedContributions.NewPledge> chunk = pledges.subList(from, Math.min(from + CHUNK,
                    pledges.size()));
            InsertValuesStepN<?> insert = dsl.insertInto(CONTRIBUTION, columns);
            for (ImportedContributions.NewPledge pledge : chunk) {
                ContributionDraft draft = pledge.draft();
                Contribution state = pledge.state();
                insert = insert.values(draft.reference(), draft.donorId().value(),
                        donorNames.get(draft.donorId().value()), draft.agreementDate(),
                        draft.amount(), draft.currency(), draft.intermediary(), draft.notes(),
                        state.cancelledOn().orElse(null), state.cancelReason(), state.paid().amount(),
                        state.receivedEuros().amount(), state.paymentCount(), state.status().name(), state.version(),
                        at, at);
            }
            List<Long> generated = generatedIds(insert.returningResult(CONTRIBUTION.ID).fetch(CONTRIBUTION.ID),
                    chunk.size());
            for (int i = 0; i < chunk.size(); i++) {
                ids.put(chunk.get(i).draft().reference(), generated.get(i));
            }
            written.accept(from + chunk.size());
        }
        return ids;
    }

    private void insertAllocations(List<ImportedContributions.NewPledge> pledges, Map<String, Long> ids) {
        List<Field<?>> columns = List.of(ALLOCATION.CONTRIBUTION_ID, ALLOCATION.POSITION, ALLOCATION.PROJECT_ID,
                ALLOCATION.BASIS, ALLOCATION.AMOUNT, ALLOCATION.SHARE_PERCENT, ALLOCATION.FRACTION, ALLOCATION.NOTE,
                ALLOCATION.CONFERENCE_ID);
        InsertValuesStepN<?> insert = dsl.insertInto(ALLOCATION, columns);
        int rows = 0;
        for (ImportedContributions.NewPledge pledge : pledges) {
            ContributionDraft draft = pledge.draft();
            int position = 0;
            for (AllocationDraft allocation : draft.allocations()) {
                insert = insert.values(ids.get(draft.reference()), ++position, allocation.projectId().value(),
                        allocation.basis().name(),
                        allocation.basis() == AllocationBasis.AMOUNT ? allocation.value() : null,
                        allocation.basis() == AllocationBasis.SHARE ? allocation.value() : null,
                        allocation.fractionOf(draft.amount()).orElse(null), allocation.note(),
                        allocation.edition() == null ? null : allocation.edition().value());
                if (++rows == CHUNK) {
                    insert.execute();
                    insert = dsl.insertInto(ALLOCATION, columns);
                    rows = 0;
                }
            }
        }
        if (rows > 0) {
            insert.execute();
        }
    }

    private void updateStored(Contribution stored, OffsetDateTime at) {
        int rows = dsl.update(CONTRIBUTION)
                .set(CONTRIBUTION.PAID_AMOUNT, stored.paid().amount())
                .set(CONTRIBUTION.RECEIVED_EUR, stored.receivedEuros().amount())
                .set(CONTRIBUTION.PAYMENT_COUNT, stored.paymentCount())
                .set(CONTRIBUTION.STATUS, stored.status().name())
                .set(CONTRIBUTION.VERSION, CONTRIBUTION.VERSION.plus(1))
                .set(CONTRIBUTION.UPDATED_AT, at)
                .where(CONTRIBUTION.ID.eq(stored.id().value()).and(CONTRIBUTION.VERSION.eq(stored.version())))
                .execute();
        if (rows != 1) {
            throw ConcurrentEditException.ofRecord(stored.reference(), stored.id().toString());
        }
    }

    private List<Long> insertPayments(List<ImportedContributions.NewPayment> chunk, List<Long> contributionIds,
            OffsetDateTime at) {
        List<Field<?>> columns = List.of(PAYMENT.CONTRIBUTION_ID, PAYMENT.VALUE_DATE, PAYMENT.AMOUNT,
                PAYMENT.CURRENCY, PAYMENT.RATE, PAYMENT.RATE_DATE, PAYMENT.RATE_SOURCE, PAYMENT.EUR_AMOUNT,
                PAYMENT.NOTE, PAYMENT.CONFIRMED_WARNINGS, PAYMENT.CREATED_AT);
        InsertValuesStepN<?> insert = dsl.insertInto(PAYMENT, columns);
        for (int i = 0; i < chunk.size(); i++) {
            Payment payment = chunk.get(i).payment();
            insert = insert.values(contributionIds.get(i), payment.valueDate(), payment.amount().amount(),
                    payment.amount().currency(), payment.rate().map(rate -> rate.unitsPerEuro()).orElse(null),
                    payment.rate().map(rate -> rate.date()).orElse(null),
                    payment.rate().map(rate -> rate.source().name()).orElse(EURO_PAYMENT),
                    payment.euros().amount(), payment.note(), PaymentWarning.format(payment.confirmedWarnings()),
                    at);
        }
        return generatedIds(insert.returningResult(PAYMENT.ID).fetch(PAYMENT.ID), chunk.size());
    }

    private void insertParts(List<PartRow> rows) {
        for (int from = 0; from < rows.size(); from += PART_CHUNK) {
            InsertValuesStepN<?> insert = dsl.insertInto(PAYMENT_PART, List.<Field<?>>of(PAYMENT_PART.PAYMENT_ID,
                    PAYMENT_PART.KIND, PAYMENT_PART.PROJECT_ID, PAYMENT_PART.EUR_AMOUNT));
            for (PartRow row : rows.subList(from, Math.min(from + PART_CHUNK, rows.size()))) {
                insert = insert.values(row.payment(), row.part().kind().name(), row.part().project(),
                        row.part().euros());
            }
            insert.execute();
        }
    }

    /**
     * The ids one multi-row insert generated, in the order of its rows: an identity hands out increasing numbers
     * as the statement inserts its rows in order, whatever order the result lists them in.
     */
    private static List<Long> generatedIds(List<Long> ids, int rows) {
        if (ids.size() != rows) {
            throw new IllegalStateException("The insert of " + rows + " rows returned " + ids.size() + " ids");
        }
        return ids.stream().sorted().toList();
    }
}

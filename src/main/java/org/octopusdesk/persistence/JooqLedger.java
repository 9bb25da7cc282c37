package org.octopusdesk.persistence;

import static org.octopusdesk.persistence.generated.Tables.ALLOCATION;
import static org.octopusdesk.persistence.generated.Tables.CONTRIBUTION;
import static org.octopusdesk.persistence.generated.Tables.DONOR;
import static org.octopusdesk.persistence.generated.Tables.PAYMENT;
import static org.octopusdesk.persistence.generated.Tables.PAYMENT_PART;
import static org.octopusdesk.persistence.generated.Tables.PROJECT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.octopusdesk.domain.contribution.ContributionStatus;
import org.octopusdesk.domain.contribution.OutstandingTotals;
import org.octopusdesk.domain.contribution.PaymentPart;
import org.octopusdesk.service.check.LedgerContribution;
import org.octopusdesk.service.check.LedgerRepository;
import org.octopusdesk.service.check.Summaries;

/** The money records for the check, read in pages of contributions by id so that no cursor stays open. */
public final class JooqLedger implements LedgerRepository {

    private static final int PAGE = 500;

    private final DSLContext dsl;
    private final ReceiptSummary summary;
    private final PaymentParts parts;
    private final OutstandingLedger outstanding;

    JooqLedger(DSLContext dsl) {
        this.dsl = dsl;
        this.summary = new ReceiptSummary(dsl);
        this.parts = new PaymentParts(dsl);
        this.outstanding = new OutstandingLedger(dsl);
    }

    @Override
    public long contributionCount() {
        return dsl.fetchCount(CONTRIBUTION);
    }

    @Override
    public void forEach(Consumer<LedgerContribution> each) {
        long after = Long.MIN_VALUE;
        while (true) {
            var rows = dsl.select(CONTRIBUTION.ID, CONTRIBUTION.REFERENCE, CONTRIBUTION.DONOR_ID, CONTRIBUTION.AMOUNT,
                            CONTRIBUTION.CANCELLED_ON, CONTRIBUTION.PAID_AMOUNT, CONTRIBUTION.RECEIVED_EUR,
                            CONTRIBUTION.PAYMENT_COUNT, CONTRIBUTION.STATUS, CONTRIBUTION.CURRENCY,
                            CONTRIBUTION.AGREEMENT_DATE, CONTRIBUTION.CLOSED_ON, CONTRIBUTION.DONOR_NAME)
                    .from(CONTRIBUTION).where(CONTRIBUTION.ID.gt(after)).orderBy(CONTRIBUTION.ID).limit(PAGE).fetch();
            if (rows.isEmpty()) {
                return;
            }
            List<Long> ids = rows.getValues(CONTRIBUTION.ID);
            Map<Long, List<Earmark>> earmarks = earmarks(ids);
            Map<Long, List<LedgerContribution.Payment>> payments = payments(ids);
            for (var row : rows) {
                long id = row.value1();
                List<Earmark> earmarked = earmarks.getOrDefault(id, List.of());
                each.accept(new LedgerContribution(id, row.value2(), row.value3(), row.value10(), row.value11(),
                        row.value4(), Optional.ofNullable(row.value5()), new LedgerContribution.Stored(row.value6(),
                                row.value7(), row.value8(), ContributionStatus.valueOf(row.value9()), row.value12(),
                                row.value13()),
                        earmarked.stream().map(Earmark::project).toList(),
                        earmarked.stream().map(Earmark::code).toList(),
                        earmarked.stream().map(Earmark::fraction).toList(), payments.getOrDefault(id, List.of())));
            }
            after = ids.get(ids.size() - 1);
        }
    }

    private record Earmark(long project, String code, Optional<BigDecimal> fraction) {
    }

    private Map<Long, List<Earmark>> earmarks(List<Long> contributions) {
        Map<Long, List<Earmark>> earmarks = new HashMap<>();
        dsl.select(ALLOCATION.CONTRIBUTION_ID, ALLOCATION.PROJECT_ID, PROJECT.CODE, ALLOCATION.FRACTION)
                .from(ALLOCATION).join(PROJECT).on(PROJECT.ID.eq(ALLOCATION.PROJECT_ID))
                .where(ALLOCATION.CONTRIBUTION_ID.in(contributions))
                .orderBy(ALLOCATION.CONTRIBUTION_ID, ALLOCATION.POSITION)
                .forEach(row -> earmarks.computeIfAbsent(row.value1(), key -> new ArrayList<>())
                        .add(new Earmark(row.value2(), row.value3(), Optional.ofNullable(row.value4()))));
        return earmarks;
    }

    private Map<Long, List<LedgerContribution.Payment>> payments(List<Long> contributions) {
        Map<Long, List<PaymentPart>> stored = new HashMap<>();
        dsl.select(PAYMENT_PART.PAYMENT_ID, PAYMENT_PART.KIND, PAYMENT_PART.PROJECT_ID, PAYMENT_PART.EUR_AMOUNT)
                .from(PAYMENT).join(PAYMENT_PART).on(PAYMENT_PART.PAYMENT_ID.eq(PAYMENT.ID))
                .where(PAYMENT.CONTRIBUTION_ID.in(contributions))
                .forEach(row -> stored.computeIfAbsent(row.value1(), key -> new ArrayList<>()).add(new PaymentPart(
                        PaymentPart.Kind.valueOf(row.value2()), row.value3(), row.value4())));
        Map<Long, List<LedgerContribution.Payment>> payments = new HashMap<>();
        dsl.select(PAYMENT.ID, PAYMENT.CONTRIBUTION_ID, PAYMENT.VALUE_DATE, PAYMENT.AMOUNT, PAYMENT.EUR_AMOUNT)
                .from(PAYMENT).where(PAYMENT.CONTRIBUTION_ID.in(contributions))
                .orderBy(PAYMENT.CONTRIBUTION_ID, PAYMENT.VALUE_DATE, PAYMENT.ID)
                .forEach(row -> payments.computeIfAbsent(row.value2(), key -> new ArrayList<>())
                        .add(new LedgerContribution.Payment(row.value1(), row.value3(), row.value4(), row.value5(),
                                stored.getOrDefault(row.value1(), List.of()))));
        return payments;
    }

    @Override
    public Summaries storedSummaries() {
        return summary.storedRows();
    }

    @Override
    public Map<Long, String> projectCodes() {
        return dsl.select(PROJECT.ID, PROJECT.CODE).from(PROJECT).fetchMap(PROJECT.ID, PROJECT.CODE);
    }

    @Override
    public Map<Long, String> donorNames() {
        return dsl.select(DONOR.ID, DONOR.NAME).from(DONOR).fetchMap(DONOR.ID, DONOR.NAME);
    }

    @Override
    public void writeTotals(long contribution, BigDecimal paid, BigDecimal receivedEuros, int payments,
            ContributionStatus status) {
        dsl.update(CONTRIBUTION)
                .set(CONTRIBUTION.PAID_AMOUNT, paid)
                .set(CONTRIBUTION.RECEIVED_EUR, receivedEuros)
                .set(CONTRIBUTION.PAYMENT_COUNT, payments)
                .set(CONTRIBUTION.STATUS, status.name())
                .where(CONTRIBUTION.ID.eq(contribution))
                .execute();
    }

    @Override
    public void replaceParts(long payment, List<PaymentPart> split) {
        parts.replace(payment, split);
    }

    @Override
    public void replaceSummaries(Summaries summaries) {
        summary.replaceAll(summaries);
    }

    @Override
    public OutstandingTotals storedOutstanding() {
        return outstanding.storedRows();
    }

    @Override
    public void replaceOutstanding(OutstandingTotals rows) {
        outstanding.replaceAll(rows);
    }

    @Override
    public void writeClosedOn(long contribution, LocalDate closedOn) {
        outstanding.writeClosedOn(contribution, closedOn);
    }

    @Override
    public void writeDonorName(long contribution, String donorName) {
        dsl.update(CONTRIBUTION).set(CONTRIBUTION.DONOR_NAME, donorName).where(CONTRIBUTION.ID.eq(contribution))
                .execute();
    }
}

package org.octopusdesk.persistence;

import static org.octopusdesk.persistence.generated.Tables.ALLOCATION;
import static org.octopusdesk.persistence.generated.Tables.PAYMENT;
import static org.octopusdesk.persistence.generated.Tables.PAYMENT_PART;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.octopusdesk.domain.contribution.EarmarkSplit;
import org.octopusdesk.domain.contribution.PaymentPart;

/**
 * The stored split of each payment over its pledge's earmarks ({@code payment_part}): written when a payment is
 * stored, rewritten for all of a contribution's payments when its earmarks change, in the caller's transaction.
 */
final class PaymentParts {

    private final DSLContext dsl;

    PaymentParts(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The earmarks of a contribution as the split reads them: projects and fractions in the pledge's order. */
    record Earmarks(List<Long> projects, List<Optional<BigDecimal>> fractions) {

        List<PaymentPart> split(BigDecimal euros) {
            return EarmarkSplit.ofFractions(euros, fractions).parts(projects);
        }
    }

    Earmarks earmarksOf(long contribution) {
        List<Long> projects = new ArrayList<>();
        List<Optional<BigDecimal>> fractions = new ArrayList<>();
        dsl.select(ALLOCATION.PROJECT_ID, ALLOCATION.FRACTION).from(ALLOCATION)
                .where(ALLOCATION.CONTRIBUTION_ID.eq(contribution)).orderBy(ALLOCATION.POSITION)
                .forEach(row -> {
                    projects.add(row.value1());
                    fractions.add(Optional.ofNullable(row.value2()));
                });
        return new Earmarks(projects, fractions);
    }

    /** Splits one new payment of {@code contribution}. */
    void write(long payment, long contribution, BigDecimal euros) {
        insert(payment, earmarksOf(contribution).split(euros));
    }

    /** Splits every payment of {@code contribution} again, after its earmarks changed. */
    void rewrite(long contribution) {
        Earmarks earmarks = earmarksOf(contribution);
        var payments = dsl.select(PAYMENT.ID, PAYMENT.EUR_AMOUNT).from(PAYMENT)
                .where(PAYMENT.CONTRIBUTION_ID.eq(contribution)).fetch();
        if (payments.isEmpty()) {
            return;
        }
        dsl.deleteFrom(PAYMENT_PART).where(PAYMENT_PART.PAYMENT_ID.in(payments.getValues(PAYMENT.ID))).execute();
        List<Query> inserts = new ArrayList<>();
        payments.forEach(row -> inserts.addAll(inserts(row.value1(), earmarks.split(row.value2()))));
        if (!inserts.isEmpty()) {
            dsl.batch(inserts).execute();
        }
    }

    /** Replaces the stored parts of one payment. */
    void replace(long payment, List<PaymentPart> parts) {
        dsl.deleteFrom(PAYMENT_PART).where(PAYMENT_PART.PAYMENT_ID.eq(payment)).execute();
        insert(payment, parts);
    }

    private void insert(long payment, List<PaymentPart> parts) {
        if (!parts.isEmpty()) {
            dsl.batch(inserts(payment, parts)).execute();
        }
    }

    private List<Query> inserts(long payment, List<PaymentPart> parts) {
        return parts.stream().<Query>map(part -> dsl.insertInto(PAYMENT_PART)
                .set(PAYMENT_PART.PAYMENT_ID, payment)
                .set(PAYMENT_PART.KIND, part.kind().name())
                .set(PAYMENT_PART.PROJECT_ID, part.project())
                .set(PAYMENT_PART.EUR_AMOUNT, part.euros())).toList();
    }
}

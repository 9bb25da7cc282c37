package org.octopusdesk.persistence;

import static org.octopusdesk.persistence.generated.Tables.CONTRIBUTION;

import org.jooq.DSLContext;

/**
 * Migration 7.1: splits the payments a database already holds over their earmarks ({@code payment_part}, created by
 * V7) and rebuilds the yearly summary by earmark from the parts. The split is the application's own (largest
 * remainder, {@link PaymentParts}), which SQL alone cannot express; it reads only columns V7 has.
 */
final class SplitStoredPayments extends EngineJavaMigration {

    SplitStoredPayments() {
        super("7.1", "split stored payments");
    }

    @Override
    void migrate(DSLContext dsl) {
        PaymentParts parts = new PaymentParts(dsl);
        dsl.select(CONTRIBUTION.ID).from(CONTRIBUTION).orderBy(CONTRIBUTION.ID).fetch(CONTRIBUTION.ID)
                .forEach(parts::rewrite);
        // EXTRACT, not H2's YEAR(): the same statement runs on PostgreSQL.
        dsl.execute("INSERT INTO receipt_by_earmark SELECT EXTRACT(YEAR FROM p.value_date), t.kind, t.project_id, "
                + "SUM(t.eur_amount) FROM payment p JOIN payment_part t ON t.payment_id = p.id "
                + "GROUP BY EXTRACT(YEAR FROM p.value_date), t.kind, t.project_id HAVING SUM(t.eur_amount) <> 0");
    }
}

package org.octopusdesk.persistence;

import static org.octopusdesk.persistence.generated.Tables.ALLOCATION;
import static org.octopusdesk.persistence.generated.Tables.CONFERENCE;
import static org.octopusdesk.persistence.generated.Tables.CONTRIBUTION;
import static org.octopusdesk.persistence.generated.Tables.DONOR;
import static org.octopusdesk.persistence.generated.Tables.PAYMENT;
import static org.octopusdesk.persistence.generated.Tables.PAYMENT_PART;
import static org.octopusdesk.persistence.generated.Tables.PROJECT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.octopusdesk.domain.conference.ConferenceId;
import org.octopusdesk.domain.contribution.Allocation;
import org.octopusdesk.domain.contribution.AllocationBasis;
import org.octopusdesk.domain.contribution.AllocationDraft;
import org.octopusdesk.domain.contribution.ContributionDraft;
import org.octopusdesk.domain.contribution.ContributionStatus;
import org.octopusdesk.domain.money.Money;
import org.octopusdesk.domain.project.ProjectId;
import org.octopusdesk.service.contributions.EarmarkEdition;
import org.octopusdesk.service.contributions.EditionEarmark;
import org.octopusdesk.service.contributions.Receipts;

/**
 * The earmarks of contributions: written with their pledge, read with a page of them, and read by conference edition
 * for an edition's budget (decision 0028). Runs in the caller's transaction.
 */
final class AllocationRows {

    private final DSLContext dsl;

    AllocationRows(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Writes the pledge's earmarks over its stored ones. */
    void replace(long contributionId, ContributionDraft draft) {
        dsl.deleteFrom(ALLOCATION).where(ALLOCATION.CONTRIBUTION_ID.eq(contributionId)).execute();
        int position = 0;
        for (AllocationDraft allocation : draft.allocations()) {
            dsl.insertInto(ALLOCATION)
                    .set(ALLOCATION.CONTRIBUTION_ID, contributionId)
                    .set(ALLOCATION.POSITION, ++position)
                    .set(ALLOCATION.PROJECT_ID, allocation.projectId().value())
                    .set(ALLOCATION.CONFERENCE_ID, allocation.edition() == null ? null : allocation.edition().value())
                    .set(ALLOCATION.BASIS, allocation.basis().name())
                    .set(ALLOCATION.AMOUNT, allocation.basis() == AllocationBasis.AMOUNT ? allocation.value() : null)
                    .set(ALLOCATION.SHARE_PERCENT,
                            allocation.basis() == AllocationBasis.SHARE ? allocation.value() : null)
                    .set(ALLOCATION.FRACTION, allocation.fractionOf(draft.amount()).orElse(null))
                    .set(ALLOCATION.NOTE, allocation.note())
                    .execute();
        }
    }

    /** The earmarks of the contributions, in their order, by contribution id. */
    Map<Long, List<Allocation>> of(Collection<Long> contributionIds) {
        Map<Long, List<Allocation>> allocations = new HashMap<>();
        dsl.select(ALLOCATION.fields()).select(PROJECT.CODE, PROJECT.NAME, CONFERENCE.EDITION_YEAR)
                .from(ALLOCATION).join(PROJECT).on(PROJECT.ID.eq(ALLOCATION.PROJECT_ID))
                .leftJoin(CONFERENCE).on(CONFERENCE.ID.eq(ALLOCATION.CONFERENCE_ID))
                .where(ALLOCATION.CONTRIBUTION_ID.in(contributionIds))
                .orderBy(ALLOCATION.CONTRIBUTION_ID, ALLOCATION.POSITION)
                .forEach(row -> allocations.computeIfAbsent(row.get(ALLOCATION.CONTRIBUTION_ID),
                        key -> new ArrayList<>()).add(toAllocation(row)));
        return allocations;
    }

    private static Allocation toAllocation(Record row) {
        Long conference = row.get(ALLOCATION.CONFERENCE_ID);
        return new Allocation(new ProjectId(row.get(ALLOCATION.PROJECT_ID)), row.get(PROJECT.CODE),
                row.get(PROJECT.NAME), AllocationBasis.valueOf(row.get(ALLOCATION.BASIS)), row.get(ALLOCATION.AMOUNT),
                row.get(ALLOCATION.SHARE_PERCENT), Optional.ofNullable(row.get(ALLOCATION.FRACTION)),
                row.get(ALLOCATION.NOTE), conference == null ? null : new ConferenceId(conference),
                conference == null ? 0 : row.get(CONFERENCE.EDITION_YEAR));
    }

    /** The project an edition belongs to: empty for an edition of none, or one that does not exist. */
    Optional<ProjectId> projectOfEdition(ConferenceId edition) {
        return dsl.select(CONFERENCE.PROJECT_ID).from(CONFERENCE).where(CONFERENCE.ID.eq(edition.value()))
                .fetchOptional(CONFERENCE.PROJECT_ID).map(ProjectId::new);
    }

    /**
     * The earmarks naming the edition, with the euros of their project's stored parts of the payments value-dated up
     * to {@code asOf}: the project's part of a payment is this earmark's, a contribution naming a project once.
     *
     * @param money the stored amount and currency as money, at the currency's minor unit
     */
    List<EditionEarmark> toEdition(ConferenceId edition, LocalDate asOf, BiFunction<BigDecimal, String, Money> money) {
        Field<BigDecimal> received = DSL.field(DSL.select(DSL.coalesce(DSL.sum(PAYMENT_PART.EUR_AMOUNT),
                        BigDecimal.ZERO))
                .from(PAYMENT_PART).join(PAYMENT).on(PAYMENT.ID.eq(PAYMENT_PART.PAYMENT_ID))
                .where(PAYMENT.CONTRIBUTION_ID.eq(ALLOCATION.CONTRIBUTION_ID).and(PAYMENT.VALUE_DATE.le(asOf))
                        .and(PAYMENT_PART.KIND.eq("PROJECT")).and(PAYMENT_PART.PROJECT_ID.eq(ALLOCATION.PROJECT_ID))))
                .as("received");
        return dsl.select(DONOR.NAME, CONTRIBUTION.REFERENCE, CONTRIBUTION.STATUS, CONTRIBUTION.AMOUNT,
                        CONTRIBUTION.PAID_AMOUNT, CONTRIBUTION.CURRENCY, ALLOCATION.FRACTION, received)
                .from(ALLOCATION).join(CONTRIBUTION).on(CONTRIBUTION.ID.eq(ALLOCATION.CONTRIBUTION_ID))
                .join(DONOR).on(DONOR.ID.eq(CONTRIBUTION.DONOR_ID))
                .where(ALLOCATION.CONFERENCE_ID.eq(edition.value()))
                .orderBy(DONOR.NAME, CONTRIBUTION.AGREEMENT_DATE, CONTRIBUTION.ID)
                .fetch(row -> new EditionEarmark(row.get(DONOR.NAME), row.get(CONTRIBUTION.REFERENCE),
                        ContributionStatus.valueOf(row.get(CONTRIBUTION.STATUS)),
                        money.apply(row.get(CONTRIBUTION.AMOUNT), row.get(CONTRIBUTION.CURRENCY)),
                        money.apply(row.get(CONTRIBUTION.PAID_AMOUNT), row.get(CONTRIBUTION.CURRENCY)),
                        Optional.ofNullable(row.get(ALLOCATION.FRACTION)), row.get(received).setScale(2)));
    }

    /**
     * The euros of the payments value-dated from {@code from} to {@code to} (both included) earmarked to each
     * edition: the stored parts of the edition's project, of the contributions whose earmark names the edition. The
     * editions are few, and the index on the allocation's edition starts the join from them.
     */
    List<Receipts.ByEdition> receivedByEdition(LocalDate from, LocalDate to) {
        // The contributions earmarked to an edition first, from the edition's index: given them, the payments are
        // read by contribution. Left to choose, H2 walked every payment of the period looking for them (the bench:
        // seconds per call over a million payments, with no edition earmarked at all). They are reached from the
        // editions, a few rows: H2 cannot seek an index to "IS NOT NULL", and walked all 280,000 allocations of the
        // bench's data, most of them without an edition, for 30-190 ms a call (decision 0051).
        List<Long> earmarked = dsl.selectDistinct(ALLOCATION.CONTRIBUTION_ID).from(CONFERENCE)
                .join(ALLOCATION).on(ALLOCATION.CONFERENCE_ID.eq(CONFERENCE.ID)).fetch(ALLOCATION.CONTRIBUTION_ID);
        if (earmarked.isEmpty()) {
            return List.of();
        }
        Field<BigDecimal> euros = DSL.sum(PAYMENT_PART.EUR_AMOUNT).as("euros");
        return dsl.select(ALLOCATION.PROJECT_ID, CONFERENCE.EDITION_YEAR, CONFERENCE.TITLE, euros)
                .from(ALLOCATION).join(CONFERENCE).on(CONFERENCE.ID.eq(ALLOCATION.CONFERENCE_ID))
                .join(PAYMENT).on(PAYMENT.CONTRIBUTION_ID.eq(ALLOCATION.CONTRIBUTION_ID)
                        .and(PAYMENT.VALUE_DATE.between(from, to)))
                .join(PAYMENT_PART).on(PAYMENT_PART.PAYMENT_ID.eq(PAYMENT.ID).and(PAYMENT_PART.KIND.eq("PROJECT"))
                        .and(PAYMENT_PART.PROJECT_ID.eq(ALLOCATION.PROJECT_ID)))
                .where(ALLOCATION.CONFERENCE_ID.isNotNull().and(PAYMENT.CONTRIBUTION_ID.in(earmarked)))
                .groupBy(ALLOCATION.PROJECT_ID, CONFERENCE.EDITION_YEAR, CONFERENCE.TITLE)
                .orderBy(CONFERENCE.EDITION_YEAR)
                .fetch(row -> new Receipts.ByEdition(new ProjectId(row.get(ALLOCATION.PROJECT_ID)),
                        row.get(CONFERENCE.EDITION_YEAR), row.get(CONFERENCE.TITLE), row.get(euros).setScale(2)));
    }

    /** The editions that belong to a project, which earmarks can name, by year. */
    List<EarmarkEdition> editionsWithProject() {
        return dsl.select(CONFERENCE.ID, CONFERENCE.PROJECT_ID, CONFERENCE.EDITION_YEAR, CONFERENCE.TITLE)
                .from(CONFERENCE).where(CONFERENCE.PROJECT_ID.isNotNull()).orderBy(CONFERENCE.EDITION_YEAR)
                .fetch(row -> new EarmarkEdition(new ConferenceId(row.get(CONFERENCE.ID)),
                        new ProjectId(row.get(CONFERENCE.PROJECT_ID)), row.get(CONFERENCE.EDITION_YEAR),
                        row.get(CONFERENCE.TITLE)));
    }
}

package org.octopusdesk.persistence;

import static org.octopusdesk.persistence.generated.Tables.ALLOCATION;
import static org.octopusdesk.persistence.generated.Tables.CONTRIBUTION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.service.contributions.ContributionQuery;

/**
 * What a contribution list reads and in which order: its tables, its filters, its order walked either way, and
 * where a row stands in that order (keyset paging, decision 0032). Every sorted column is {@code NOT NULL}, so a
 * row's place is its sorted value and its id, compared as a row value the way H2 and PostgreSQL both order them.
 */
final class ContributionListOrder {

    private ContributionListOrder() {
    }

    /**
     * The contributions a query reads. Allocations are joined only to filter by project: H2 otherwise starts from
     * the joined table and sorts every contribution for one page. The donor's name is kept on each pledge (V27,
     * decision 0037), so a sort by donor joins nothing.
     */
    static Table<?> joined(ContributionQuery query) {
        if (query.project() == null) {
            return CONTRIBUTION;
        }
        return CONTRIBUTION.join(ALLOCATION).on(ALLOCATION.CONTRIBUTION_ID.eq(CONTRIBUTION.ID)
                .and(ALLOCATION.PROJECT_ID.eq(query.project().value())));
    }

    static Condition conditions(ContributionQuery query) {
        List<Condition> conditions = new ArrayList<>();
        if (query.donor() != null) {
            conditions.add(CONTRIBUTION.DONOR_ID.eq(query.donor().value()));
        }
        if (query.year() != null) {
            conditions.add(CONTRIBUTION.AGREEMENT_DATE.between(LocalDate.of(query.year(), 1, 1),
                    LocalDate.of(query.year(), 12, 31)));
        }
        if (query.currency() != null) {
            conditions.add(CONTRIBUTION.CURRENCY.eq(query.currency()));
        }
        if (query.status() != null) {
            conditions.add(CONTRIBUTION.STATUS.eq(query.status().name()));
        }
        return DSL.and(conditions);
    }

    /** The list's order, as a person asked for it. */
    static List<SortField<?>> order(ContributionQuery query) {
        return order(query, query.ascending());
    }

    /**
     * The list's order walked upwards ({@code ascending}) or downwards; the id breaks ties in the same direction,
     * so that paging through equal values neither skips nor repeats a row. A column the list is filtered on is one
     * value, so leading the order with it keeps the same order and lets the database read the page from an index
     * that starts with it instead of sorting every row the filter matches: sorted by agreement date, the donor,
     * currency or status filtered on (their indexes with the agreement date, decision 0029); sorted by any other
     * column, the status filtered on, else the currency (the indexes of a status, and of a currency, with each
     * sorted column and the id, decision 0037): a status matches up to four fifths of the pledges, the euro a
     * quarter. A donor, a project or a year matches a few thousand rows at most, which are sorted
     * ({@link #fewMatches}).
     */
    static List<SortField<?>> order(ContributionQuery query, boolean ascending) {
        List<SortField<?>> order = new ArrayList<>();
        Field<?> filtered = leadingFilter(query);
        if (filtered != null) {
            order.add(ascending ? filtered.asc() : filtered.desc());
        }
        Field<?> sorted = sortColumn(query.sort());
        order.add(ascending ? sorted.asc() : sorted.desc());
        order.add(ascending ? CONTRIBUTION.ID.asc() : CONTRIBUTION.ID.desc());
        return order;
    }

    /** The filtered column that leads the order, if any: one value under its filter. */
    private static Field<?> leadingFilter(ContributionQuery query) {
        if (query.sort() == ContributionQuery.Sort.AGREEMENT_DATE) {
            return query.donor() != null ? CONTRIBUTION.DONOR_ID : query.currency() != null
                    ? CONTRIBUTION.CURRENCY : query.status() != null ? CONTRIBUTION.STATUS : null;
        }
        if (fewMatches(query)) {
            return null;
        }
        if (query.status() != null && query.sort() != ContributionQuery.Sort.STATUS) {
            return CONTRIBUTION.STATUS;
        }
        return query.currency() != null && query.sort() != ContributionQuery.Sort.CURRENCY
                ? CONTRIBUTION.CURRENCY : null;
    }

    /**
     * Whether the query has a filter that matches a few thousand pledges at most (a donor, a project, a year), so
     * that sorting its matches is cheaper than walking an index of the whole order and testing every entry: with a
     * project, a year and the euro, H2 walked the euro's 52,000 entries in the sorted order (decision 0037).
     */
    static boolean fewMatches(ContributionQuery query) {
        return query.donor() != null || query.project() != null || query.year() != null;
    }

    /** The column a list is sorted by. */
    static Field<?> sortColumn(ContributionQuery.Sort sort) {
        return switch (sort) {
            case AGREEMENT_DATE -> CONTRIBUTION.AGREEMENT_DATE;
            case REFERENCE -> CONTRIBUTION.REFERENCE;
            case DONOR -> CONTRIBUTION.DONOR_NAME;
            case CURRENCY -> CONTRIBUTION.CURRENCY;
            case AMOUNT -> CONTRIBUTION.AMOUNT;
            case RECEIVED_EUROS -> CONTRIBUTION.RECEIVED_EUR;
            case STATUS -> CONTRIBUTION.STATUS;
        };
    }

    /** What a row holds in the column its list is sorted by, as that column stores it. */
    static Object sortValue(ContributionQuery.Sort sort, Contribution row) {
        return switch (sort) {
            case AGREEMENT_DATE -> row.agreementDate();
            case REFERENCE -> row.reference();
            case DONOR -> row.donorName();
            case CURRENCY -> row.pledged().currency();
            case AMOUNT -> row.pledged().amount();
            case RECEIVED_EUROS -> row.receivedEuros().amount();
            case STATUS -> row.status().name();
        };
    }

    /**
     * The rows that come after {@code row} when the list is walked upwards ({@code ascending}) or downwards, in
     * two parts read one after the other (decision 0037): first those that tie with it on the sorted column and
     * come after it by id ({@link #tied}), then those past its value ({@link #beyond}). Written as one row-value
     * comparison, H2 2.5 bounds its index range on the sorted column alone and walks every tie before the row: on
     * the status or the currency (four values, a quarter of the pledges in euros), a page deep in a value walked
     * most of the list. Each part alone is an index range bounded on both columns. The filtered column that leads
     * an order is one value under its filter and so needs no bound of its own.
     */
    static Condition tied(ContributionQuery.Sort sort, boolean ascending, Contribution row) {
        return tied(sortColumn(sort), sortValue(sort, row), row.id().value(), ascending);
    }

    /** The rows past {@code row}'s sorted value in the walking direction: the second part of {@link #tied}. */
    static Condition beyond(ContributionQuery.Sort sort, boolean ascending, Contribution row) {
        return beyond(sortColumn(sort), sortValue(sort, row), ascending);
    }

    private static <T> Condition tied(Field<T> column, Object stored, long id, boolean ascending) {
        T value = column.getType().cast(stored);
        return column.eq(value).and(ascending ? CONTRIBUTION.ID.gt(id) : CONTRIBUTION.ID.lt(id));
    }

    private static <T> Condition beyond(Field<T> column, Object stored, boolean ascending) {
        T value = column.getType().cast(stored);
        return ascending ? column.gt(value) : column.lt(value);
    }
}

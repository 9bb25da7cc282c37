package org.octopusdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.contribution.AllocationBasis;
import org.octopusdesk.domain.contribution.AllocationDraft;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.ContributionDraft;
import org.octopusdesk.domain.contribution.ContributionStatus;
import org.octopusdesk.domain.contribution.PaymentDraft;
import org.octopusdesk.domain.contribution.PaymentWarning;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.service.check.Difference;
import org.octopusdesk.service.contributions.ContributionDetails;
import org.octopusdesk.service.contributions.ContributionQuery;
import org.octopusdesk.service.contributions.ContributionService;
import org.octopusdesk.service.contributions.GeneratedContributionFile;
import org.octopusdesk.service.contributions.Receipts;

/**
 * The monthly receipt summaries (decision 0031, receipts by month) hold, after every kind of change (pledges,
 * payments, edits of donor and earmarks, cancellations, deletions, removed payments, imports), the sums worked out
 * here from every payment; periods cut on the first and last days of months and years and on leap days read the
 * same euros as the payments' parts; the check names a tampered month row and repairs it.
 */
class ReceiptsByMonthTest {

    private static final Set<PaymentWarning> CONFIRMED = Set.of(PaymentWarning.ADVANCE, PaymentWarning.OVERPAYMENT);
    private static final LocalDate EARLIEST = ContributionDraft.EARLIEST;

    @TempDir
    Path folder;
    private TestDatabase database;
    private ContributionService contributions;
    private DSLContext dsl;
    private final Random random = new Random(23);

    @BeforeEach
    void open() {
        database = TestDatabase.withRates(folder);
        GeneratedContributionFile.prepare(database);
        contributions = database.contributions();
        dsl = database.database().dsl();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void everyKindOfChangeKeepsTheMonthsEqualToThePayments() {
        List<Donor> donors = database.donors().list();
        for (int i = 1; i <= 30; i++) {
            LocalDate agreed = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(3_000));
            Contribution pledge = contributions.create(new ContributionDraft(donors.get(random.nextInt(12)).id(),
                    "M-" + i, agreed, BigDecimal.valueOf(5_000 + random.nextInt(90_000)), "EUR", "", "",
                    earmarks()));
            pay(pledge, 1 + random.nextInt(4));
        }
        assertMonthsAgree("pledges and payments");

        for (Contribution pledge : all()) {
            if (random.nextInt(3) == 0) {
                contributions.update(pledge.id(), pledge.version(), new ContributionDraft(
                        donors.get(random.nextInt(donors.size())).id(), pledge.reference(), pledge.agreementDate(),
                        pledge.pledged().amount(), "EUR", "", "", earmarks()));
            }
        }
        assertMonthsAgree("edits of donor and earmarks");

        for (Contribution pledge : all()) {
            if (pledge.status().isOpen() && random.nextInt(4) == 0) {
                contributions.cancel(pledge.id(), pledge.version(), TestDatabase.TODAY, "Ended");
            }
        }
        assertMonthsAgree("cancellations");

        for (Contribution pledge : all()) {
            ContributionDetails details = contributions.details(pledge.id());
            if (!details.payments().isEmpty() && random.nextInt(3) == 0) {
                contributions.removePayment(pledge.id(), pledge.version(), details.payments().get(0).id());
            } else if (pledge.status() != ContributionStatus.CANCELLED && details.payments().isEmpty()) {
                contributions.delete(pledge.id(), pledge.version());
            }
        }
        assertMonthsAgree("deletions and removed payments");

        database.contributionFiles().importText(GeneratedContributionFile.text(240, 0), true);
        assertMonthsAgree("an import");
    }

    @Test
    void aTamperedMonthRowIsNamedByTheCheckAndRepaired() {
        Donor donor = database.donors().list().get(0);
        Project project = database.projects().list().get(0);
        Contribution pledge = contributions.create(new ContributionDraft(donor.id(), "T-1", LocalDate.of(2020, 1, 6),
                new BigDecimal("1000"), "EUR", "", "", List.of(AllocationDraft.whole(project.id()))));
        contributions.addPayment(pledge.id(), pledge.version(), new PaymentDraft(LocalDate.of(2020, 2, 29),
                new BigDecimal("400"), null, ""), CONFIRMED);
        database.execute("UPDATE receipt_by_earmark_month SET received_eur = received_eur + 5 "
                + "WHERE receipt_year = 2020 AND receipt_month = 2");
        database.execute("INSERT INTO receipt_by_donor_month VALUES (2020, 7, ?, 12.34)", donor.id().value());

        var found = database.dataCheck().check(share -> { });

        assertThat(found.differences()).extracting(Difference::subject, Difference::names, Difference::field)
                .containsExactlyInAnyOrder(
                        tuple(Difference.Subject.SUMMARY_BY_EARMARK, List.of("2020-02", project.code()),
                                Difference.Field.PROJECT_PART),
                        tuple(Difference.Subject.SUMMARY_BY_DONOR, List.of("2020-07", donor.name()),
                                Difference.Field.RECEIVED_EUROS));
        assertThat(contributions.summary(LocalDate.of(2020, 3, 15), 5).thisYear().byProject())
                .as("the year to date reads the tampered month").extracting(Receipts.ByProject::euros)
                .containsExactly(new BigDecimal("405.00"));

        database.dataCheck().repair(share -> { });

        assertThat(database.dataCheck().check(share -> { }).agrees()).isTrue();
        assertThat(contributions.summary(LocalDate.of(2020, 3, 15), 5).thisYear().byProject())
                .extracting(Receipts.ByProject::euros).containsExactly(new BigDecimal("400.00"));
    }

    @Test
    void monthsFilledFromThePaymentsOnAnExistingDatabaseEqualThoseKept() {
        List<Donor> donors = database.donors().list();
        for (int i = 1; i <= 8; i++) {
            pay(contributions.create(new ContributionDraft(donors.get(i).id(), "F-" + i, LocalDate.of(2019, 1, 1)
                    .plusDays(random.nextInt(2_000)), new BigDecimal("20000"), "EUR", "", "", earmarks())), 3);
        }
        var kept = database.dataCheck().check(share -> { });
        assertThat(kept.agrees()).isTrue();
        database.execute("DELETE FROM receipt_by_earmark_month");
        database.execute("DELETE FROM receipt_by_donor_month");
        assertThat(database.dataCheck().check(share -> { }).agrees()).as("emptied").isFalse();

        // What migration 23.1 runs on a database of V22.
        new ReceiptSummary(dsl).fillMonths();

        assertThat(database.dataCheck().check(share -> { }).agrees()).isTrue();
        assertMonthsAgree("filled");
    }

    /** No earmark, one project as a whole, two shares (10 % not earmarked), or a split not made public. */
    private List<AllocationDraft> earmarks() {
        List<Project> projects = database.projects().list();
        Project first = projects.get(random.nextInt(projects.size()));
        Project second = projects.stream().filter(project -> !project.id().equals(first.id())).findAny()
                .orElseThrow();
        return switch (random.nextInt(4)) {
            case 0 -> List.of();
            case 1 -> List.of(AllocationDraft.whole(first.id()));
            case 2 -> List.of(new AllocationDraft(first.id(), AllocationBasis.SHARE, new BigDecimal("60"), ""),
                    new AllocationDraft(second.id(), AllocationBasis.SHARE, new BigDecimal("30"), ""));
            default -> List.of(new AllocationDraft(first.id(), AllocationBasis.UNDISCLOSED, null, ""),
                    new AllocationDraft(second.id(), AllocationBasis.UNDISCLOSED, null, ""));
        };
    }

    /** Payments on days that cut periods: first and last days of months and years, leap days, any day. */
    private void pay(Contribution pledge, int count) {
        Contribution current = pledge;
        for (int p = 0; p < count; p++) {
            LocalDate near = pledge.agreementDate().plusDays(random.nextInt(400));
            LocalDate valueDate = switch (random.nextInt(5)) {
                case 0 -> near.withDayOfMonth(1);
                case 1 -> near.withDayOfMonth(near.lengthOfMonth());
                case 2 -> LocalDate.of(random.nextBoolean() ? 2020 : 2024, 2, 29);
                case 3 -> LocalDate.of(near.getYear(), 12, 31);
                default -> near;
            };
            if (valueDate.isAfter(TestDatabase.TODAY)) {
                valueDate = TestDatabase.TODAY;
            }
            BigDecimal amount = BigDecimal.valueOf(100 + random.nextInt(5_000)).add(new BigDecimal("0.37"));
            current = contributions.addPayment(current.id(), current.version(), new PaymentDraft(valueDate, amount,
                    null, ""), CONFIRMED);
        }
    }

    private List<Contribution> all() {
        List<Contribution> all = new ArrayList<>();
        contributions.forEach(ContributionQuery.all(), details -> all.add(details.contribution()));
        return all;
    }

    private void assertMonthsAgree(String after) {
        assertThat(kept("SELECT receipt_year, receipt_month, kind, project_id, received_eur "
                + "FROM receipt_by_earmark_month")).as(after + ": months by earmark").isEqualTo(kept(
                "SELECT EXTRACT(YEAR FROM p.value_date), EXTRACT(MONTH FROM p.value_date), t.kind, t.project_id, "
                        + "SUM(t.eur_amount) FROM payment p JOIN payment_part t ON t.payment_id = p.id "
                        + "GROUP BY EXTRACT(YEAR FROM p.value_date), EXTRACT(MONTH FROM p.value_date), t.kind, "
                        + "t.project_id"));
        assertThat(kept("SELECT receipt_year, receipt_month, donor_id, received_eur FROM receipt_by_donor_month"))
                .as(after + ": months by donor").isEqualTo(kept("SELECT EXTRACT(YEAR FROM p.value_date), "
                        + "EXTRACT(MONTH FROM p.value_date), c.donor_id, SUM(p.eur_amount) FROM payment p "
                        + "JOIN contribution c ON c.id = p.contribution_id GROUP BY EXTRACT(YEAR FROM p.value_date), "
                        + "EXTRACT(MONTH FROM p.value_date), c.donor_id"));
        ReceiptSummary summary = new ReceiptSummary(dsl);
        for (LocalDate day : cutDays()) {
            String as = after + ", up to " + day;
            LocalDate from = day.minusDays(random.nextInt(900));
            for (LocalDate start : List.of(day.withDayOfYear(1), EARLIEST, from, day.withDayOfMonth(1))) {
                assertThat(shown(summary.byEarmark(start, day))).as(as + " from " + start)
                        .isEqualTo(fromParts(start, day));
            }
            assertThat(byYearAndDonor(summary.byYearAndDonor(day))).as(as + ": by year and donor")
                    .isEqualTo(fromPayments(day));
        }
        assertThat(database.dataCheck().check(share -> { }).differences()).as(after + ": check").isEmpty();
    }

    /** The first and last days of months and years, leap days and their neighbours, and days at random. */
    private List<LocalDate> cutDays() {
        List<LocalDate> days = new ArrayList<>(List.of(TestDatabase.TODAY, LocalDate.of(2020, 2, 29),
                LocalDate.of(2024, 2, 29), LocalDate.of(2020, 2, 28), LocalDate.of(2021, 2, 28),
                LocalDate.of(2020, 3, 1), LocalDate.of(2017, 12, 31)));
        for (int year = 2018; year <= 2026; year++) {
            days.add(LocalDate.of(year, 1, 1));
            days.add(LocalDate.of(year, 1, 31));
            days.add(LocalDate.of(year, 12, 31));
            int month = 1 + random.nextInt(12);
            days.add(Year.of(year).atMonth(month).atDay(1));
            days.add(Year.of(year).atMonth(month).atEndOfMonth());
            days.add(Year.of(year).atDay(1 + random.nextInt(365)));
        }
        return days;
    }

    /** Rows of a query whose last column is an amount, keyed by the other columns, without zeros. */
    private Map<String, BigDecimal> kept(String sql) {
        Map<String, BigDecimal> rows = new TreeMap<>();
        for (var row : dsl.fetch(sql)) {
            List<String> key = new ArrayList<>();
            for (int i = 0; i < row.size() - 1; i++) {
                key.add(String.valueOf(((Object) row.get(i)) instanceof Number number ? number.longValue()
                        : row.get(i)));
            }
            BigDecimal euros = row.get(row.size() - 1, BigDecimal.class);
            if (euros.signum() != 0) {
                rows.put(String.join("/", key), euros.stripTrailingZeros());
            }
        }
        return rows;
    }

    private static Map<String, BigDecimal> shown(Receipts receipts) {
        Map<String, BigDecimal> shown = new TreeMap<>();
        receipts.byProject().forEach(project -> shown.put("PROJECT/" + project.project().value(),
                project.euros().stripTrailingZeros()));
        if (receipts.undisclosedSplit().signum() != 0) {
            shown.put("UNDISCLOSED/0", receipts.undisclosedSplit().stripTrailingZeros());
        }
        if (receipts.notEarmarked().signum() != 0) {
            shown.put("NOT_EARMARKED/0", receipts.notEarmarked().stripTrailingZeros());
        }
        return shown;
    }

    /** The euros of every payment's parts from {@code from} to {@code to}, by earmark. */
    private Map<String, BigDecimal> fromParts(LocalDate from, LocalDate to) {
        Map<String, BigDecimal> parts = new TreeMap<>();
        for (var row : dsl.fetch("SELECT t.kind, t.project_id, SUM(t.eur_amount) FROM payment p "
                + "JOIN payment_part t ON t.payment_id = p.id WHERE p.value_date BETWEEN ? AND ? "
                + "GROUP BY t.kind, t.project_id", from, to)) {
            BigDecimal euros = row.get(2, BigDecimal.class);
            if (euros.signum() != 0) {
                parts.put(row.get(0, String.class) + "/" + row.get(1, Long.class), euros.stripTrailingZeros());
            }
        }
        return parts;
    }

    private static Map<String, BigDecimal> byYearAndDonor(Map<Integer, Map<Long, BigDecimal>> byYear) {
        Map<String, BigDecimal> rows = new TreeMap<>();
        byYear.forEach((year, donors) -> donors.forEach((donor, euros) -> {
            if (euros.signum() != 0) {
                rows.put(year + "/" + donor, euros.stripTrailingZeros());
            }
        }));
        return rows;
    }

    /** The euros of every payment up to {@code to}, by year and donor. */
    private Map<String, BigDecimal> fromPayments(LocalDate to) {
        Map<String, BigDecimal> rows = new TreeMap<>();
        for (var row : dsl.fetch("SELECT p.value_date, c.donor_id, p.eur_amount FROM payment p "
                + "JOIN contribution c ON c.id = p.contribution_id WHERE p.value_date <= ?", to)) {
            rows.merge(row.get(0, LocalDate.class).getYear() + "/" + row.get(1, Long.class),
                    row.get(2, BigDecimal.class), BigDecimal::add);
        }
        rows.values().removeIf(euros -> euros.signum() == 0);
        rows.replaceAll((key, euros) -> euros.stripTrailingZeros());
        return rows;
    }
}

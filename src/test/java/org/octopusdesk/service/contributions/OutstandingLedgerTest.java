package org.octopusdesk.service.contributions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.ContributionDraft;
import org.octopusdesk.domain.contribution.ContributionStatus;
import org.octopusdesk.domain.contribution.Payment;
import org.octopusdesk.domain.contribution.PaymentDraft;
import org.octopusdesk.domain.contribution.PaymentWarning;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.domain.money.Money;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.check.Difference;

/**
 * The outstanding ledger (decision 0029) gives, for any day, the same outstanding amounts, count and oldest pledges
 * as working them out here from every pledge and payment, after each kind of change: pledges, payments (early,
 * partial, above the pledge), cancellations, edits of amount and date, deletions, removed payments and imported
 * files; the check agrees with it, and names and repairs a tampered row.
 */
class OutstandingLedgerTest {

    private static final List<String> CURRENCIES = List.of("EUR", "USD", "JPY", "GBP");
    private static final Set<PaymentWarning> CONFIRMED = Set.of(PaymentWarning.ADVANCE, PaymentWarning.OVERPAYMENT,
            PaymentWarning.BANK_RATE);

    @TempDir
    Path folder;
    private TestDatabase database;
    private ContributionService contributions;
    private final Random random = new Random(29);

    @BeforeEach
    void open() {
        database = TestDatabase.withRates(folder);
        GeneratedContributionFile.prepare(database);
        contributions = database.contributions();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void everyKindOfChangeKeepsTheLedgerEqualToThePayments() {
        List<Donor> donors = database.donors().list();
        for (int i = 1; i <= 40; i++) {
            String currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
            LocalDate agreed = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(4_000));
            BigDecimal amount = BigDecimal.valueOf(1_000 + random.nextInt(100_000));
            Contribution pledge = contributions.create(new ContributionDraft(donors.get(random.nextInt(10)).id(),
                    "L-" + i, agreed, amount, currency, "", "", List.of()));
            pay(pledge, random.nextInt(4));
        }
        assertLedgerAgrees("pledges and payments");

        for (Contribution pledge : all()) {
            if (pledge.status().isOpen() && random.nextInt(3) == 0) {
                LocalDate on = pledge.agreementDate().plusDays(random.nextInt(600));
                contributions.cancel(pledge.id(), pledge.version(), on.isAfter(TestDatabase.TODAY)
                        ? TestDatabase.TODAY : on, "Ended");
            }
        }
        assertLedgerAgrees("cancellations");

        for (Contribution pledge : all()) {
            if (pledge.status() != ContributionStatus.CANCELLED && random.nextInt(3) == 0) {
                contributions.update(pledge.id(), pledge.version(), new ContributionDraft(pledge.donorId(),
                        pledge.reference(), pledge.agreementDate().plusDays(random.nextInt(200) - 100),
                        pledge.pledged().amount().multiply(BigDecimal.valueOf(random.nextInt(3) + 1))
                                .divide(BigDecimal.valueOf(2)).setScale(pledge.pledged().amount().scale(),
                                        java.math.RoundingMode.DOWN).max(BigDecimal.ONE)
                                // Lowered at most to what was received: below it, a pledge is refused.
                                .max(pledge.paid().amount()),
                        pledge.pledged().currency(), "", "", List.of()));
            }
        }
        assertLedgerAgrees("edits of amount and date");

        for (Contribution pledge : all()) {
            ContributionDetails details = contributions.details(pledge.id());
            if (details.payments().isEmpty()) {
                if (random.nextBoolean()) {
                    contributions.delete(pledge.id(), pledge.version());
                }
            } else if (random.nextInt(3) == 0) {
                contributions.removePayment(pledge.id(), pledge.version(), details.payments().get(0).id());
            }
        }
        assertLedgerAgrees("deletions and removed payments");

        database.contributionFiles().importText(GeneratedContributionFile.text(300, 0), true);
        Contribution open = all().stream().filter(pledge -> pledge.status().isOpen()
                && pledge.pledged().currency().equals("EUR")).findFirst().orElseThrow();
        database.contributionFiles().importText(GeneratedContributionFile.HEADER + "payment," + open.reference()
                + ",," + open.agreementDate().plusDays(3) + ",1,EUR,,,,,,,\n", true);
        assertLedgerAgrees("imports of new pledges and of a payment into a stored one");
    }

    @Test
    void aTamperedLedgerRowOrClosingDayIsNamedByTheCheckAndRepaired() {
        Contribution pledge = contributions.create(new ContributionDraft(database.donors().list().get(0).id(),
                "T-1", LocalDate.of(2020, 3, 2), new BigDecimal("1000"), "EUR", "", "", List.of()));
        contributions.addPayment(pledge.id(), pledge.version(), new PaymentDraft(LocalDate.of(2020, 5, 4),
                new BigDecimal("1000"), null, ""), CONFIRMED);
        database.execute("UPDATE outstanding_by_day SET amount = amount + 5 WHERE change_date = DATE '2020-05-04'");
        database.execute("UPDATE contribution SET closed_on = NULL WHERE reference = 'T-1'");
        database.execute("INSERT INTO outstanding_by_year VALUES (2020, 'EUR', 0, 1)");

        var found = database.dataCheck().check(share -> { });

        assertThat(found.differences()).extracting(Difference::subject, Difference::names, Difference::field)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Difference.Subject.CONTRIBUTION, List.of("T-1"),
                                Difference.Field.CLOSED_ON),
                        org.assertj.core.groups.Tuple.tuple(Difference.Subject.OUTSTANDING_BY_DAY,
                                List.of("2020-05-04", "EUR"), Difference.Field.OUTSTANDING_AMOUNT),
                        org.assertj.core.groups.Tuple.tuple(Difference.Subject.OUTSTANDING_BY_YEAR,
                                List.of("2020", "EUR"), Difference.Field.OUTSTANDING_PLEDGES));
        assertThat(contributions.summary(LocalDate.of(2020, 6, 1), 5).outstanding()).as("the tampered day")
                .containsExactly(Money.euros(new BigDecimal("5.00")));
        assertThat(contributions.summary(LocalDate.of(2021, 6, 1), 5).outstandingPledgeCount())
                .as("the tampered year").isEqualTo(1);

        database.dataCheck().repair(share -> { });

        assertThat(database.dataCheck().check(share -> { }).agrees()).isTrue();
        assertThat(contributions.summary(LocalDate.of(2020, 6, 1), 5).outstanding()).isEmpty();
        assertThat(contributions.summary(LocalDate.of(2021, 6, 1), 5).outstandingPledgeCount()).isZero();
        assertThat(database.fetchValue("SELECT closed_on FROM contribution WHERE reference = 'T-1'",
                LocalDate.class)).isEqualTo(LocalDate.of(2020, 5, 4));
    }

    /** Payments around the agreement date: some before it, some partial, some above what is left. */
    private void pay(Contribution pledge, int count) {
        Contribution current = pledge;
        for (int p = 0; p < count; p++) {
            LocalDate valueDate = pledge.agreementDate().plusDays(random.nextInt(500) - 60);
            if (valueDate.isAfter(TestDatabase.TODAY)) {
                valueDate = TestDatabase.TODAY;
            }
            BigDecimal amount = pledge.pledged().amount().multiply(BigDecimal.valueOf(10 + random.nextInt(60), 2))
                    .setScale(pledge.pledged().amount().scale(), java.math.RoundingMode.DOWN).max(BigDecimal.ONE);
            BigDecimal bank = current.pledged().isEuro() ? null : amount;
            current = contributions.addPayment(current.id(), current.version(), new PaymentDraft(valueDate, amount,
                    bank, ""), CONFIRMED);
        }
    }

    private List<Contribution> all() {
        List<Contribution> all = new ArrayList<>();
        contributions.forEach(ContributionQuery.all(), details -> all.add(details.contribution()));
        return all;
    }

    /** On many days, what the dashboard says is outstanding equals what the pledges and payments say. */
    private void assertLedgerAgrees(String after) {
        List<ContributionDetails> all = new ArrayList<>();
        contributions.forEach(ContributionQuery.all(), all::add);
        List<LocalDate> days = new ArrayList<>(List.of(LocalDate.of(2011, 12, 31), TestDatabase.TODAY));
        for (int i = 0; i < 12; i++) {
            ContributionDetails details = all.get(random.nextInt(all.size()));
            days.add(details.contribution().agreementDate());
            details.contribution().cancelledOn().ifPresent(days::add);
            details.payments().stream().findFirst().ifPresent(payment -> days.add(payment.valueDate().minusDays(1)));
            days.add(LocalDate.of(2012 + random.nextInt(14), 1 + random.nextInt(12), 1 + random.nextInt(28)));
        }
        for (LocalDate day : days) {
            List<OpenPledge> open = openOn(all, day);
            Map<String, BigDecimal> expected = new TreeMap<>();
            open.forEach(pledge -> expected.merge(pledge.currency(), pledge.left(), BigDecimal::add));
            MoneySummary summary = contributions.summary(day, 5);
            String as = after + ", as of " + day;

            Map<String, BigDecimal> shown = new TreeMap<>();
            summary.outstanding().forEach(money -> shown.put(money.currency(), money.amount()));
            assertThat(shown).as(as + ": outstanding by currency").usingComparatorForType(BigDecimal::compareTo,
                    BigDecimal.class).isEqualTo(expected);
            assertThat(summary.outstandingPledgeCount()).as(as + ": count").isEqualTo(open.size());
            assertThat(summary.outstandingPledges()).as(as + ": the oldest").extracting(OutstandingPledge::reference,
                    pledge -> pledge.outstanding().amount().stripTrailingZeros())
                    .containsExactlyElementsOf(open.stream().limit(ContributionService.OUTSTANDING_PLEDGES_NAMED)
                            .map(pledge -> org.assertj.core.groups.Tuple.tuple(pledge.reference(),
                                    pledge.left().stripTrailingZeros())).toList());
        }
        assertThat(database.dataCheck().check(share -> { }).differences()).as(after + ": check").isEmpty();
    }

    private record OpenPledge(LocalDate agreed, long id, String reference, String currency, BigDecimal left) {
    }

    /** The pledges outstanding on {@code day}, oldest first, worked out from each pledge and its payments. */
    private static List<OpenPledge> openOn(List<ContributionDetails> all, LocalDate day) {
        List<OpenPledge> open = new ArrayList<>();
        for (ContributionDetails details : all) {
            Contribution pledge = details.contribution();
            if (pledge.agreementDate().isAfter(day) || pledge.cancelledOn().filter(on -> !on.isAfter(day))
                    .isPresent()) {
                continue;
            }
            BigDecimal paid = details.payments().stream().filter(payment -> !payment.valueDate().isAfter(day))
                    .map(Payment::amount).map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal left = pledge.pledged().amount().subtract(paid);
            if (left.signum() > 0) {
                open.add(new OpenPledge(pledge.agreementDate(), pledge.id().value(), pledge.reference(),
                        pledge.pledged().currency(), left));
            }
        }
        open.sort(Comparator.comparing(OpenPledge::agreed).thenComparing(OpenPledge::id));
        return open;
    }
}

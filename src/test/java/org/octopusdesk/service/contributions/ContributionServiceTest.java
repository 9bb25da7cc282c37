package org.octopusdesk.service.contributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.contribution.AllocationBasis;
import org.octopusdesk.domain.contribution.AllocationDraft;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.ContributionDraft;
import org.octopusdesk.domain.contribution.ContributionStatus;
import org.octopusdesk.domain.contribution.Payment;
import org.octopusdesk.domain.contribution.PaymentDraft;
import org.octopusdesk.domain.contribution.PaymentWarning;
import org.octopusdesk.domain.money.Money;
import org.octopusdesk.domain.money.RateSource;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.ConcurrentEditException;
import org.octopusdesk.service.StillReferencedException;

/** Contributions on real H2 with the real migrations and the shipped ECB history. */
class ContributionServiceTest {

    @TempDir
    Path folder;
    private TestDatabase database;
    private ContributionService contributions;
    private ContributionFixture fixture;

    @BeforeEach
    void open() {
        database = TestDatabase.withRates(folder);
        contributions = database.contributions();
        fixture = new ContributionFixture(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Money cad(String amount) {
        return Money.of(new BigDecimal(amount), database.rates().currencies().require("CAD"));
    }

    @Test
    void canadasSplitPledgeIsReceivedAtTheEcbRateOfTheValueDate() {
        Contribution pledge = contributions.create(fixture.canadaSplit());
        assertThat(pledge.status()).isEqualTo(ContributionStatus.PLEDGED);
        assertThat(pledge.pledged()).isEqualTo(cad("250000.00"));
        assertThat(pledge.allocations()).extracting(allocation -> allocation.projectCode())
                .containsExactly("C@O", "OCTOPUS");
        assertThat(pledge.allocations()).allSatisfy(allocation -> assertThat(allocation.fraction()).isEmpty());

        Contribution received = contributions.addPayment(pledge.id(), pledge.version(),
                new PaymentDraft(LocalDate.of(2020, 10, 19), new BigDecimal("250000"), null, ""), Set.of());

        assertThat(received.status()).isEqualTo(ContributionStatus.RECEIVED);
        assertThat(received.receivedEuros()).isEqualTo(Money.euros(new BigDecimal("161051.34")));
        Payment payment = contributions.details(pledge.id()).payments().get(0);
        assertThat(payment.rate()).hasValueSatisfying(rate -> {
            assertThat(rate.unitsPerEuro()).isEqualByComparingTo("1.5523");
            assertThat(rate.date()).isEqualTo(LocalDate.of(2020, 10, 19));
            assertThat(rate.source()).isEqualTo(RateSource.ECB);
        });
        assertThat(payment.euros()).isEqualTo(Money.euros(new BigDecimal("161051.34")));
    }

    @Test
    void aWeekendPaymentTakesFridaysRateAndTheBankCreditWinsWhenKnown() {
        Contribution pledge = contributions.create(fixture.canadaSplit());
        Contribution first = contributions.addPayment(pledge.id(), pledge.version(),
                new PaymentDraft(LocalDate.of(2020, 10, 17), new BigDecimal("100000"), null, "Saturday"),
                Set.of(PaymentWarning.ADVANCE));
        Contribution second = contributions.addPayment(pledge.id(), first.version(),
                new PaymentDraft(LocalDate.of(2020, 11, 2), new BigDecimal("50000"), new BigDecimal("32000.00"),
                        "Bank statement 2 Nov"), Set.of());

        List<Payment> payments = contributions.details(pledge.id()).payments();
        assertThat(payments.get(0).rate().orElseThrow().date()).isEqualTo(LocalDate.of(2020, 10, 16));
        assertThat(payments.get(0).confirmedWarnings()).containsExactly(PaymentWarning.ADVANCE);
        assertThat(payments.get(1).confirmedWarnings()).isEmpty();
        assertThat(payments.get(1).rate().orElseThrow().source()).isEqualTo(RateSource.BANK_ACTUAL);
        assertThat(payments.get(1).euros()).isEqualTo(Money.euros(new BigDecimal("32000.00")));
        assertThat(second.status()).isEqualTo(ContributionStatus.PARTLY_RECEIVED);
        assertThat(second.outstanding()).isEqualTo(cad("100000.00"));
        assertThat(second.receivedEuros().amount())
                .isEqualByComparingTo(payments.get(0).euros().amount().add(new BigDecimal("32000.00")));
    }

    @Test
    void bankEurosFarFromTheEcbRateWaitForAConfirmationAndTheConfirmationIsKept() {
        Contribution pledge = contributions.create(fixture.canadaSplit());
        // Ten times the euros: a zero typed once too often. The ECB had CAD at 1.5427 that day.
        PaymentDraft tenTimes = new PaymentDraft(LocalDate.of(2020, 11, 2), new BigDecimal("50000"),
                new BigDecimal("320000.00"), "");

        assertThatThrownBy(() -> contributions.addPayment(pledge.id(), pledge.version(), tenTimes, Set.of()))
                .isInstanceOfSatisfying(PaymentWarningException.class, warned -> {
                    assertThat(warned.kinds()).containsExactly(PaymentWarning.BANK_RATE);
                    List<Object> shown = warned.found().get(0).arguments();
                    assertThat(shown.get(0)).isEqualTo(new BigDecimal("320000.00"));
                    assertThat((BigDecimal) shown.get(1)).isEqualByComparingTo("0.15625");
                    assertThat(shown.get(2)).isEqualTo("CAD");
                    assertThat(shown.get(4)).isEqualTo(LocalDate.of(2020, 11, 2));
                });
        assertThat(contributions.details(pledge.id()).payments()).isEmpty();

        Contribution confirmed = contributions.addPayment(pledge.id(), pledge.version(), tenTimes,
                Set.of(PaymentWarning.BANK_RATE));
        assertThat(contributions.details(confirmed.id()).payments()).singleElement().satisfies(payment ->
                assertThat(payment.confirmedWarnings()).containsExactly(PaymentWarning.BANK_RATE));
    }

    @Test
    void aPaymentOfTheSameDayAndAmountAsOneRecordedWaitsForAConfirmation() {
        Contribution pledge = contributions.create(fixture.pledge(fixture.japan, "JP-2", "2021-09-21", "40000",
                "EUR", AllocationDraft.whole(fixture.octopus.id())));
        PaymentDraft half = new PaymentDraft(LocalDate.of(2021, 10, 1), new BigDecimal("10000"), null, "");
        Contribution first = contributions.addPayment(pledge.id(), pledge.version(), half, Set.of());
        PaymentDraft otherDay = new PaymentDraft(LocalDate.of(2021, 10, 2), new BigDecimal("5000"), null, "");
        Contribution second = contributions.addPayment(pledge.id(), first.version(), otherDay, Set.of());

        assertThatThrownBy(() -> contributions.addPayment(pledge.id(), second.version(), half, Set.of()))
                .isInstanceOfSatisfying(PaymentWarningException.class, warned -> {
                    assertThat(warned.kinds()).containsExactly(PaymentWarning.REPEATED);
                    assertThat(warned.found().get(0).arguments()).containsExactly(new BigDecimal("10000.00"), "EUR",
                            LocalDate.of(2021, 10, 1));
                });
        assertThat(contributions.details(pledge.id()).payments()).hasSize(2);

        Contribution third = contributions.addPayment(pledge.id(), second.version(), new PaymentDraft(
                LocalDate.of(2021, 10, 1), new BigDecimal("5000"), null, ""), Set.of());
        assertThat(third.paymentCount()).as("the same day with another amount is ordinary").isEqualTo(3);
        Contribution confirmed = contributions.addPayment(pledge.id(), third.version(), otherDay,
                Set.of(PaymentWarning.REPEATED));
        assertThat(confirmed.paymentCount()).isEqualTo(4);
        assertThat(contributions.details(pledge.id()).payments()).filteredOn(payment -> !payment
                .confirmedWarnings().isEmpty()).singleElement().satisfies(payment -> assertThat(
                        payment.confirmedWarnings()).containsExactly(PaymentWarning.REPEATED));
    }

    @Test
    void aPaymentAboveWhatIsOutstandingWaitsForAConfirmation() {
        Contribution pledge = contributions.create(fixture.pledge(fixture.japan, "JP-1", "2021-09-21", "20000",
                "EUR", AllocationDraft.whole(fixture.octopus.id())));
        PaymentDraft tooMuch = new PaymentDraft(LocalDate.of(2021, 10, 1), new BigDecimal("20500"), null, "");

        assertThatThrownBy(() -> contributions.addPayment(pledge.id(), pledge.version(), tooMuch, Set.of()))
                .isInstanceOf(PaymentWarningException.class);
        assertThat(contributions.details(pledge.id()).payments()).isEmpty();

        Contribution confirmed = contributions.addPayment(pledge.id(), pledge.version(), tooMuch,
                Set.of(PaymentWarning.OVERPAYMENT));
        assertThat(confirmed.status()).isEqualTo(ContributionStatus.RECEIVED);
        assertThat(confirmed.outstanding().amount()).isZero();
        assertThat(confirmed.receivedEuros()).isEqualTo(Money.euros(new BigDecimal("20500.00")));

        // Overpaid and confirmed, the pledge may still be edited; lowered further, it is refused.
        Contribution renamed = contributions.update(confirmed.id(), confirmed.version(), fixture.pledge(
                fixture.japan, "JP-1 (voluntary)", "2021-09-21", "20000", "EUR",
                AllocationDraft.whole(fixture.octopus.id())));
        assertThat(renamed.reference()).isEqualTo("JP-1 (voluntary)");
        assertThatThrownBy(() -> contributions.update(renamed.id(), renamed.version(), fixture.pledge(
                fixture.japan, "JP-1", "2021-09-21", "15000", "EUR", AllocationDraft.whole(fixture.octopus.id()))))
                .isInstanceOfSatisfying(ValidationException.class, refused -> {
                    assertThat(refused.errors()).extracting(FieldError::field, FieldError::messageKey)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple(ContributionDraft.AMOUNT,
                                    "validation.contribution.belowReceived"));
                    FieldError error = refused.errors().get(0);
                    assertThat(org.octopusdesk.i18n.Messages.forLanguage("en").text(error.messageKey(),
                            error.arguments().toArray())).startsWith("Less than the EUR 20,500.00 already received");
                });
    }

    @Test
    void aSuspendedCurrencyIsAnErrorNamingTheLastRateUntilAManualRateIsEntered() {
        Contribution pledge = contributions.create(fixture.pledge(fixture.japan, "RU-1", "2022-01-10", "1000000",
                "RUB"));
        PaymentDraft june = new PaymentDraft(LocalDate.of(2022, 6, 1), new BigDecimal("1000000"), null, "");

        assertThatThrownBy(() -> contributions.addPayment(pledge.id(), pledge.version(), june, Set.of()))
                .isInstanceOfSatisfying(ValidationException.class, invalid -> {
                    FieldError error = invalid.errorFor(PaymentDraft.VALUE_DATE).orElseThrow();
                    assertThat(error.messageKey()).isEqualTo("error.rate.gap");
                    assertThat(error.arguments()).contains(LocalDate.of(2022, 3, 1));
                });

        database.rates().addManual("RUB", LocalDate.of(2022, 6, 1), new BigDecimal("66.50"), "Bank quote",
                "confirmed: far from the last ECB rate");
        Contribution paid = contributions.addPayment(pledge.id(), pledge.version(), june, Set.of());
        Payment payment = contributions.details(paid.id()).payments().get(0);
        assertThat(payment.rate().orElseThrow().source()).isEqualTo(RateSource.MANUAL);
        assertThat(payment.euros()).isEqualTo(Money.euros(new BigDecimal("15037.59")));
    }

    @Test
    void aPaymentCannotBeReceivedInTheFuture() {
        Contribution pledge = contributions.create(fixture.pledge(fixture.japan, "JP-1", "2026-01-10", "20000",
                "EUR"));

        assertThatThrownBy(() -> contributions.addPayment(pledge.id(), pledge.version(),
                new PaymentDraft(TestDatabase.TODAY.plusDays(1), new BigDecimal("100"), null, ""), Set.of()))
                .isInstanceOfSatisfying(ValidationException.class, invalid -> assertThat(
                        invalid.errorFor(PaymentDraft.VALUE_DATE).orElseThrow().messageKey())
                        .isEqualTo("validation.payment.future"));
        assertThat(contributions.addPayment(pledge.id(), pledge.version(),
                new PaymentDraft(TestDatabase.TODAY, new BigDecimal("100"), null, ""), Set.of()).paymentCount())
                .isEqualTo(1);
    }

    @Test
    void aPaymentIsNeverConvertedAgainWhenRatesAreAddedLater() throws Exception {
        Contribution pledge = contributions.create(fixture.pledge(fixture.unitedKingdom, "UK-1", "2023-03-04",
                "200000", "GBP"));
        LocalDate saturday = LocalDate.of(2023, 3, 4);
        // Saturday: converted at Friday's rate.
        contributions.addPayment(pledge.id(), pledge.version(),
                new PaymentDraft(saturday, new BigDecimal("100000"), null, ""), Set.of());
        Payment before = contributions.details(pledge.id()).payments().get(0);

        // An ECB rate for the Saturday itself arrives later: the rule would now pick it, and it differs.
        database.rates().importFile(java.nio.file.Files.writeString(folder.resolve("late.csv"),
                "Date,GBP,\n2023-03-04,0.5,\n"), share -> { });
        Contribution afterImport = contributions.details(pledge.id()).contribution();
        // The same day and amount as the first: a second instalment, confirmed as such.
        contributions.addPayment(pledge.id(), afterImport.version(),
                new PaymentDraft(saturday, new BigDecimal("100000"), null, ""), Set.of(PaymentWarning.REPEATED));

        List<Payment> payments = contributions.details(pledge.id()).payments();
        assertThat(before.rate().orElseThrow().date()).isEqualTo(LocalDate.of(2023, 3, 3));
        assertThat(payments.get(1).rate().orElseThrow().unitsPerEuro()).isEqualByComparingTo("0.5");
        assertThat(payments.get(0)).isEqualTo(before);
        assertThat(contributions.details(pledge.id()).contribution().receivedEuros())
                .isEqualTo(before.euros().plus(Money.euros(new BigDecimal("200000.00"))));
    }

    @Test
    void amountsFollowTheirCurrencysMinorUnitAndEarmarksTheirRules() {
        ContributionDraft yen = fixture.pledge(fixture.japan, "JP-YEN", "2021-01-10", "1000.5", "JPY");
        ContributionDraft unknown = fixture.pledge(fixture.japan, "X-1", "2021-01-10", "10", "XYZ");
        ContributionDraft overShared = fixture.pledge(fixture.japan, "X-2", "2021-01-10", "10", "EUR",
                new AllocationDraft(fixture.octopus.id(), AllocationBasis.SHARE, new BigDecimal("60"), ""),
                new AllocationDraft(fixture.cybercrimeAtOctopus.id(), AllocationBasis.SHARE, new BigDecimal("50"), ""));
        ContributionDraft mixed = fixture.pledge(fixture.japan, "X-3", "2021-01-10", "10", "EUR",
                new AllocationDraft(fixture.octopus.id(), AllocationBasis.SHARE, new BigDecimal("60"), ""),
                new AllocationDraft(fixture.cybercrimeAtOctopus.id(), AllocationBasis.UNDISCLOSED, null, ""));

        assertThat(errorKeys(yen)).containsExactly("validation.money.tooManyDecimalsFor");
        assertThat(errorKeys(unknown)).containsExactly("validation.currency.unknown");
        assertThat(errorKeys(overShared)).containsExactly("validation.allocation.sharesExceed");
        assertThat(errorKeys(mixed)).containsExactly("validation.allocation.mixedBasis");
        assertThat(contributions.page(ContributionQuery.all(), 0, 10).total()).isZero();
    }

    private List<String> errorKeys(ContributionDraft draft) {
        try {
            contributions.create(draft);
            throw new AssertionError("accepted " + draft);
        } catch (ValidationException invalid) {
            return invalid.errors().stream().map(FieldError::messageKey).toList();
        }
    }

    @Test
    void theSecondOfTwoEditsIsRefusedAndTheFirstKept() {
        Contribution pledge = contributions.create(fixture.canadaSplit());
        ContributionDraft first = fixture.pledge(fixture.canada, "CA-2020-1", "2020-10-19", "260000", "CAD");
        ContributionDraft second = fixture.pledge(fixture.canada, "CA-2020-1", "2020-10-20", "250000", "CAD");

        contributions.update(pledge.id(), pledge.version(), first);
        assertThatThrownBy(() -> contributions.update(pledge.id(), pledge.version(), second))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> contributions.addPayment(pledge.id(), pledge.version(),
                new PaymentDraft(LocalDate.of(2020, 10, 19), BigDecimal.TEN, null, ""), Set.of()))
                .isInstanceOf(ConcurrentEditException.class);

        Contribution stored = contributions.details(pledge.id()).contribution();
        assertThat(stored.pledged().amount()).isEqualByComparingTo("260000");
        assertThat(stored.allocations()).isEmpty();
        assertThat(stored.version()).isEqualTo(pledge.version() + 1);
    }

    @Test
    void aCancelledPledgeKeepsItsPaymentsTakesNoMoreAndCannotBeDeleted() {
        Contribution pledge = contributions.create(fixture.canadaSplit());
        Contribution part = contributions.addPayment(pledge.id(), pledge.version(),
                new PaymentDraft(LocalDate.of(2020, 10, 19), new BigDecimal("100000"), null, ""), Set.of());

        assertThatThrownBy(() -> contributions.cancel(part.id(), part.version(), LocalDate.of(2021, 1, 5), " "))
                .isInstanceOf(ValidationException.class);
        Contribution cancelled = contributions.cancel(part.id(), part.version(), LocalDate.of(2021, 1, 5),
                "Budget cut");

        assertThat(cancelled.status()).isEqualTo(ContributionStatus.CANCELLED);
        assertThat(cancelled.outstanding().amount()).isZero();
        assertThat(cancelled.paid().amount()).isEqualByComparingTo("100000");
        assertThatThrownBy(() -> contributions.addPayment(cancelled.id(), cancelled.version(),
                new PaymentDraft(LocalDate.of(2021, 2, 1), BigDecimal.TEN, null, ""),
                EnumSet.allOf(PaymentWarning.class)))
                .isInstanceOf(DomainException.class).hasMessage("error.contribution.cancelled");
        assertThatThrownBy(() -> contributions.delete(cancelled.id(), cancelled.version()))
                .hasMessage("error.contribution.hasPayments");
        assertThatThrownBy(() -> database.donors().delete(fixture.canada.id(), fixture.canada.version()))
                .isInstanceOf(StillReferencedException.class);
        assertThatThrownBy(() -> database.projects().delete(fixture.octopus.id(), fixture.octopus.version()))
                .isInstanceOf(StillReferencedException.class);
    }

    @Test
    void everyChangeOfAContributionAndItsPaymentsIsAudited() {
        Contribution pledge = contributions.create(fixture.canadaSplit());
        Contribution paid = contributions.addPayment(pledge.id(), pledge.version(),
                new PaymentDraft(LocalDate.of(2020, 10, 19), new BigDecimal("250000"), null, ""), Set.of());
        Payment payment = contributions.details(pledge.id()).payments().get(0);
        contributions.removePayment(paid.id(), paid.version(), payment.id());

        List<AuditEntry> history = contributions.history(pledge.id());
        assertThat(history).extracting(AuditEntry::recordType, AuditEntry::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CONTRIBUTION", AuditEntry.Action.CREATE),
                org.assertj.core.groups.Tuple.tuple("PAYMENT", AuditEntry.Action.CREATE),
                org.assertj.core.groups.Tuple.tuple("PAYMENT", AuditEntry.Action.DELETE));
        assertThat(history.get(1).newValues()).contains("payment.rate: 1.5523")
                .contains("payment.euros: EUR 161051.34");
        assertThat(history).allSatisfy(entry -> assertThat(entry.actor()).isEqualTo(TestDatabase.ACTOR));
        Contribution after = contributions.details(pledge.id()).contribution();
        assertThat(after.status()).isEqualTo(ContributionStatus.PLEDGED);
        assertThat(after.receivedEuros().amount()).isZero();
        // The yearly receipts the dashboard reads forget the removed payment too.
        assertThat(contributions.summary(LocalDate.of(2021, 12, 31), 5).allTime().total()).isZero();
        assertThat(contributions.summary(LocalDate.of(2020, 12, 31), 5).byYear()).isEmpty();
    }

    @Test
    void donorTotalsKeepCurrenciesApartAndEstimateWhatIsOutstanding() {
        Contribution cad = contributions.create(fixture.canadaSplit());
        contributions.addPayment(cad.id(), cad.version(),
                new PaymentDraft(LocalDate.of(2020, 10, 19), new BigDecimal("150000"), null, ""), Set.of());
        contributions.create(fixture.pledge(fixture.canada, "CA-EUR", "2021-03-01", "10000", "EUR"));

        DonorTotals totals = contributions.donorTotals(fixture.canada.id(), LocalDate.of(2021, 3, 1));

        assertThat(totals.byCurrency()).extracting(CurrencyTotals::currency).containsExactly("CAD", "EUR");
        CurrencyTotals inCad = totals.byCurrency().get(0);
        assertThat(inCad.pledged()).isEqualByComparingTo("250000");
        assertThat(inCad.paid()).isEqualByComparingTo("150000");
        assertThat(inCad.outstanding()).isEqualByComparingTo("100000");
        assertThat(totals.receivedEuros()).isEqualByComparingTo("96630.81"); // 150,000 / 1.5523
        // CAD 100,000 at the ECB rate of 1 March 2021 (1.5274) plus EUR 10,000.
        assertThat(totals.outstandingEuros().euros()).isEqualByComparingTo("75470.73");
        assertThat(totals.outstandingEuros().complete()).isTrue();
        assertThat(totals.outstandingEuros().exact()).as("CAD at a rate: an estimate").isFalse();
        assertThat(totals.outstandingEuros().usesOlderRates()).isFalse();
        // The shipped history ends on 13 April 2026: an estimate for today uses those rates and says so.
        EuroEstimate today = contributions.donorTotals(fixture.canada.id(), TestDatabase.TODAY).outstandingEuros();
        assertThat(today.ratesFrom()).isEqualTo(LocalDate.of(2026, 4, 13));
        assertThat(today.usesOlderRates()).isTrue();
        assertThat(today.euros()).isPositive();
        assertThat(totals.contributions()).isEqualTo(2);
        // A donor whose open pledges are all in euros expects that many euros: no rate, no estimate.
        contributions.create(fixture.pledge(fixture.japan, "JP-EUR", "2021-03-01", "50000", "EUR"));
        EuroEstimate inEuros = contributions.donorTotals(fixture.japan.id(), LocalDate.of(2021, 3, 1))
                .outstandingEuros();
        assertThat(inEuros.exact()).isTrue();
        assertThat(inEuros.euros()).isEqualByComparingTo("50000");
    }

    @Test
    void whatIsOutstandingOnADateCountsOnlyWhatWasAgreedPaidAndCancelledByThen() {
        Contribution pledge = contributions.create(fixture.pledge(fixture.canada, "CA-2021", "2021-03-01", "250000",
                "CAD"));
        Contribution part = contributions.addPayment(pledge.id(), pledge.version(),
                new PaymentDraft(LocalDate.of(2021, 6, 1), new BigDecimal("150000"), null, ""), Set.of());
        contributions.cancel(part.id(), part.version(), LocalDate.of(2021, 8, 1), "Programme closed");

        assertThat(outstandingOn("2021-02-01")).isEmpty();
        assertThat(outstandingOn("2021-04-01")).containsExactly("CAD 250000.00");
        assertThat(outstandingOn("2021-07-15")).containsExactly("CAD 100000.00");
        assertThat(outstandingOn("2021-09-01")).isEmpty();
        // The dashboard names each pledge behind those sums, with what it still expected that day.
        MoneySummary july = contributions.summary(LocalDate.of(2021, 7, 15), 5);
        assertThat(july.outstandingPledges()).extracting(OutstandingPledge::reference, OutstandingPledge::donorName,
                pledged -> pledged.outstanding().toString()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CA-2021", "Canada", "CAD 100000.00"));
        assertThat(july.outstandingPledgeCount()).isEqualTo(1);
        assertThat(contributions.summary(LocalDate.of(2021, 4, 1), 5).outstandingPledges())
                .extracting(pledged -> pledged.outstanding().toString()).containsExactly("CAD 250000.00");
        assertThat(contributions.summary(LocalDate.of(2021, 9, 1), 5).outstandingPledgeCount()).isZero();
        // CAD 250,000 at the ECB rate of 1 April 2021 (1.4787), an estimate.
        assertThat(contributions.summary(LocalDate.of(2021, 4, 1), 5).outstandingEuros().euros())
                .isEqualByComparingTo("169067.42");
    }

    private List<String> outstandingOn(String date) {
        return contributions.summary(LocalDate.parse(date), 5).outstanding().stream().map(Money::toString).toList();
    }

    @Test
    void receiptsByProjectApplySharesAndKeepUndisclosedSplitsApart() {
        Contribution canada = contributions.create(fixture.canadaSplit());
        contributions.addPayment(canada.id(), canada.version(),
                new PaymentDraft(LocalDate.of(2020, 10, 19), new BigDecimal("250000"), null, ""), Set.of());
        Contribution japan = contributions.create(fixture.pledge(fixture.japan, "JP-1", "2021-05-04", "150000", "EUR",
                new AllocationDraft(fixture.octopus.id(), AllocationBasis.SHARE, new BigDecimal("60"), "")));
        contributions.addPayment(japan.id(), japan.version(),
                new PaymentDraft(LocalDate.of(2021, 5, 4), new BigDecimal("150000"), null, ""), Set.of());
        Contribution uk = contributions.create(fixture.pledge(fixture.unitedKingdom, "UK-1", "2021-06-01", "1000",
                "EUR"));
        contributions.addPayment(uk.id(), uk.version(),
                new PaymentDraft(LocalDate.of(2021, 6, 1), new BigDecimal("1000"), null, ""), Set.of());

        MoneySummary summary = contributions.summary(LocalDate.of(2021, 12, 31), 5);

        Receipts all = summary.allTime();
        assertThat(all.byProject()).extracting(Receipts.ByProject::code, Receipts.ByProject::euros)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("OCTOPUS", new BigDecimal("90000.00")));
        assertThat(all.undisclosedSplit()).isEqualByComparingTo("161051.34");
        assertThat(all.notEarmarked()).isEqualByComparingTo("61000.00"); // 40 % of Japan's, and the UK's
        assertThat(all.total()).isEqualByComparingTo("312051.34");
        assertThat(summary.thisYear().total()).isEqualByComparingTo("151000.00");
        assertThat(summary.topDonors()).extracting(Receipts.ByDonor::name)
                .containsExactly("Canada", "Japan", "United Kingdom (FCDO)");
        assertThat(summary.byYear()).extracting(Receipts.ByYearAndDonor::year).containsExactly(2020, 2021, 2021);
    }

    @Test
    void theListFiltersSortsAndPagesInTheDatabase() {
        contributions.create(fixture.canadaSplit());
        contributions.create(fixture.pledge(fixture.japan, "JP-1", "2021-05-04", "150000", "EUR",
                AllocationDraft.whole(fixture.octopus.id())));
        contributions.create(fixture.pledge(fixture.japan, "JP-2", "2021-09-21", "40000", "EUR",
                AllocationDraft.whole(fixture.octopus.id())));
        contributions.create(fixture.pledge(fixture.unitedKingdom, "UK-1", "2023-03-06", "100000", "GBP"));

        ContributionQuery all = ContributionQuery.all();
        assertThat(contributions.page(all, 0, 2).rows()).extracting(Contribution::reference)
                .containsExactly("UK-1", "JP-2");
        ContributionPage last = contributions.page(all, 2, 2);
        assertThat(last.rows()).extracting(Contribution::reference).containsExactly("JP-1", "CA-2020-1");
        assertThat(last.total()).isEqualTo(4);
        assertThat(contributions.page(all, 40, 2).offset()).isEqualTo(2);
        assertThat(refs(all.withProject(fixture.octopus.id()))).containsExactly("JP-2", "JP-1", "CA-2020-1");
        assertThat(refs(all.withProject(fixture.cybercrimeAtOctopus.id()))).containsExactly("CA-2020-1");
        assertThat(refs(all.withYear(2021))).containsExactly("JP-2", "JP-1");
        assertThat(refs(all.withCurrency("GBP"))).containsExactly("UK-1");
        assertThat(refs(all.withDonor(fixture.japan.id()).withStatus(ContributionStatus.PLEDGED)))
                .containsExactly("JP-2", "JP-1");
        assertThat(refs(all.sortedBy(ContributionQuery.Sort.AMOUNT, true)))
                .containsExactly("JP-2", "UK-1", "JP-1", "CA-2020-1");
        assertThat(refs(all.sortedBy(ContributionQuery.Sort.DONOR, true)).get(0)).isEqualTo("CA-2020-1");
        assertThat(contributions.currencies()).containsExactly("CAD", "EUR", "GBP");
        assertThat(contributions.years()).containsExactly(2023, 2021, 2020);
    }

    private List<String> refs(ContributionQuery query) {
        return contributions.page(query, 0, 50).rows().stream().map(Contribution::reference).toList();
    }
}

package org.octopusdesk.service.contributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.contribution.AllocationBasis;
import org.octopusdesk.domain.contribution.AllocationDraft;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.ContributionDraft;
import org.octopusdesk.domain.contribution.Payment;
import org.octopusdesk.domain.contribution.PaymentDraft;
import org.octopusdesk.domain.contribution.PaymentWarning;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.domain.money.RateSource;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.persistence.TestDatabase;

/**
 * An export imported into a new database gives back the same contributions and payments, field for field: the
 * file's conversions are kept (checked against the ECB rates, manual rates brought with their notes), never made
 * again with the new database's rates, and what people confirmed comes along.
 */
class ContributionRoundTripTest {

    private static final List<String> CURRENCIES = List.of("EUR", "CAD", "GBP", "JPY", "USD", "CHF", "RUB");
    private static final LocalDate LAST_ECB_DAY = LocalDate.of(2026, 4, 10);
    private static final LocalDate RUB_SUSPENDED = LocalDate.of(2022, 3, 2);

    @TempDir
    Path folder;

    @Test
    void theSampleComesBackFieldForField() {
        try (TestDatabase source = TestDatabase.withRates(folder.resolve("a"));
                TestDatabase target = TestDatabase.withRates(folder.resolve("b"))) {
            source.sampleData().load();
            copyProjectsAndDonors(source, target);

            String exported = export(source);
            target.contributionFiles().importText(exported, false);

            assertSameContributions(source, target);
            assertThat(export(target)).isEqualTo(exported);
        }
    }

    @Test
    void aRandomHistoryComesBackFieldForFieldWithoutConvertingAgain() throws Exception {
        try (TestDatabase source = TestDatabase.withRates(folder.resolve("a"));
                TestDatabase target = TestDatabase.withRates(folder.resolve("b"))) {
            List<Payment> weekendEcb = randomHistory(source, new ContributionFixture(source), new Random(20261201));
            new ContributionFixture(target);
            // A publication the target has and the source had not when it converted: converting again would use it.
            Payment saturday = weekendEcb.get(0);
            target.rates().importFile(Files.writeString(folder.resolve("late.csv"), "Date,"
                    + saturday.amount().currency() + ",\n" + saturday.valueDate() + ",1.23456,\n"), share -> { });

            String exported = export(source);
            ContributionImportReport report = target.contributionFiles().importText(exported, false);

            assertThat(report.warnings()).as("confirmations travel with the payments").isEmpty();
            assertSameContributions(source, target);
            assertThat(manualRates(target)).isEqualTo(manualRates(source)).isNotEmpty();
            assertThat(export(target)).isEqualTo(exported);
            assertThat(target.rates().paymentRate(saturday.amount().currency(), saturday.valueDate()).date())
                    .isEqualTo(saturday.valueDate());
        }
    }

    @Test
    void aConversionThatDisagreesWithTheRatesHereRefusesItsLine() throws Exception {
        try (TestDatabase source = TestDatabase.withRates(folder.resolve("a"));
                TestDatabase target = TestDatabase.withRates(folder.resolve("b"))) {
            ContributionFixture fixture = new ContributionFixture(source);
            Contribution canada = source.contributions().create(fixture.canadaSplit());
            source.contributions().addPayment(canada.id(), canada.version(), new PaymentDraft(
                    LocalDate.of(2020, 10, 19), new BigDecimal("250000"), null, ""), EnumSet.noneOf(
                    PaymentWarning.class));
            Contribution russia = source.contributions().create(fixture.pledge(fixture.japan, "RU-1", "2022-05-01",
                    "1000000", "RUB"));
            source.rates().addManual("RUB", LocalDate.of(2022, 6, 1), new BigDecimal("66.5"), "Bank quote",
                    "confirmed although far from the last ECB rate");
            source.contributions().addPayment(russia.id(), russia.version(), new PaymentDraft(
                    LocalDate.of(2022, 6, 1), new BigDecimal("665000"), null, ""), EnumSet.noneOf(
                    PaymentWarning.class));
            new ContributionFixture(target);
            String exported = export(source);
            String tampered = exported.replace(",1.5523,2020-10-19,ECB", ",1.5524,2020-10-19,ECB");
            target.rates().addManual("RUB", LocalDate.of(2022, 6, 1), new BigDecimal("66.4"), "Another quote",
                    "confirmed");

            assertThatThrownBy(() -> target.contributionFiles().importText(tampered, true))
                    .isInstanceOfSatisfying(ContributionImportException.class, refused -> assertThat(
                            refused.report().errors()).extracting(ImportProblem::line, ImportProblem::column,
                            ImportProblem::messageKey).containsExactly(
                                    tuple(5, ContributionCsv.RATE, "error.conversionImport.ecbDiffers"),
                                    tuple(7, ContributionCsv.RATE, "error.conversionImport.manualDiffers")));
            assertThat(target.contributions().findByReference("CA-2020-1")).isEmpty();
        }
    }

    @Test
    void aManualRateUnknownHereIsCreatedWithItsNoteAndAudited() {
        try (TestDatabase source = TestDatabase.withRates(folder.resolve("a"));
                TestDatabase target = TestDatabase.withRates(folder.resolve("b"))) {
            ContributionFixture fixture = new ContributionFixture(source);
            Contribution russia = source.contributions().create(fixture.pledge(fixture.japan, "RU-1", "2022-05-01",
                    "1000000", "RUB"));
            ExchangeRate manual = source.rates().addManual("RUB", LocalDate.of(2022, 6, 1), new BigDecimal("66.5"),
                    "Bank quote", "confirmed although far from the last ECB rate");
            source.contributions().addPayment(russia.id(), russia.version(), new PaymentDraft(
                    LocalDate.of(2022, 6, 3), new BigDecimal("665000"), null, ""), EnumSet.noneOf(
                    PaymentWarning.class));
            new ContributionFixture(target);

            target.contributionFiles().importText(export(source), false);

            assertThat(target.rates().manualRate("RUB", LocalDate.of(2022, 6, 1))).contains(manual);
            AuditEntry created = target.rates().auditTrail(5).get(0);
            assertThat(created.recordKey()).isEqualTo("RUB 2022-06-01 MANUAL");
            assertThat(created.newValues()).contains("rates.column.note: " + manual.note(),
                    "audit.rates.origin: audit.rates.origin.contributionFile");
            assertSameContributions(source, target);
        }
    }

    /** Pledges in seven currencies, paid in parts, early, late, too much, by bank credit and at manual rates. */
    private static List<Payment> randomHistory(TestDatabase database, ContributionFixture fixture, Random random) {
        List<Donor> donors = List.of(fixture.canada, fixture.japan, fixture.unitedKingdom);
        List<Project> projects = List.of(fixture.cybercrimeAtOctopus, fixture.octopus);
        ContributionService contributions = database.contributions();
        for (int i = 0; i < 60; i++) {
            String currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
            LocalDate agreed = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(3700));
            BigDecimal pledged = BigDecimal.valueOf(1000 + random.nextInt(500_000));
            List<AllocationDraft> allocations = switch (random.nextInt(3)) {
                case 0 -> List.of();
                case 1 -> List.of(AllocationDraft.whole(projects.get(random.nextInt(2)).id()));
                default -> List.of(new AllocationDraft(projects.get(0).id(), AllocationBasis.UNDISCLOSED, null, ""),
                        new AllocationDraft(projects.get(1).id(), AllocationBasis.UNDISCLOSED, null, "split"));
            };
            Contribution pledge = contributions.create(new ContributionDraft(donors.get(random.nextInt(3)).id(),
                    "R-" + i, agreed, pledged, currency, i % 7 == 0 ? "Intermediary " + i : "", "Pledge " + i,
                    allocations));
            int payments = random.nextInt(4);
            for (int p = 0; p < payments; p++) {
                LocalDate paid = agreed.plusDays(random.nextInt(220) - 20);
                if (paid.isAfter(LAST_ECB_DAY)) {
                    continue;
                }
                BigDecimal amount = pledged.multiply(BigDecimal.valueOf(5 + random.nextInt(55)))
                        .divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN).max(BigDecimal.ONE);
                BigDecimal bank = !currency.equals("EUR") && random.nextInt(4) == 0
                        ? amount.multiply(new BigDecimal("0.61")).setScale(2, RoundingMode.HALF_UP) : null;
                if (currency.equals("RUB") && bank == null && !paid.isBefore(RUB_SUSPENDED)
                        && database.rates().manualRate("RUB", paid).isEmpty()) {
                    database.rates().addManual("RUB", paid, new BigDecimal("60").add(BigDecimal.valueOf(
                            random.nextInt(4000), 2)), "Bank quote " + paid, "confirmed far from the ECB rate");
                }
                Contribution current = contributions.details(pledge.id()).contribution();
                contributions.addPayment(pledge.id(), current.version(), new PaymentDraft(paid, amount, bank,
                        "Payment " + p), EnumSet.allOf(PaymentWarning.class));
            }
            Contribution current = contributions.details(pledge.id()).contribution();
            if (random.nextInt(8) == 0 && current.status().isOpen()) {
                contributions.cancel(pledge.id(), current.version(), agreed.plusDays(300), "Project ended");
            }
        }
        List<Payment> weekendEcb = new ArrayList<>();
        contributions.forEach(ContributionQuery.all(), details -> details.payments().stream()
                .filter(payment -> payment.rate().filter(rate -> rate.source() == RateSource.ECB).isPresent())
                .filter(payment -> payment.valueDate().getDayOfWeek() == DayOfWeek.SATURDAY)
                .forEach(weekendEcb::add));
        assertThat(weekendEcb).isNotEmpty();
        return weekendEcb;
    }

    private static void copyProjectsAndDonors(TestDatabase from, TestDatabase to) {
        from.projects().list().stream().sorted(Comparator.comparing(project -> project.id().value()))
                .forEach(project -> to.projects().create(project.toDraft()));
        from.donors().list().stream().sorted(Comparator.comparing(donor -> donor.id().value()))
                .forEach(donor -> to.donors().create(donor.toDraft()));
    }

    private static String export(TestDatabase database) {
        StringWriter out = new StringWriter();
        database.contributionFiles().export(ContributionQuery.all().sortedBy(ContributionQuery.Sort.AGREEMENT_DATE,
                true), out);
        return out.toString();
    }

    /** Every field of every contribution and payment, but the ids and versions a new database gives. */
    private static void assertSameContributions(TestDatabase source, TestDatabase target) {
        Map<String, ContributionDetails> expected = all(source);
        Map<String, ContributionDetails> actual = all(target);
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((reference, details) -> {
            assertThat(comparable(actual.get(reference).contribution())).as(reference)
                    .isEqualTo(comparable(details.contribution()));
            assertThat(actual.get(reference).payments().stream().map(ContributionRoundTripTest::comparable)
                    .toList()).as(reference).isEqualTo(details.payments().stream()
                    .map(ContributionRoundTripTest::comparable).toList());
        });
        int payments = expected.values().stream().mapToInt(details -> details.payments().size()).sum();
        assertThat(payments).isPositive();
    }

    private static Map<String, ContributionDetails> all(TestDatabase database) {
        Map<String, ContributionDetails> all = new LinkedHashMap<>();
        database.contributions().forEach(ContributionQuery.all().sortedBy(ContributionQuery.Sort.AGREEMENT_DATE, true),
                details -> all.put(details.contribution().reference(), details));
        return all;
    }

    private static Contribution comparable(Contribution c) {
        return new Contribution(null, c.reference(), c.donorId(), c.donorName(), c.agreementDate(), c.pledged(),
                c.intermediary(), c.notes(), c.cancelledOn(), c.cancelReason(), c.paid(), c.receivedEuros(),
                c.paymentCount(), c.status(), c.allocations(), 0);
    }

    private static Payment comparable(Payment p) {
        return new Payment(null, p.valueDate(), p.amount(), p.rate(), p.euros(), p.note(), p.confirmedWarnings());
    }

    private static List<ExchangeRate> manualRates(TestDatabase database) {
        return database.rates().history("RUB").stream().filter(rate -> rate.source() == RateSource.MANUAL).toList();
    }
}

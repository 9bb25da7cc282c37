package org.octopusdesk.service.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.persistence.TestDatabase;

/** The check finds figures changed behind the services' back, and the repair rebuilds them from the payments. */
class DataCheckTest {

    @TempDir
    Path folder;
    private TestDatabase database;
    private DataCheck check;

    @BeforeEach
    void loadTheSample() {
        database = TestDatabase.withRates(folder);
        database.sampleData().load();
        check = database.dataCheck();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theSampleAgreesWithItsPayments() {
        List<Double> progress = new ArrayList<>();
        CheckReport report = check.check(progress::add);

        assertThat(report.agrees()).isTrue();
        assertThat(report.differences()).isEmpty();
        assertThat(report.contributions()).isEqualTo(9);
        assertThat(report.payments()).isEqualTo(9);
        assertThat(report.summaryRows()).isPositive();
        assertThat(progress).first().isEqualTo(0.0);
        assertThat(progress).last().isEqualTo(1.0);
    }

    @Test
    void aCorruptedSummaryRowAndContributionTotalAreNamedThenRepaired() {
        String reference = database.fetchValue("SELECT reference FROM contribution ORDER BY id LIMIT 1",
                String.class);
        BigDecimal received = database.fetchValue("SELECT received_eur FROM contribution WHERE reference = ?",
                BigDecimal.class, reference);
        Integer year = database.fetchValue("SELECT MIN(receipt_year) FROM receipt_by_donor", Integer.class);
        Long donor = database.fetchValue("SELECT MIN(donor_id) FROM receipt_by_donor WHERE receipt_year = ?",
                Long.class, year);
        BigDecimal donorYear = database.fetchValue("SELECT received_eur FROM receipt_by_donor "
                + "WHERE receipt_year = ? AND donor_id = ?", BigDecimal.class, year, donor);
        database.execute("UPDATE contribution SET received_eur = received_eur + 100 WHERE reference = ?",
                reference);
        database.execute("UPDATE receipt_by_donor SET received_eur = received_eur - 0.01 WHERE receipt_year = ? "
                + "AND donor_id = ?", year, donor);

        CheckReport found = check.check(fraction -> { });

        assertThat(found.agrees()).isFalse();
        assertThat(found.differenceCount()).isEqualTo(2);
        assertThat(found.differences()).anySatisfy(difference -> {
            assertThat(difference.subject()).isEqualTo(Difference.Subject.CONTRIBUTION);
            assertThat(difference.names()).containsExactly(reference);
            assertThat(difference.field()).isEqualTo(Difference.Field.RECEIVED_EUROS);
            assertThat(new BigDecimal(difference.stored())).isEqualByComparingTo(received.add(BigDecimal.valueOf(100)));
            assertThat(new BigDecimal(difference.recomputed())).isEqualByComparingTo(received);
        });
        assertThat(found.differences()).anySatisfy(difference -> {
            assertThat(difference.subject()).isEqualTo(Difference.Subject.SUMMARY_BY_DONOR);
            assertThat(difference.names()).first().isEqualTo(String.valueOf(year));
            assertThat(new BigDecimal(difference.recomputed())).isEqualByComparingTo(donorYear);
        });
        assertThat(database.fetchValue("SELECT received_eur FROM contribution WHERE reference = ?",
                BigDecimal.class, reference)).as("a check changes nothing")
                .isEqualByComparingTo(received.add(BigDecimal.valueOf(100)));

        CheckReport repaired = check.repair(fraction -> { });

        assertThat(repaired.repaired()).isTrue();
        assertThat(repaired.differenceCount()).isEqualTo(2);
        assertThat(check.check(fraction -> { }).agrees()).isTrue();
        assertThat(database.fetchValue("SELECT received_eur FROM contribution WHERE reference = ?",
                BigDecimal.class, reference)).isEqualByComparingTo(received);
        assertThat(database.fetchValue("SELECT received_eur FROM receipt_by_donor WHERE receipt_year = ? "
                + "AND donor_id = ?", BigDecimal.class, year, donor)).isEqualByComparingTo(donorYear);
    }

    @Test
    void theDonorsNameKeptOnEachPledgeFollowsARenameAndIsRepairedWhenChangedBehindTheServices() {
        var donor = database.donors().get(new org.octopusdesk.domain.donor.DonorId(database.fetchValue(
                "SELECT MIN(donor_id) FROM contribution", Long.class)));
        database.donors().update(donor.id(), donor.version(), new org.octopusdesk.domain.donor.DonorDraft(
                "Renamed donor", donor.kind(), donor.country(), donor.contactNotes()));
        assertThat(database.fetchValue("SELECT COUNT(*) FROM contribution WHERE donor_id = ? AND donor_name = ?",
                Integer.class, donor.id().value(), "Renamed donor")).as("renamed in the same transaction")
                .isPositive();
        assertThat(check.check(fraction -> { }).agrees()).isTrue();
        String reference = database.fetchValue("SELECT MIN(reference) FROM contribution WHERE donor_id = ?",
                String.class, donor.id().value());
        database.execute("UPDATE contribution SET donor_name = 'Old name' WHERE reference = ?", reference);

        CheckReport found = check.check(fraction -> { });

        assertThat(found.differences()).singleElement().satisfies(difference -> {
            assertThat(difference.names()).containsExactly(reference);
            assertThat(difference.field()).isEqualTo(Difference.Field.DONOR_NAME);
            assertThat(difference.stored()).isEqualTo("Old name");
            assertThat(difference.recomputed()).isEqualTo("Renamed donor");
        });
        check.repair(fraction -> { });
        assertThat(check.check(fraction -> { }).agrees()).isTrue();
        assertThat(database.fetchValue("SELECT donor_name FROM contribution WHERE reference = ?", String.class,
                reference)).isEqualTo("Renamed donor");
    }

    @Test
    void missingAndAlteredPartsOfAPaymentAreFoundAndSplitAgain() {
        Long payment = database.fetchValue("SELECT MIN(payment_id) FROM payment_part", Long.class);
        int parts = database.fetchValue("SELECT COUNT(*) FROM payment_part WHERE payment_id = ?", Integer.class,
                payment);
        database.execute("DELETE FROM payment_part WHERE payment_id = ?", payment);
        database.execute("UPDATE payment_part SET eur_amount = eur_amount + 0.01 WHERE payment_id = "
                + "(SELECT MAX(payment_id) FROM payment_part)");
        database.execute("UPDATE contribution SET status = 'PLEDGED', payment_count = 0 WHERE id = "
                + "(SELECT contribution_id FROM payment WHERE id = ?)", payment);

        CheckReport found = check.check(fraction -> { });

        assertThat(found.differences()).filteredOn(difference -> difference.subject() == Difference.Subject.PAYMENT)
                .hasSize(parts + 1)
                .allSatisfy(difference -> assertThat(difference.names()).hasSize(4));
        assertThat(found.differences()).extracting(Difference::field)
                .contains(Difference.Field.STATUS, Difference.Field.PAYMENT_COUNT);
        check.repair(fraction -> { });
        assertThat(check.check(fraction -> { }).agrees()).isTrue();
        assertThat(database.fetchValue("SELECT COUNT(*) FROM payment_part WHERE payment_id = ?", Integer.class,
                payment)).isEqualTo(parts);
    }

    @Test
    void aRepairIsWrittenToTheAuditTrailAndAnAgreeingOneIsNot() {
        int before = database.fetchValue("SELECT COUNT(*) FROM audit_entry", Integer.class);
        check.repair(fraction -> { });
        assertThat(database.fetchValue("SELECT COUNT(*) FROM audit_entry", Integer.class)).isEqualTo(before);

        database.execute("DELETE FROM receipt_by_earmark");
        CheckReport repaired = check.repair(fraction -> { });

        assertThat(repaired.differenceCount()).isPositive();
        assertThat(database.fetchValue("SELECT COUNT(*) FROM audit_entry WHERE record_type = ? AND action = ?",
                Integer.class, DataCheck.AUDIT_TYPE, "UPDATE")).isEqualTo(1);
        assertThat(database.fetchValue("SELECT old_values FROM audit_entry WHERE record_type = ?", String.class,
                DataCheck.AUDIT_TYPE)).startsWith("check.audit.differences: " + repaired.differenceCount());
        assertThat(check.check(fraction -> { }).agrees()).isTrue();
    }
}

package org.octopusdesk.service.contributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.octopusdesk.domain.donor.DonorId;

/** The dashboard's top donors ranked from the receipts by year and donor it reads anyway (decision 0031). */
class TopDonorsTest {

    private static Receipts.ByYearAndDonor row(int year, long donor, String name, String euros) {
        return new Receipts.ByYearAndDonor(year, new DonorId(donor), name, new BigDecimal(euros));
    }

    @Test
    void addsEachDonorsYearsRanksByEurosThenNameAndKeepsTheFirstOnes() {
        List<Receipts.ByYearAndDonor> byYear = List.of(
                row(2020, 1, "Canada", "100000.00"), row(2020, 2, "Japan", "50000.00"),
                row(2021, 2, "Japan", "70000.50"), row(2021, 3, "Estonia", "120000.50"),
                row(2021, 4, "Austria", "9.99"), row(2022, 1, "Canada", "20000.50"));

        assertThat(Receipts.topDonors(byYear, 3)).extracting(Receipts.ByDonor::name, Receipts.ByDonor::euros)
                .containsExactly(tuple("Canada", new BigDecimal("120000.50")),
                        tuple("Estonia", new BigDecimal("120000.50")), tuple("Japan", new BigDecimal("120000.50")));
        assertThat(Receipts.topDonors(byYear, 10)).extracting(Receipts.ByDonor::name).last().isEqualTo("Austria");
    }

    @Test
    void leavesOutDonorsWhoseReceiptsAddUpToNothing() {
        List<Receipts.ByYearAndDonor> byYear = List.of(row(2020, 1, "Canada", "100.00"),
                row(2021, 1, "Canada", "-100.00"), row(2021, 2, "Japan", "0.01"));

        assertThat(Receipts.topDonors(byYear, 5)).extracting(Receipts.ByDonor::donor)
                .containsExactly(new DonorId(2));
        assertThat(Receipts.topDonors(List.of(), 5)).isEmpty();
    }
}

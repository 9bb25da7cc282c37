package org.octopusdesk.report.donor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.octopusdesk.domain.contribution.Payment;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.domain.donor.DonorId;
import org.octopusdesk.report.ReportProgress;
import org.octopusdesk.service.contributions.ContributionDetails;
import org.octopusdesk.service.contributions.ContributionQuery;
import org.octopusdesk.service.contributions.ContributionService;
import org.octopusdesk.service.donors.DonorService;

/**
 * Reads what a donor report needs in one pass over the stored contributions and payments: the stored conversions,
 * never today's rates, so the same request gives the same figures in five years.
 */
final class DonorReportData {

    private DonorReportData() {
    }

    /** The sections of the donors the request covers, in donor-name order; donors with nothing in it left out. */
    static List<DonorSection> read(DonorReportRequest request, ContributionService contributions,
            DonorService donors, ReportProgress progress) {
        Map<DonorId, Donor> wanted = new LinkedHashMap<>();
        for (Donor donor : donors.list()) {
            if (request.allDonors() || donor.id().equals(request.donor())) {
                wanted.put(donor.id(), donor);
            }
        }
        Map<DonorId, Collected> collected = new LinkedHashMap<>();
        ContributionQuery query = ContributionQuery.all().sortedBy(ContributionQuery.Sort.AGREEMENT_DATE, true);
        if (!request.allDonors()) {
            query = query.withDonor(request.donor());
        }
        contributions.forEach(query, details -> {
            progress.checkNotCancelled();
            if (wanted.containsKey(details.contribution().donorId())) {
                collected.computeIfAbsent(details.contribution().donorId(), id -> new Collected())
                        .add(details, request);
            }
        });
        List<DonorSection> sections = new ArrayList<>();
        wanted.forEach((id, donor) -> {
            Collected each = collected.get(id);
            if (each != null && !each.inPeriod.isEmpty()) {
                sections.add(new DonorSection(donor, each.inPeriod, each.firstAgreement, each.byYear));
            }
        });
        sections.sort((a, b) -> a.donor().name().compareToIgnoreCase(b.donor().name()));
        return sections;
    }

    /** One donor's contributions as they are read. */
    private static final class Collected {
        private final List<ContributionDetails> inPeriod = new ArrayList<>();
        private final TreeMap<Integer, BigDecimal> byYear = new TreeMap<>();
        private LocalDate firstAgreement;

        void add(ContributionDetails details, DonorReportRequest request) {
            LocalDate agreed = details.contribution().agreementDate();
            if (firstAgreement == null || agreed.isBefore(firstAgreement)) {
                firstAgreement = agreed;
            }
            for (Payment payment : details.payments()) {
                if (!payment.valueDate().isAfter(request.asOf())) {
                    byYear.merge(payment.valueDate().getYear(), payment.euros().amount(), BigDecimal::add);
                }
            }
            if (inScope(details, request)) {
                inPeriod.add(details);
            }
        }

        private static boolean inScope(ContributionDetails details, DonorReportRequest request) {
            if (request.project() != null && details.contribution().allocations().stream()
                    .noneMatch(allocation -> allocation.projectId().equals(request.project()))) {
                return false;
            }
            return request.covers(details.contribution().agreementDate())
                    || details.payments().stream().anyMatch(payment -> request.covers(payment.valueDate()));
        }
    }
}

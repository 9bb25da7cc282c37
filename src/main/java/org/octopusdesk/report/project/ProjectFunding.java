package org.octopusdesk.report.project;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.octopusdesk.domain.contribution.Allocation;
import org.octopusdesk.domain.contribution.EarmarkSplit;
import org.octopusdesk.domain.contribution.Payment;
import org.octopusdesk.domain.project.ProjectId;
import org.octopusdesk.service.contributions.ContributionDetails;
import org.octopusdesk.service.contributions.ContributionQuery;
import org.octopusdesk.service.contributions.ContributionService;

/**
 * The euros a project received, read from the stored payments of the contributions earmarked to it: the project's
 * part of each payment (split to the cent), by donor and by year, up to the report's date. Payments of pledges
 * split without public amounts are kept apart: no part of them can honestly be called the project's.
 */
final class ProjectFunding {

    /** One donor's funding of the project. */
    record ByDonor(String donor, int contributions, BigDecimal received, BigDecimal receivedInPeriod) {
    }

    /** A pledge split between this project and others, whose part is not public. */
    record Undisclosed(String donor, String reference, String projects, BigDecimal received) {
    }

    final Map<String, ByDonor> byDonor = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    final Map<Integer, Map<String, BigDecimal>> byYearAndDonor = new TreeMap<>();
    final List<Undisclosed> undisclosed = new ArrayList<>();

    static ProjectFunding read(ProjectId project, ProjectReportRequest request, ContributionService contributions) {
        ProjectFunding funding = new ProjectFunding();
        contributions.forEach(ContributionQuery.all().withProject(project)
                .sortedBy(ContributionQuery.Sort.AGREEMENT_DATE, true), details -> funding.add(project, details,
                request));
        return funding;
    }

    private void add(ProjectId project, ContributionDetails details, ProjectReportRequest request) {
        List<Allocation> allocations = details.contribution().allocations();
        int index = indexOf(project, allocations);
        String donor = details.contribution().donorName();
        BigDecimal received = BigDecimal.ZERO.setScale(2);
        BigDecimal inPeriod = BigDecimal.ZERO.setScale(2);
        BigDecimal undisclosedReceived = BigDecimal.ZERO.setScale(2);
        for (Payment payment : details.payments()) {
            if (payment.valueDate().isAfter(request.asOf())) {
                continue;
            }
            EarmarkSplit split = EarmarkSplit.of(payment.euros().amount(), allocations);
            if (split.projects().isEmpty()) {
                undisclosedReceived = undisclosedReceived.add(split.undisclosed());
                continue;
            }
            BigDecimal part = split.projects().get(index);
            received = received.add(part);
            if (request.covers(payment.valueDate())) {
                inPeriod = inPeriod.add(part);
            }
            byYearAndDonor.computeIfAbsent(payment.valueDate().getYear(), year -> new TreeMap<>())
                    .merge(donor, part, BigDecimal::add);
        }
        if (undisclosedReceived.signum() != 0 || allocations.stream().anyMatch(each -> each.fraction().isEmpty())) {
            undisclosed.add(new Undisclosed(donor, details.contribution().reference(), allocations.stream()
                    .map(Allocation::projectCode).sorted().reduce((a, b) -> a + ", " + b).orElse(""),
                    undisclosedReceived));
            return;
        }
        ByDonor before = byDonor.getOrDefault(donor, new ByDonor(donor, 0, BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2)));
        byDonor.put(donor, new ByDonor(donor, before.contributions() + 1, before.received().add(received),
                before.receivedInPeriod().add(inPeriod)));
    }

    private static int indexOf(ProjectId project, List<Allocation> allocations) {
        for (int i = 0; i < allocations.size(); i++) {
            if (allocations.get(i).projectId().equals(project)) {
                return i;
            }
        }
        throw new IllegalStateException("contribution not earmarked to project " + project);
    }

    BigDecimal received() {
        return byDonor.values().stream().map(ByDonor::received).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    BigDecimal receivedIn(int year) {
        return byYearAndDonor.getOrDefault(year, Map.of()).values().stream()
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}

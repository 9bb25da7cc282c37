package org.octopusdesk.service.contributions;

import java.math.BigDecimal;
import java.util.List;
import org.octopusdesk.domain.donor.DonorId;
import org.octopusdesk.domain.project.ProjectId;

/**
 * Euros received over a period, by where they were earmarked. Every received euro is in exactly one of the three
 * parts, so the parts add up to the total: a project's share (amount or percentage applied), contributions split
 * between projects without public amounts, and contributions earmarked to no project.
 */
public record Receipts(List<ByProject> byProject, BigDecimal undisclosedSplit, BigDecimal notEarmarked) {

    public Receipts {
        byProject = List.copyOf(byProject);
    }

    public BigDecimal total() {
        return byProject.stream().map(ByProject::euros).reduce(undisclosedSplit.add(notEarmarked), BigDecimal::add);
    }

    public record ByProject(ProjectId project, String code, String name, BigDecimal euros) {
    }

    public record ByDonor(DonorId donor, String name, BigDecimal euros) {
    }

    public record ByYearAndDonor(int year, DonorId donor, String name, BigDecimal euros) {
    }
}

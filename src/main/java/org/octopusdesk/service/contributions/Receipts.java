package org.octopusdesk.service.contributions;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.octopusdesk.domain.donor.DonorId;
import org.octopusdesk.domain.project.ProjectId;

/**
 * Euros received over a period, by where they were earmarked. Every received euro is in exactly one of the three
 * parts, so the parts add up to the total: a project's share (amount or percentage applied), contributions split
 * between projects without public amounts, and contributions earmarked to no project.
 *
 * <p>{@code byEdition} says how much of a project's euros were earmarked to one of its conference editions (decision
 * 0028): a part of its project's line, never added to the total a second time.
 */
public record Receipts(List<ByProject> byProject, BigDecimal undisclosedSplit, BigDecimal notEarmarked,
        List<ByEdition> byEdition) {

    public Receipts {
        byProject = List.copyOf(byProject);
        byEdition = List.copyOf(byEdition);
    }

    public Receipts(List<ByProject> byProject, BigDecimal undisclosedSplit, BigDecimal notEarmarked) {
        this(byProject, undisclosedSplit, notEarmarked, List.of());
    }

    /** The same receipts, with the parts of their projects earmarked to editions. */
    public Receipts withEditions(List<ByEdition> editions) {
        return new Receipts(byProject, undisclosedSplit, notEarmarked, editions);
    }

    /** Each project's euros, by project. */
    public Map<ProjectId, BigDecimal> eurosByProject() {
        return byProject.stream().collect(Collectors.toUnmodifiableMap(ByProject::project, ByProject::euros));
    }

    /** The editions of {@code project} that received money, by year. */
    public List<ByEdition> editionsOf(ProjectId project) {
        return byEdition.stream().filter(edition -> edition.project().equals(project)).toList();
    }

    public BigDecimal total() {
        return byProject.stream().map(ByProject::euros).reduce(undisclosedSplit.add(notEarmarked), BigDecimal::add);
    }

    /**
     * The donors who gave most, largest first (then by name), from their receipts by year: each year's figure is a
     * sum of payments at the cent, so their sums are the donors' exact totals. The dashboard reads the receipts by
     * year once and ranks the donors from them, instead of adding up every year's payments a second time.
     */
    public static List<ByDonor> topDonors(List<ByYearAndDonor> byYear, int limit) {
        Map<DonorId, ByDonor> totals = new LinkedHashMap<>();
        for (ByYearAndDonor row : byYear) {
            totals.merge(row.donor(), new ByDonor(row.donor(), row.name(), row.euros()),
                    (sum, more) -> new ByDonor(sum.donor(), sum.name(), sum.euros().add(more.euros())));
        }
        return totals.values().stream().filter(donor -> donor.euros().signum() > 0)
                .sorted(Comparator.comparing(ByDonor::euros).reversed().thenComparing(ByDonor::name))
                .limit(limit).toList();
    }

    public record ByProject(ProjectId project, String code, String name, BigDecimal euros) {
    }

    /** The euros of a project earmarked to one of its conference editions: part of the project's own euros. */
    public record ByEdition(ProjectId project, int year, String title, BigDecimal euros) {
    }

    public record ByDonor(DonorId donor, String name, BigDecimal euros) {
    }

    public record ByYearAndDonor(int year, DonorId donor, String name, BigDecimal euros) {
    }
}

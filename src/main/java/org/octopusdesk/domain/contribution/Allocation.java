package org.octopusdesk.domain.contribution;

import java.math.BigDecimal;
import java.util.Optional;
import org.octopusdesk.domain.conference.ConferenceId;
import org.octopusdesk.domain.project.ProjectId;

/**
 * Where part of a pledge is earmarked, as stored.
 *
 * @param amount the amount in the pledge's currency when the basis is {@link AllocationBasis#AMOUNT}
 * @param sharePercent the share in percent when the basis is {@link AllocationBasis#SHARE}
 * @param fraction the part of the pledge it carries (0.5 for half); empty when the split is undisclosed
 * @param edition the conference edition of the project the earmark names, or {@code null} for the whole project
 * @param editionYear that edition's year, 0 for none
 */
public record Allocation(ProjectId projectId, String projectCode, String projectName, AllocationBasis basis,
        BigDecimal amount, BigDecimal sharePercent, Optional<BigDecimal> fraction, String note, ConferenceId edition,
        int editionYear) {

    /** An earmark to a project as a whole. */
    public Allocation(ProjectId projectId, String projectCode, String projectName, AllocationBasis basis,
            BigDecimal amount, BigDecimal sharePercent, Optional<BigDecimal> fraction, String note) {
        this(projectId, projectCode, projectName, basis, amount, sharePercent, fraction, note, null, 0);
    }

    /** "OCTOPUS" or, for an edition, "OCTOPUS / 2023": how lists and the audit trail name the earmark. */
    public String target() {
        return edition == null ? projectCode : projectCode + " / " + editionYear;
    }

    public AllocationDraft toDraft() {
        return new AllocationDraft(projectId, edition, basis,
                basis == AllocationBasis.AMOUNT ? amount : sharePercent, note);
    }
}

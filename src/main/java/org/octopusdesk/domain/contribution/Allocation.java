package org.octopusdesk.domain.contribution;

import java.math.BigDecimal;
import java.util.Optional;
import org.octopusdesk.domain.project.ProjectId;

/**
 * Where part of a pledge is earmarked, as stored.
 *
 * @param amount the amount in the pledge's currency when the basis is {@link AllocationBasis#AMOUNT}
 * @param sharePercent the share in percent when the basis is {@link AllocationBasis#SHARE}
 * @param fraction the part of the pledge it carries (0.5 for half); empty when the split is undisclosed
 */
public record Allocation(ProjectId projectId, String projectCode, String projectName, AllocationBasis basis,
        BigDecimal amount, BigDecimal sharePercent, Optional<BigDecimal> fraction, String note) {

    public AllocationDraft toDraft() {
        return new AllocationDraft(projectId, basis, basis == AllocationBasis.AMOUNT ? amount : sharePercent, note);
    }
}

package org.octopusdesk.domain.contribution;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.octopusdesk.domain.conference.ConferenceId;
import org.octopusdesk.domain.project.ProjectId;

/**
 * One earmark of a pledge as a person enters it.
 *
 * @param edition a conference edition of the project the earmark names (decision 0028), or {@code null} for the
 *        project as a whole
 * @param value the amount (basis AMOUNT) or the percentage (basis SHARE); ignored when the split is undisclosed
 */
public record AllocationDraft(ProjectId projectId, ConferenceId edition, AllocationBasis basis, BigDecimal value,
        String note) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public AllocationDraft {
        note = note == null ? "" : note.strip();
        if (basis == AllocationBasis.UNDISCLOSED) {
            value = null;
        }
    }

    /** An earmark to the project as a whole. */
    public AllocationDraft(ProjectId projectId, AllocationBasis basis, BigDecimal value, String note) {
        this(projectId, null, basis, value, note);
    }

    /** The same earmark narrowed to one of the project's editions ({@code null}: the project as a whole). */
    public AllocationDraft toEdition(ConferenceId conference) {
        return new AllocationDraft(projectId, conference, basis, value, note);
    }

    public static AllocationDraft whole(ProjectId projectId) {
        return new AllocationDraft(projectId, AllocationBasis.SHARE, HUNDRED, "");
    }

    /** The part of {@code pledged} this allocation carries, or empty when it was not made public. */
    public Optional<BigDecimal> fractionOf(BigDecimal pledged) {
        if (value == null || basis == AllocationBasis.UNDISCLOSED) {
            return Optional.empty();
        }
        BigDecimal whole = basis == AllocationBasis.AMOUNT ? pledged : HUNDRED;
        return Optional.of(value.divide(whole, MathContext.DECIMAL64).setScale(12, java.math.RoundingMode.HALF_UP));
    }
}

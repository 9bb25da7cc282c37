package org.octopusdesk.domain.spending;

import java.time.LocalDate;
import java.util.Optional;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.domain.money.Money;
import org.octopusdesk.domain.project.ProjectId;

/**
 * One line of a project's spending, with the conversion to euros made when it was entered; it is never converted
 * again, so a report of the same period gives the same figures years later.
 *
 * @param id {@code null} for a line not saved yet (a preview)
 * @param projectCode the project's code when the line was read, for lists and files
 * @param rate the rate used (ECB, manual) or implied by the bank's euros (BANK_ACTUAL); empty for euros
 * @param version for optimistic locking: a save from an older version is refused
 */
public record Expenditure(ExpenditureId id, ProjectId projectId, String projectCode, LocalDate spentOn,
        ExpenditureCategory category, String description, Money amount, Optional<ExchangeRate> rate, Money euros,
        int version) {

    /** How the euro amount was found, as a message key: the rate's source, or "already in euros". */
    public String basisMessageKey() {
        return rate.map(used -> used.source().shortMessageKey()).orElse("payment.basis.euro");
    }
}

package org.octopusdesk.service.contributions;

import java.math.BigDecimal;
import java.util.Optional;
import org.octopusdesk.domain.contribution.ContributionStatus;
import org.octopusdesk.domain.money.Money;

/**
 * A contribution's earmark to a conference edition, as stored: the pledge, what it has received in its currency, the
 * part the earmark carries, and the euros the edition's parts of its payments add up to.
 *
 * @param fraction the part of the pledge the earmark carries; empty for an undisclosed split
 * @param receivedEuros the stored payment parts of the earmark's project, value-dated up to the day asked
 */
public record EditionEarmark(String donor, String reference, ContributionStatus status, Money pledged, Money paid,
        Optional<BigDecimal> fraction, BigDecimal receivedEuros) {
}

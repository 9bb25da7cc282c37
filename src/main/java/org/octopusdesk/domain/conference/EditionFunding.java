package org.octopusdesk.domain.conference;

import org.octopusdesk.domain.money.Money;

/**
 * What one contribution earmarked to an edition brings it: the euros received (the edition's parts of the payments,
 * as stored at the cent) and what is still outstanding, re-expressed in euros at the latest rate as an estimate.
 *
 * @param donor the donor's name
 * @param reference the contribution's reference
 * @param earmarked the part of the pledge earmarked to the edition, in the pledge's currency
 * @param receivedEuros the euros received for the edition
 * @param outstandingEuros the estimated euros still to come for it (zero for a cancelled pledge)
 */
public record EditionFunding(String donor, String reference, Money earmarked, Money receivedEuros,
        Money outstandingEuros) {

    /** Received and still expected, in euros. */
    public Money totalEuros() {
        return receivedEuros.plus(outstandingEuros);
    }
}

package org.octopusdesk.service.contributions;

import org.octopusdesk.domain.money.Money;

/**
 * A pledge still expecting money on a date, named as a reader finds it again: its donor and its reference.
 *
 * @param outstanding what it still expected on that day, in its own currency
 */
public record OutstandingPledge(String reference, String donorName, Money outstanding) {
}

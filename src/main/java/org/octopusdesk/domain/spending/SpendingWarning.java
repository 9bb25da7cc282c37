package org.octopusdesk.domain.spending;

/**
 * Something about an expenditure line that is allowed but unusual, so a person confirms it before it is saved
 * (decision 0050). Spending keeps no record of the confirmation: the audit trail already says who saved the line.
 */
public enum SpendingWarning {
    /**
     * Dated before its project began or after it ended: an advance for a first event or a late invoice happen,
     * and so does a line put on the project before or after the right one.
     */
    OUTSIDE_PROJECT,
    /**
     * The same project, day, category, amount and currency, and description as a line already recorded: two equal
     * taxi fares on one day happen, and so does a receipt entered twice.
     */
    REPEATED,
    /**
     * The bank's euros imply a rate more than 20% from the ECB's of the day: charges are a few percent, a zero
     * typed once too often is ten times (decision 0052).
     */
    BANK_RATE
}

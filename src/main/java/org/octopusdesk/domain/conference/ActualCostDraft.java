package org.octopusdesk.domain.conference;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An actual cost of a budget line as a person enters it: the day it was paid, how much in which currency and, when
 * the bank statement shows them, the euros debited. It is booked as an expenditure line of the edition's project,
 * whose rules (and field names) check it.
 */
public record ActualCostDraft(LocalDate spentOn, BigDecimal amount, String currency, BigDecimal bankEuros) {
}

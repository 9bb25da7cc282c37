package org.octopusdesk.domain.contribution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What a pledge still expected, as steps in time: on each day its outstanding amount (in the pledge's currency)
 * changed, by how much, and whether it began or stopped being an outstanding pledge. Added up over every pledge,
 * the steps up to a day give that day's outstanding amounts and count without reading the payments (decision 0029).
 *
 * <p>A pledge is outstanding on a day when it was agreed by then, not cancelled by then (a cancellation counts from
 * its own day), and less had been paid by then than it promised; what it then expects is the promise less those
 * payments, payments made before the agreement included. Payments only add up, so once a pledge expects nothing it
 * never expects anything again: it is outstanding from its agreement to {@link #closedOn} (excluded).
 *
 * @param closedOn the first day, from the agreement on, on which the pledge expected nothing; empty while it does
 */
public record OutstandingSteps(List<Step> steps, Optional<LocalDate> closedOn) {

    public OutstandingSteps {
        steps = List.copyOf(steps);
    }

    /** A change on {@code date}: {@code amount} more expected, {@code pledges} more pledges outstanding (+1, -1, 0). */
    public record Step(LocalDate date, BigDecimal amount, int pledges) {
    }

    /** A payment as the steps need it: its value date and its amount in the pledge's currency. */
    public record Received(LocalDate valueDate, BigDecimal amount) {
    }

    /** The steps of a pledge of {@code pledged} agreed on {@code agreed}, with its payments in any order. */
    public static OutstandingSteps of(LocalDate agreed, BigDecimal pledged, Optional<LocalDate> cancelledOn,
            List<Received> payments) {
        List<Received> byDate = payments.stream().sorted(Comparator.comparing(Received::valueDate)).toList();
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(agreed);
        byDate.stream().map(Received::valueDate).filter(agreed::isBefore).forEach(days::add);
        cancelledOn.filter(agreed::isBefore).ifPresent(days::add);
        List<Step> steps = new ArrayList<>();
        BigDecimal before = BigDecimal.ZERO;
        int paidCount = 0;
        BigDecimal paid = BigDecimal.ZERO;
        for (LocalDate day : days) {
            while (paidCount < byDate.size() && !byDate.get(paidCount).valueDate().isAfter(day)) {
                paid = paid.add(byDate.get(paidCount++).amount());
            }
            boolean cancelled = cancelledOn.isPresent() && !cancelledOn.get().isAfter(day);
            BigDecimal expected = cancelled ? BigDecimal.ZERO : pledged.subtract(paid).max(BigDecimal.ZERO);
            if (expected.compareTo(before) != 0) {
                steps.add(new Step(day, expected.subtract(before), (expected.signum() > 0 ? 1 : 0)
                        - (before.signum() > 0 ? 1 : 0)));
            }
            if (expected.signum() == 0) {
                return new OutstandingSteps(steps, Optional.of(day));
            }
            before = expected;
        }
        return new OutstandingSteps(steps, Optional.empty());
    }
}

package org.octopusdesk.domain.contribution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How one payment's euros divide over its pledge's earmarks so that the parts add up to the payment exactly, to the
 * cent. Each earmark first gets its share rounded down to the cent; the cents left over go one each to the parts
 * that lost most to that rounding (largest remainder), ties to the earlier earmark, the part not earmarked last.
 *
 * @param projects the euros of each earmark, in the pledge's order of earmarks; empty when the split is not public
 * @param notEarmarked what no earmark carries (all of it for a pledge earmarked to nothing)
 * @param undisclosed the whole payment when the pledge is split between projects without public amounts
 */
public record EarmarkSplit(List<BigDecimal> projects, BigDecimal notEarmarked, BigDecimal undisclosed) {

    public EarmarkSplit {
        projects = List.copyOf(projects);
    }

    /** Splits {@code euros} (at the cent) over {@code allocations} as the pledge earmarks it. */
    public static EarmarkSplit of(BigDecimal euros, List<Allocation> allocations) {
        return ofFractions(euros, allocations.stream().map(Allocation::fraction).toList());
    }

    /**
     * Splits {@code euros} (at the cent) over earmarks carrying these parts of the pledge, in the pledge's order of
     * earmarks; an empty fraction is an earmark whose amount is not public.
     */
    public static EarmarkSplit ofFractions(BigDecimal euros, List<Optional<BigDecimal>> earmarks) {
        BigDecimal cents = euros.setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        if (earmarks.isEmpty()) {
            return new EarmarkSplit(List.of(), cents, zero);
        }
        if (earmarks.stream().anyMatch(Optional::isEmpty)) {
            return new EarmarkSplit(List.of(), zero, cents);
        }
        List<BigDecimal> fractions = new ArrayList<>();
        BigDecimal earmarked = BigDecimal.ZERO;
        for (Optional<BigDecimal> earmark : earmarks) {
            BigDecimal fraction = earmark.orElseThrow().max(BigDecimal.ZERO);
            fractions.add(fraction);
            earmarked = earmarked.add(fraction);
        }
        fractions.add(BigDecimal.ONE.subtract(earmarked).max(BigDecimal.ZERO));
        List<BigDecimal> parts = largestRemainder(cents, fractions);
        return new EarmarkSplit(parts.subList(0, earmarks.size()), parts.get(earmarks.size()), zero);
    }

    /**
     * The parts worth storing, in the order of the earmarks (whose projects are {@code projects}) and then the part
     * not earmarked or not public: parts of zero are left out, so a payment of EUR 0.01 over two earmarks has one.
     */
    public List<PaymentPart> parts(List<Long> projects) {
        List<PaymentPart> parts = new ArrayList<>();
        for (int i = 0; i < this.projects.size(); i++) {
            parts.add(new PaymentPart(PaymentPart.Kind.PROJECT, projects.get(i), this.projects.get(i)));
        }
        parts.add(new PaymentPart(PaymentPart.Kind.UNDISCLOSED, PaymentPart.NO_PROJECT, undisclosed));
        parts.add(new PaymentPart(PaymentPart.Kind.NOT_EARMARKED, PaymentPart.NO_PROJECT, notEarmarked));
        parts.removeIf(part -> part.euros().signum() == 0);
        return parts;
    }

    /** The part of the earmark at {@code index}, or nothing when the split is not public. */
    public Optional<BigDecimal> project(int index) {
        return index < projects.size() ? Optional.of(projects.get(index)) : Optional.empty();
    }

    private static List<BigDecimal> largestRemainder(BigDecimal euros, List<BigDecimal> fractions) {
        if (euros.signum() < 0) {
            // A refund splits as the payment it reverses, so the two cancel out in every part.
            return largestRemainder(euros.negate(), fractions).stream().map(BigDecimal::negate).toList();
        }
        BigDecimal totalFraction = fractions.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> parts = new ArrayList<>();
        List<BigDecimal> remainders = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        for (BigDecimal fraction : fractions) {
            // Exact share of the whole; fractions above 100 % in total are scaled back to it.
            BigDecimal exact = euros.multiply(fraction).divide(totalFraction, 12, RoundingMode.HALF_UP);
            BigDecimal floor = exact.setScale(2, RoundingMode.FLOOR);
            parts.add(floor);
            remainders.add(exact.subtract(floor));
            given = given.add(floor);
        }
        int cents = euros.subtract(given).movePointRight(2).intValueExact();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders.get(i)).reversed().thenComparing(i -> i));
        BigDecimal cent = new BigDecimal("0.01");
        for (int i = 0; i < cents; i++) {
            int index = order.get(i % order.size());
            parts.set(index, parts.get(index).add(cent));
        }
        return parts;
    }
}

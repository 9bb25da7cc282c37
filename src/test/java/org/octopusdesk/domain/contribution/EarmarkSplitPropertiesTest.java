package org.octopusdesk.domain.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The split of a payment over its earmarks, over many random payments and earmarks (fixed seeds, so a failure can
 * be replayed): the parts always add up to the payment at the cent, and no part is a cent or more away from its
 * exact share.
 */
class EarmarkSplitPropertiesTest {

    static final int CASES = 20_000;
    private static final BigDecimal CENT = new BigDecimal("0.01");

    @Test
    void thePartsAddUpToThePaymentAndStayWithinACentOfTheirShare() {
        Random random = new Random(20261201L);
        int undisclosed = 0;
        int overEarmarked = 0;
        for (int n = 0; n < CASES; n++) {
            BigDecimal euros = randomEuros(random);
            List<Optional<BigDecimal>> fractions = randomFractions(random);
            String replay = "case " + n + ": " + euros + " over " + fractions;

            EarmarkSplit split = EarmarkSplit.ofFractions(euros, fractions);
            BigDecimal sum = split.projects().stream().reduce(split.notEarmarked().add(split.undisclosed()),
                    BigDecimal::add);
            assertThat(sum).as(replay).isEqualTo(euros);
            List<Long> projects = new ArrayList<>();
            for (int i = 0; i < fractions.size(); i++) {
                projects.add(100L + i);
            }
            List<PaymentPart> parts = split.parts(projects);
            assertThat(parts.stream().map(PaymentPart::euros).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add))
                    .as(replay).isEqualTo(euros);
            assertThat(parts).as(replay).allSatisfy(part -> assertThat(part.euros().signum())
                    .isEqualTo(euros.signum()));

            if (fractions.stream().anyMatch(Optional::isEmpty)) {
                undisclosed++;
                assertThat(split.projects()).as(replay).isEmpty();
                assertThat(split.undisclosed()).as(replay).isEqualTo(euros);
                continue;
            }
            BigDecimal total = fractions.stream().map(Optional::orElseThrow).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.compareTo(BigDecimal.ONE) > 0) {
                overEarmarked++;
            }
            BigDecimal scale = total.max(BigDecimal.ONE);
            for (int i = 0; i < fractions.size(); i++) {
                BigDecimal exact = euros.multiply(fractions.get(i).orElseThrow()).divide(scale, 20,
                        RoundingMode.HALF_EVEN);
                assertThat(split.projects().get(i).subtract(exact).abs()).as(replay + " part " + i)
                        .isLessThan(CENT);
            }
        }
        assertThat(undisclosed).as("cases of a split without public amounts").isGreaterThan(CASES / 10);
        assertThat(overEarmarked).as("cases earmarking more than the pledge").isPositive();
    }

    @Test
    void aRefundSplitsAsThePaymentItReverses() {
        Random random = new Random(7L);
        for (int n = 0; n < 2_000; n++) {
            BigDecimal euros = randomEuros(random);
            List<Optional<BigDecimal>> fractions = randomFractions(random);
            EarmarkSplit paid = EarmarkSplit.ofFractions(euros, fractions);
            EarmarkSplit refunded = EarmarkSplit.ofFractions(euros.negate(), fractions);
            assertThat(refunded.projects()).as(euros + " over " + fractions)
                    .isEqualTo(paid.projects().stream().map(BigDecimal::negate).toList());
            assertThat(refunded.notEarmarked()).isEqualTo(paid.notEarmarked().negate());
        }
    }

    @Test
    void centsLeftOverGoToTheLargestRemaindersTiesToTheEarlierEarmarkTheRestLast() {
        Optional<BigDecimal> third = Optional.of(new BigDecimal("0.333333333333"));
        assertThat(EarmarkSplit.ofFractions(new BigDecimal("0.01"), List.of(third, third, third)).projects())
                .containsExactly(new BigDecimal("0.01"), new BigDecimal("0.00"), new BigDecimal("0.00"));
        assertThat(EarmarkSplit.ofFractions(new BigDecimal("0.02"), List.of(third, third, third)).projects())
                .containsExactly(new BigDecimal("0.01"), new BigDecimal("0.01"), new BigDecimal("0.00"));
        EarmarkSplit sixtyForty = EarmarkSplit.ofFractions(new BigDecimal("100.01"),
                List.of(Optional.of(new BigDecimal("0.6")), Optional.of(new BigDecimal("0.4"))));
        assertThat(sixtyForty.projects()).containsExactly(new BigDecimal("60.01"), new BigDecimal("40.00"));
        EarmarkSplit half = EarmarkSplit.ofFractions(new BigDecimal("0.01"),
                List.of(Optional.of(new BigDecimal("0.5"))));
        assertThat(half.projects()).as("a tie between an earmark and the rest goes to the earmark")
                .containsExactly(new BigDecimal("0.01"));
        assertThat(half.notEarmarked()).isEqualTo(new BigDecimal("0.00"));
        assertThat(half.parts(List.of(9L))).as("a part of zero is not stored")
                .containsExactly(new PaymentPart(PaymentPart.Kind.PROJECT, 9L, new BigDecimal("0.01")));
    }

    static BigDecimal randomEuros(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> BigDecimal.valueOf(1 + random.nextInt(9), 2);
            case 1 -> BigDecimal.valueOf(1 + random.nextInt(100_000), 2);
            default -> BigDecimal.valueOf(1 + random.nextLong(2_000_000_000L), 2);
        };
    }

    /** None, a few amounts or shares (sometimes above 100 % in total), or a split with undisclosed amounts. */
    static List<Optional<BigDecimal>> randomFractions(Random random) {
        int count = random.nextInt(6);
        List<Optional<BigDecimal>> fractions = new ArrayList<>();
        boolean undisclosed = count > 1 && random.nextInt(6) == 0;
        for (int i = 0; i < count; i++) {
            if (undisclosed) {
                fractions.add(Optional.empty());
            } else if (random.nextBoolean()) {
                fractions.add(Optional.of(BigDecimal.valueOf(random.nextInt(1_000_001), 6).divide(BigDecimal
                        .valueOf(Math.max(1, count - random.nextInt(2))), 12, RoundingMode.HALF_UP)));
            } else {
                BigDecimal pledge = BigDecimal.valueOf(1 + random.nextInt(10_000_000), 2);
                BigDecimal amount = BigDecimal.valueOf(random.nextInt(1 + pledge.movePointRight(2).intValue()), 2);
                fractions.add(Optional.of(amount.divide(pledge, 12, RoundingMode.HALF_UP)));
            }
        }
        return fractions;
    }
}

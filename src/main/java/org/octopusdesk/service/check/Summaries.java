package org.octopusdesk.service.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.octopusdesk.domain.contribution.PaymentPart;

/**
 * The summaries of euros received, by year and by month: by earmark (adding up the payments' parts) and by donor
 * (adding up the payments), as stored or as recomputed. Rows of zero are not kept.
 */
public record Summaries(Map<ByEarmark, BigDecimal> byEarmark, Map<ByDonor, BigDecimal> byDonor,
        Map<ByEarmarkMonth, BigDecimal> byEarmarkMonth, Map<ByDonorMonth, BigDecimal> byDonorMonth) {

    public static Summaries empty() {
        return new Summaries(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
    }

    /** A row of the summary by earmark: a project's part, or the parts not public or not earmarked. */
    public record ByEarmark(int year, PaymentPart.Kind kind, long project) {
    }

    /** A row of the summary by donor. */
    public record ByDonor(int year, long donor) {
    }

    /** A row of the monthly summary by earmark; {@code month} runs from 1 to 12. */
    public record ByEarmarkMonth(int year, int month, PaymentPart.Kind kind, long project) {
    }

    /** A row of the monthly summary by donor. */
    public record ByDonorMonth(int year, int month, long donor) {
    }

    /** Adds a payment of {@code day} by {@code donor}, divided into {@code parts}, to its year's and month's rows. */
    public void add(LocalDate day, long donor, BigDecimal euros, Iterable<PaymentPart> parts) {
        addDonor(day, donor, euros);
        for (PaymentPart part : parts) {
            addPart(day, part.kind(), part.project(), part.euros());
        }
    }

    /** Adds {@code euros} of parts of one earmark received on {@code day}. */
    public void addPart(LocalDate day, PaymentPart.Kind kind, long project, BigDecimal euros) {
        byEarmark.merge(new ByEarmark(day.getYear(), kind, project), euros, BigDecimal::add);
        byEarmarkMonth.merge(new ByEarmarkMonth(day.getYear(), day.getMonthValue(), kind, project), euros,
                BigDecimal::add);
    }

    /** Adds {@code euros} received from {@code donor} on {@code day}. */
    public void addDonor(LocalDate day, long donor, BigDecimal euros) {
        byDonor.merge(new ByDonor(day.getYear(), donor), euros, BigDecimal::add);
        byDonorMonth.merge(new ByDonorMonth(day.getYear(), day.getMonthValue(), donor), euros, BigDecimal::add);
    }

    /** The same rows without those of zero. */
    public Summaries withoutZeros() {
        return new Summaries(nonZero(byEarmark), nonZero(byDonor), nonZero(byEarmarkMonth), nonZero(byDonorMonth));
    }

    private static <K> Map<K, BigDecimal> nonZero(Map<K, BigDecimal> rows) {
        Map<K, BigDecimal> kept = new HashMap<>(rows);
        kept.values().removeIf(euros -> euros.signum() == 0);
        return kept;
    }
}

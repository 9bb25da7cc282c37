package org.octopusdesk.service.check;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.octopusdesk.domain.contribution.PaymentPart;

/**
 * The two yearly summaries of euros received: by earmark (adding up the payments' parts) and by donor (adding up
 * the payments), as stored or as recomputed. Rows of zero are not kept.
 */
public record Summaries(Map<ByEarmark, BigDecimal> byEarmark, Map<ByDonor, BigDecimal> byDonor) {

    public static Summaries empty() {
        return new Summaries(new HashMap<>(), new HashMap<>());
    }

    /** A row of the summary by earmark: a project's part, or the parts not public or not earmarked. */
    public record ByEarmark(int year, PaymentPart.Kind kind, long project) {
    }

    /** A row of the summary by donor. */
    public record ByDonor(int year, long donor) {
    }

    /** Adds a payment of {@code year} by {@code donor}, divided into {@code parts}. */
    void add(int year, long donor, BigDecimal euros, Iterable<PaymentPart> parts) {
        byDonor.merge(new ByDonor(year, donor), euros, BigDecimal::add);
        for (PaymentPart part : parts) {
            byEarmark.merge(new ByEarmark(year, part.kind(), part.project()), part.euros(), BigDecimal::add);
        }
    }

    /** The same rows without those of zero. */
    public Summaries withoutZeros() {
        Map<ByEarmark, BigDecimal> earmarks = new HashMap<>(byEarmark);
        earmarks.values().removeIf(euros -> euros.signum() == 0);
        Map<ByDonor, BigDecimal> donors = new HashMap<>(byDonor);
        donors.values().removeIf(euros -> euros.signum() == 0);
        return new Summaries(earmarks, donors);
    }
}

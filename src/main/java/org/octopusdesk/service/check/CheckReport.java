package org.octopusdesk.service.check;

import java.util.List;

/**
 * What a check of the stored figures found.
 *
 * @param differences the first {@link DataCheck#LISTED} differences; {@code differenceCount} counts them all
 * @param repaired whether the differences were repaired (rebuilt from the payments) in the same transaction
 */
public record CheckReport(int contributions, long payments, int summaryRows, long differenceCount,
        List<Difference> differences, boolean repaired) {

    public CheckReport {
        differences = List.copyOf(differences);
    }

    /** Whether every stored figure agreed with the payments. */
    public boolean agrees() {
        return differenceCount == 0;
    }
}

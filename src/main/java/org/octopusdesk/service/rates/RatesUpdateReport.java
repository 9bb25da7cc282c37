package org.octopusdesk.service.rates;

import java.net.URI;
import java.time.LocalDate;

/**
 * What an update from the ECB did: where the file came from, how large it was, what its import added, skipped and
 * found in conflict, and the newest day now stored.
 */
public record RatesUpdateReport(URI source, EcbFile file, long bytes, ImportReport imported, LocalDate newestDay) {
}

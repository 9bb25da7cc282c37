package org.octopusdesk.service.audit;

import java.time.Instant;

/**
 * The last entry of the trail as a verification found it intact. The chain alone cannot tell that its last entries
 * were removed; comparing with the entry seen last time can, for entries verified before they were removed.
 *
 * @param entryId the last entry's number
 * @param hash its hash
 * @param verifiedAt when the verification ran
 */
public record AuditCheckpoint(long entryId, String hash, Instant verifiedAt) {
}

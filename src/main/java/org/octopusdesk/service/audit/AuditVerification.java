package org.octopusdesk.service.audit;

import java.util.Optional;
import org.octopusdesk.domain.audit.ChainBreak;

/**
 * What a walk along the audit trail found.
 *
 * @param verified how many entries were checked and found intact (before the break, if there is one)
 * @param lastId the number of the last intact entry, 0 if none
 * @param lastHash the hash of the last intact entry; a person can note it and compare it with a later check
 * @param broken the first place where the chain breaks, if any
 */
public record AuditVerification(long verified, long lastId, String lastHash, Optional<ChainBreak> broken) {

    public boolean intact() {
        return broken.isEmpty();
    }
}

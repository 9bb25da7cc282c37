package org.octopusdesk.service.audit;

import java.util.List;
import org.octopusdesk.domain.audit.AuditEntry;

/** Where the audit trail is kept: entries are appended and read, never changed or removed. */
public interface AuditTrail {

    /** Appends the entry inside the caller's transaction, so the change and its trace are saved together. */
    void append(AuditEntry entry);

    /** The entries of one record, oldest first. */
    List<AuditEntry> history(String recordType, String recordKey);

    /** The entries of every record of a type, newest first, at most {@code limit}. */
    List<AuditEntry> latest(String recordType, int limit);
}

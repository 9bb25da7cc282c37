package org.octopusdesk.service.backup;

import org.octopusdesk.domain.DomainException;

/** A backup file that cannot be restored or checked: damaged, cut short, or no backup of Octopus Desk. */
public final class BackupRefusedException extends DomainException {

    public BackupRefusedException(String messageKey, Throwable cause, Object... arguments) {
        super(messageKey, arguments);
        if (cause != null) {
            initCause(cause);
        }
    }

    /** The file cannot be read whole: {@code 0} names it. */
    public static BackupRefusedException damaged(String file, Throwable cause) {
        return new BackupRefusedException("error.backup.damaged", cause, file);
    }
}

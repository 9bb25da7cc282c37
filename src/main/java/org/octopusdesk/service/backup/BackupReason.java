package org.octopusdesk.service.backup;

/** Why a backup was taken: by hand, or automatically before something that changes much. */
public enum BackupReason {
    MANUAL, CLOSING, UPGRADE, IMPORT, REPAIR, RESTORE
}

package org.octopusdesk.service.backup;

/** Told before the schema of an existing database is migrated, while the old schema is still whole. */
@FunctionalInterface
public interface UpgradeGuard {

    /** No backup: a database opened only to be checked or thrown away. */
    UpgradeGuard NONE = engine -> { };

    void beforeUpgrade(BackupEngine engine);
}

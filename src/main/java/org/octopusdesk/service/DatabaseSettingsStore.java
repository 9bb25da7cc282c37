package org.octopusdesk.service;

import java.util.Optional;

/** The database choice of this workstation, and the password of a server account when the person keeps it. */
public interface DatabaseSettingsStore {

    DatabaseSettings load();

    /**
     * Saves the choice; {@code password} is kept (readable by the operating-system user only) when present, and
     * any kept one forgotten when empty.
     */
    void save(DatabaseSettings settings, Optional<String> password);

    /** The kept password, if the person chose to keep it. */
    Optional<String> password();
}

package org.octopusdesk.service;

/** Keeps the {@link Settings} of this workstation. A missing or damaged store reads as the defaults. */
public interface SettingsStore {

    Settings load();

    void save(Settings settings);
}

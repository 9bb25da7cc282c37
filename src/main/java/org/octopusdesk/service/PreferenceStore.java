package org.octopusdesk.service;

import java.util.Map;

/**
 * Small named groups of choices a screen remembers on this workstation between sessions (the last report's
 * parameters). A missing or damaged group reads as empty: a preference is never worth an error.
 */
public interface PreferenceStore {

    Map<String, String> load(String group);

    void save(String group, Map<String, String> values);
}

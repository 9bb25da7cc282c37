package org.octopusdesk.ui.reports;

import java.util.Map;

/** Where the Reports area keeps the last parameters a person used, so the next report starts from them. */
public interface ReportMemory {

    /** Nothing remembered and nothing kept: tests, and a window without a data folder. */
    ReportMemory NONE = new ReportMemory() {
        @Override
        public Map<String, String> load() {
            return Map.of();
        }

        @Override
        public void save(Map<String, String> parameters) {
            // forgotten on purpose
        }
    };

    Map<String, String> load();

    void save(Map<String, String> parameters);
}

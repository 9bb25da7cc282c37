package org.octopusdesk.ui.reports;

import java.util.Locale;

/** The reports the Reports area makes. */
public enum ReportKind {
    DONOR, PROJECT, CONFERENCE;

    public String messageKey() {
        return "reports.kind." + name().toLowerCase(Locale.ROOT);
    }
}

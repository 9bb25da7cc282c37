package org.octopusdesk.domain.spending;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What money was spent on, as project reports group it: staff, events, travel, experts, other. */
public enum ExpenditureCategory {
    STAFF,
    EVENTS,
    TRAVEL,
    EXPERTS,
    OTHER;

    public String messageKey() {
        return "expenditure.category." + name().toLowerCase(Locale.ROOT);
    }

    /** The category named in English, in any case ("Travel", "TRAVEL"), as files and the command line write it. */
    public static Optional<ExpenditureCategory> parse(String name) {
        String wanted = name == null ? "" : name.strip();
        return Arrays.stream(values()).filter(category -> category.name().equalsIgnoreCase(wanted)).findFirst();
    }

    /** The name files and the command line use: "travel". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

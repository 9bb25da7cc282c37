package org.octopusdesk.domain.conference;

import java.util.Locale;
import java.util.Optional;

/** Where a participant works, as the conference reports count them. */
public enum Sector {
    GOVERNMENT,
    CRIMINAL_JUSTICE,
    PRIVATE_SECTOR,
    INTERNATIONAL_ORGANISATION,
    CIVIL_SOCIETY,
    ACADEMIA;

    public String messageKey() {
        return "sector." + name().toLowerCase(Locale.ROOT);
    }

    /** The sector a file names: "private sector", "private_sector" or "PRIVATE-SECTOR"; empty for none. */
    public static Optional<Sector> parse(String text) {
        String wanted = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        for (Sector sector : values()) {
            if (sector.name().equals(wanted)) {
                return Optional.of(sector);
            }
        }
        return Optional.empty();
    }
}

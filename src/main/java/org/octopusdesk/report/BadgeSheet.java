package org.octopusdesk.report;

import java.util.List;

/**
 * The name badges of one edition, in print order.
 *
 * @param event what every badge says at its top ("Octopus Conference 2025")
 * @param language the language of the country names, "en" or "fr"
 */
public record BadgeSheet(String event, String language, List<Badge> badges) {

    public BadgeSheet {
        badges = List.copyOf(badges);
    }

    /** One person's badge: their name big, their organisation, their country's name in the sheet's language. */
    public record Badge(String name, String organisation, String country) {
    }
}

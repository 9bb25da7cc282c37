package org.octopusdesk.domain.conference;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A moderator or speaker of a session.
 *
 * @param organisation empty where not given
 * @param country ISO 3166-1 alpha-2 code of the shipped list, empty where not given
 */
public record SessionPerson(Role role, String name, String organisation, String country) {

    public static final int NAME_MAX = 200;
    public static final int ORGANISATION_MAX = 200;

    /** Who they are in the session. */
    public enum Role {
        MODERATOR,
        SPEAKER;

        public String messageKey() {
            return "session.role." + name().toLowerCase(Locale.ROOT);
        }
    }

    public SessionPerson {
        name = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        organisation = organisation == null ? "" : organisation.strip();
        country = country == null ? "" : country.strip();
    }

    /**
     * The name as compared when looking for a person booked twice: case, accents and spacing ignored, so that
     * "José Pérez" and "jose perez" are one person.
     */
    public String identity() {
        return folded(name);
    }

    static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}

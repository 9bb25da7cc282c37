package org.octopusdesk.domain.country;

import java.util.Locale;

/**
 * A country of the reference list: its ISO 3166-1 alpha-2 code (or XK for Kosovo, which ISO 3166 leaves to users)
 * and its names in the application's two languages, in the natural order a list reads well in.
 */
public record Country(String code, String nameEn, String nameFr) {

    public Country {
        if (code == null || !code.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("Not a two-letter country code: " + code);
        }
    }

    /** The name in the language of {@code locale}: French for French, English otherwise. */
    public String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
    }
}

package org.octopusdesk.domain.meeting;

import java.util.Locale;

/**
 * A run of meetings numbered on its own: the Protocol Drafting Plenary counted 8 while the plenary counted 24.
 *
 * @param nameEn the words after the ordinal in English: "Plenary" gives "23rd Plenary"
 * @param nameFr the same in French: "réunion plénière" gives "23e réunion plénière"
 * @param feminineFr whether the French noun is feminine, which makes the first "1re" rather than "1er"
 * @param shortName the prefix of the short form: "T-CY" gives "T-CY 23"
 */
public record MeetingSeries(MeetingSeriesId id, String nameEn, String nameFr, boolean feminineFr, String shortName) {

    /** The series' name in the language of {@code locale}, as lists and filters show it. */
    public String name(Locale locale) {
        return isFrench(locale) ? capitalised(nameFr) : nameEn;
    }

    /** "23rd Plenary" or "23e réunion plénière". */
    public String title(int number, Locale locale) {
        if (isFrench(locale)) {
            return Ordinals.french(number, feminineFr) + " " + nameFr;
        }
        return Ordinals.english(number) + " " + nameEn;
    }

    /** "T-CY 23": the same in both languages. */
    public String shortTitle(int number) {
        return shortName + " " + number;
    }

    static boolean isFrench(Locale locale) {
        return "fr".equals(locale.getLanguage());
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.FRENCH) + text.substring(1);
    }
}

package org.octopusdesk.domain.meeting;

/** Ordinal numbers as the T-CY's documents write them: "23rd" in English, "23e" (and "1re" or "1er") in French. */
public final class Ordinals {

    private Ordinals() {
    }

    /** 1st, 2nd, 3rd, 4th ... 11th, 12th, 13th (not 11st) ... 21st, 22nd, 23rd ... 111th, 112th. */
    public static String english(int number) {
        requirePositive(number);
        int lastTwo = number % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return number + "th";
        }
        return switch (number % 10) {
            case 1 -> number + "st";
            case 2 -> number + "nd";
            case 3 -> number + "rd";
            default -> number + "th";
        };
    }

    /**
     * 1re (feminine, "1re réunion") or 1er (masculine), then 2e, 3e, 21e: French writes only the first with its own
     * ending; "2ème" and "2nd" are not the recommended typography.
     */
    public static String french(int number, boolean feminine) {
        requirePositive(number);
        if (number == 1) {
            return feminine ? "1re" : "1er";
        }
        return number + "e";
    }

    private static void requirePositive(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("Ordinals start at 1: " + number);
        }
    }
}

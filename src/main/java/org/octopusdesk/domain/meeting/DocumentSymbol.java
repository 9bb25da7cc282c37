package org.octopusdesk.domain.meeting;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A T-CY document symbol, {@code T-CY(2020)33}: the year, then a number that starts again each year. The text keeps
 * the secretariat's writing ("T-CY(2016)04"); two symbols are the same document number whatever the leading zeros.
 */
public record DocumentSymbol(int year, int number, String text) {

    public static final int NUMBER_MAX = 999;
    private static final Pattern FORM = Pattern.compile("T-CY\\s*\\(\\s*(\\d{4})\\s*\\)\\s*(\\d{1,3})");

    /** The symbol written as typed, spaces and case aside; empty when it is not of the form T-CY(YYYY)NN. */
    public static Optional<DocumentSymbol> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        Matcher matcher = FORM.matcher(typed.strip().toUpperCase(java.util.Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        int number = Integer.parseInt(matcher.group(2));
        if (number < 1 || year < 1900) {
            return Optional.empty();
        }
        return Optional.of(new DocumentSymbol(year, number, "T-CY(" + year + ")" + matcher.group(2)));
    }

    /** The symbol of a number in a year, written without leading zeros as recent symbols are. */
    public static DocumentSymbol of(int year, int number) {
        return new DocumentSymbol(year, number, "T-CY(" + year + ")" + number);
    }

    @Override
    public String toString() {
        return text;
    }
}

package org.octopusdesk.domain.country;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The notes flags of the Treaty Office chart, in its order. */
public enum ChartFlag {
    R, D, A, T, C, O;

    public String messageKey() {
        return "chartFlag." + name();
    }

    /** "RDA" for reservations, declarations and authorities. */
    public static String code(Set<ChartFlag> flags) {
        return flags.stream().sorted().map(Enum::name).collect(Collectors.joining());
    }

    /** The flags in "RDA", "R. D. A." or "r d a"; any other letter refused. */
    public static Set<ChartFlag> parse(String text) {
        Set<ChartFlag> flags = EnumSet.noneOf(ChartFlag.class);
        for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetter(c)) {
                flags.add(valueOf(String.valueOf(c)));
            }
        }
        return flags;
    }
}

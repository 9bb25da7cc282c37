package org.octopusdesk.domain.conference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Participants probably registered twice: the same name (case, accents, spacing and word order ignored, so
 * "PÉREZ José" is "José Perez") or the same e-mail address (case ignored).
 */
public final class LikelyDuplicates {

    /** Two registrations of one person, the earlier first; {@code byEmail} when the addresses match. */
    public record Pair(Participant first, Participant second, boolean byName, boolean byEmail) {
    }

    private LikelyDuplicates() {
    }

    public static List<Pair> among(List<Participant> participants) {
        // An erased row has no name or address left to match, and nobody to merge it into.
        List<Participant> ordered = participants.stream().filter(participant -> !participant.erased())
                .sorted(java.util.Comparator.comparingLong(participant -> participant.id().value())).toList();
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            for (int j = i + 1; j < ordered.size(); j++) {
                Participant one = ordered.get(i);
                Participant two = ordered.get(j);
                boolean byName = !one.name().isEmpty() && nameKey(one.name()).equals(nameKey(two.name()));
                boolean byEmail = !one.email().isEmpty()
                        && one.email().toLowerCase(Locale.ROOT).equals(two.email().toLowerCase(Locale.ROOT));
                if (byName || byEmail) {
                    pairs.add(new Pair(one, two, byName, byEmail));
                }
            }
        }
        return pairs;
    }

    static String nameKey(String name) {
        return java.util.Arrays.stream(SessionPerson.folded(name).split(" ")).sorted()
                .reduce((a, b) -> a + " " + b).orElse("");
    }
}

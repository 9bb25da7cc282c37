package org.octopusdesk.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The names closest to one a person typed, for "Unknown donor 'Canda'. Did you mean: Canada?". */
public final class NearMatches {

    private static final int LIMIT = 5;

    private NearMatches() {
    }

    /** Up to five candidates that contain the typed text or are a few edits away, the closest first. */
    public static List<String> of(String typed, List<String> candidates) {
        String wanted = typed.strip().toLowerCase(Locale.ROOT);
        return candidates.stream()
                .filter(candidate -> distance(wanted, candidate.toLowerCase(Locale.ROOT)) <= allowed(wanted)
                        || candidate.toLowerCase(Locale.ROOT).contains(wanted)
                        || (!candidate.isEmpty() && wanted.contains(candidate.toLowerCase(Locale.ROOT))))
                .sorted(Comparator.comparingInt(candidate -> distance(wanted, candidate.toLowerCase(Locale.ROOT))))
                .limit(LIMIT).toList();
    }

    private static int allowed(String typed) {
        return Math.max(1, Math.min(3, typed.length() / 3));
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

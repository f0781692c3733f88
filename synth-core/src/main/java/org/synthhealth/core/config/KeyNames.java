package org.synthhealth.core.config;

import java.util.Collection;
import java.util.Locale;

/** Suggests the known key nearest to a misspelt one, by edit distance. */
final class KeyNames {

    private KeyNames() {
    }

    /** A hint such as {@code did you mean num_records?}, or the list of known keys when none is close. */
    static String suggestion(String unknown, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance(unknown.toLowerCase(Locale.ROOT), candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        int tolerated = Math.max(2, unknown.length() / 3);
        if (best != null && bestDistance <= tolerated) {
            return "did you mean " + best + "?";
        }
        return "known keys here: " + String.join(", ", known);
    }

    /** The Levenshtein distance: insertions, deletions and substitutions needed to turn {@code a} into {@code b}. */
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
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

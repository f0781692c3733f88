package org.synthhealth.core.config;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Suggests the known key nearest to a misspelt one: by edit distance, or else by its words ({@code workers} for
 * {@code concurrent_workers}, {@code ref_date} for {@code reference_date}).
 */
final class KeyNames {

    /** Keys sharing the words of an unknown one that are still worth listing as a suggestion. */
    private static final int MOST_CANDIDATES = 3;
    /** The shortest word compared: shorter ones ({@code id}, {@code of}) would match too much. */
    private static final int SHORTEST_WORD = 3;
    private static final Pattern WORD_BREAKS = Pattern.compile("[_\\-\\s]+");

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
        List<String> sharingWords = known.stream().filter(candidate -> wordsMatch(unknown, candidate)).toList();
        if (sharingWords.size() == 1) {
            return "did you mean " + sharingWords.get(0) + "?";
        }
        if (sharingWords.size() > 1 && sharingWords.size() <= MOST_CANDIDATES) {
            return "did you mean one of " + String.join(", ", sharingWords) + "?";
        }
        return "known keys here: " + String.join(", ", known);
    }

    /**
     * Whether each word of {@code unknown} (split at {@code _}, {@code -} and spaces, at least three letters) starts a
     * word of {@code candidate}, or is started by one: {@code gender} for {@code gender_dist}, {@code directory} for
     * {@code dir}.
     */
    private static boolean wordsMatch(String unknown, String candidate) {
        String[] words = WORD_BREAKS.split(unknown.toLowerCase(Locale.ROOT));
        String[] theirs = WORD_BREAKS.split(candidate);
        boolean any = false;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.length() < SHORTEST_WORD) {
                return false;
            }
            boolean found = false;
            for (String their : theirs) {
                found |= their.length() >= SHORTEST_WORD && (their.startsWith(word) || word.startsWith(their));
            }
            if (!found) {
                return false;
            }
            any = true;
        }
        return any;
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

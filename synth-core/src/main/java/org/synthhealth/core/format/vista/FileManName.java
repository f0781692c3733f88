package org.synthhealth.core.format.vista;

import java.util.Locale;
import java.util.Optional;

/**
 * A person's name in FileMan's standard form {@code LAST,FIRST MIDDLE}: upper case, ASCII, 3 to 30 characters.
 *
 * <p>The rule, modelled on FileMan's name standardisation:
 * <ol>
 *   <li>Accents are folded to ASCII ({@code Ñ} to {@code N}, {@code ß} to {@code SS}, {@code Æ} to {@code AE}) and
 *       letters are upper-cased in {@link Locale#ROOT}.</li>
 *   <li>Each part keeps only letters, hyphens, apostrophes and spaces; any other character (digits, periods, commas,
 *       other punctuation) becomes a space. Runs of spaces shrink to one, spaces beside a hyphen are dropped, and
 *       spaces, hyphens and apostrophes at either end of a part are trimmed.</li>
 *   <li>When the whole exceeds 30 characters, the middle name shrinks to its initial, then is dropped, then the first
 *       name is cut (keeping at least one letter), then the last name is cut.</li>
 * </ol>
 *
 * @param family the last name as stored
 * @param given the first name as stored
 * @param middle the middle name (or initial) as stored, when there is one
 */
public record FileManName(String family, String given, Optional<String> middle) {

    /** FileMan's limit for the PATIENT file's .01 NAME field. */
    public static final int MAX_LENGTH = 30;

    /** Builds the standard form of a name; throws {@link IllegalArgumentException} when a part has no letter. */
    public static FileManName of(String last, String first, Optional<String> middle) {
        String family = part(last);
        String given = part(first);
        if (family.isEmpty() || given.isEmpty()) {
            throw new IllegalArgumentException("a FileMan name needs letters in both last and first name: "
                    + last + ", " + first);
        }
        Optional<String> mid = middle.map(FileManName::part).filter(m -> !m.isEmpty());
        if (length(family, given, mid) > MAX_LENGTH && mid.isPresent()) {
            mid = Optional.of(mid.get().substring(0, 1));
        }
        if (length(family, given, mid) > MAX_LENGTH) {
            mid = Optional.empty();
        }
        if (length(family, given, mid) > MAX_LENGTH) {
            given = cut(given, Math.max(1, MAX_LENGTH - family.length() - 1));
        }
        if (length(family, given, mid) > MAX_LENGTH) {
            family = cut(family, MAX_LENGTH - given.length() - 1);
        }
        return new FileManName(family, given, mid);
    }

    /** Splits a stored name {@code LAST,FIRST MIDDLE} at the comma and the first space after it. */
    public static FileManName parse(String value) {
        int comma = value.indexOf(',');
        if (comma <= 0) {
            throw new IllegalArgumentException("not a FileMan name (no comma): " + value);
        }
        String rest = value.substring(comma + 1);
        int space = rest.indexOf(' ');
        return space < 0
                ? new FileManName(value.substring(0, comma), rest, Optional.empty())
                : new FileManName(value.substring(0, comma), rest.substring(0, space),
                        Optional.of(rest.substring(space + 1)));
    }

    /** The stored value, {@code LAST,FIRST MIDDLE}. */
    public String value() {
        return family + "," + given + middle.map(m -> " " + m).orElse("");
    }

    /** The stored value; see {@link #value()}. */
    @Override
    public String toString() {
        return value();
    }

    private static String part(String raw) {
        String folded = FileManText.fold(raw).toUpperCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            boolean allowed = (c >= 'A' && c <= 'Z') || c == '-' || c == '\'';
            kept.append(allowed ? c : ' ');
        }
        String s = kept.toString().replaceAll(" +", " ").replaceAll(" ?- ?", "-");
        return trim(s);
    }

    private static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && " -'".indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && " -'".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : trim(s.substring(0, max));
    }

    private static int length(String family, String given, Optional<String> middle) {
        return family.length() + 1 + given.length() + middle.map(m -> m.length() + 1).orElse(0);
    }
}

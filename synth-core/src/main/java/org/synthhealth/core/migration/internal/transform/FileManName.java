package org.synthhealth.core.migration.internal.transform;

import java.util.Locale;

/**
 * Splits a FileMan NAME ({@code LAST,FIRST MIDDLE}) into parts and standardises their case
 * ({@code O'BRIEN-SMITH} becomes {@code O'Brien-Smith}).
 *
 * @param last the family name
 * @param first the first given name
 * @param middle the remaining given names, empty when none
 */
public record FileManName(String last, String first, String middle) {

    /** Parses a NAME value; one without a comma cannot be split and raises {@link TransformFailure}. */
    public static FileManName parse(String value, String where) {
        int comma = value.indexOf(',');
        if (comma <= 0) {
            throw new TransformFailure(TransformFailure.Step.PARSE, "NAME '" + value + "' has no comma in " + where);
        }
        String last = value.substring(0, comma).trim();
        String given = value.substring(comma + 1).trim();
        int space = given.indexOf(' ');
        String first = space < 0 ? given : given.substring(0, space);
        String middle = space < 0 ? "" : given.substring(space + 1).trim();
        return new FileManName(titleCase(last), titleCase(first), titleCase(middle));
    }

    /** Upper-cases the first letter of every word and after an apostrophe or hyphen, lower-cases the rest. */
    static String titleCase(String upper) {
        StringBuilder out = new StringBuilder(upper.length());
        boolean start = true;
        for (char c : upper.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-' || c == '\'';
        }
        return out.toString();
    }
}

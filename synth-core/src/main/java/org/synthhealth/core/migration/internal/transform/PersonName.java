package org.synthhealth.core.migration.internal.transform;

import java.util.Locale;
import org.synthhealth.core.format.vista.FileManName;

/**
 * A FileMan NAME split into parts with the case standardised for Millennium ({@code O'BRIEN-SMITH} becomes
 * {@code O'Brien-Smith}).
 *
 * @param middle empty when there is none
 */
record PersonName(String last, String first, String middle) {

    static PersonName parse(String value, String where) {
        FileManName name;
        try {
            name = FileManName.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TransformFailure(TransformFailure.Step.PARSE, "NAME '" + value + "' is not LAST,FIRST in "
                    + where);
        }
        return new PersonName(titleCase(name.family()), titleCase(name.given()),
                titleCase(name.middle().orElse("")));
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

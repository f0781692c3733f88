package org.synthhealth.core.migration.internal.target;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One column of a target table.
 *
 * @param sqlType portable SQL type, accepted by H2 and PostgreSQL alike
 * @param required whether schema check rejects a row without it
 * @param format the shape a code must have to pass the code-validity check, when it is a code
 */
public record Column(String name, String sqlType, ColumnKind kind, boolean required, Optional<Pattern> format) {

    /** The most characters a VARCHAR column holds; unlimited for other types. */
    public int maxLength() {
        if (!sqlType.startsWith("VARCHAR(")) {
            return Integer.MAX_VALUE;
        }
        return Integer.parseInt(sqlType.substring(8, sqlType.length() - 1));
    }

    static Column of(String name, String sqlType, ColumnKind kind, boolean required) {
        return new Column(name, sqlType, kind, required, Optional.empty());
    }

    static Column code(String name, int length, boolean required, String regex) {
        return new Column(name, "VARCHAR(" + length + ")", ColumnKind.CODE, required,
                Optional.of(Pattern.compile(regex)));
    }
}

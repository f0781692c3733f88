package org.synthhealth.core.config;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scalar as the user wrote it, before YAML gave it a type: its text and the quote around it, if any.
 *
 * <p>Numbers in a configuration are plain decimal, as on the command line. The parser follows YAML 1.1, which reads
 * {@code 010} as octal 8, {@code 0x2A} as hexadecimal 42, {@code 0b101} as binary 5 and {@code 1_000} as 1000, and
 * reads {@code 08} as text; the command line reads {@code 010} as 10. Rather than let the two disagree, a number
 * written with a leading zero, a base prefix ({@code 0x}, {@code 0o}, {@code 0b}) or underscores is refused, and the
 * message gives the decimal to write. A plain {@code 0} and decimals such as {@code 0.05} or {@code 1e-3} are fine.
 * A quoted number or boolean is text; it is refused as well, with the unquoted spelling as the fix.
 */
record WrittenScalar(String text, char quote) {

    /** The {@link #quote} of a scalar written without quotes. */
    static final char PLAIN = 0;

    private static final Pattern WHOLE = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern LEADING_ZERO = Pattern.compile("[-+]?0[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?");
    private static final Pattern BASE_PREFIX = Pattern.compile("([-+]?)0([xXoObB])([0-9a-fA-F_]+)");

    /** Whether the scalar was written in single or double quotes. */
    boolean quoted() {
        return quote != PLAIN;
    }

    /**
     * Why this scalar, read as a number for {@code key}, would not mean the decimal number it looks like; empty when
     * it is plain decimal or not written as a number at all.
     */
    Optional<String> notationProblem(String key) {
        if (quoted()) {
            return Optional.empty();
        }
        Matcher prefixed = BASE_PREFIX.matcher(text);
        if (prefixed.matches()) {
            return Optional.of(text + " is " + baseName(prefixed.group(2)) + " number; write numbers in decimal digits"
                    + inDecimal(prefixed).map(value -> ", such as " + key + ": " + value).orElse(""));
        }
        String withoutUnderscores = text.replace("_", "");
        if (text.contains("_") && DECIMAL.matcher(withoutUnderscores).matches()) {
            return Optional.of(text + " has underscores; write numbers as plain digits, such as " + key + ": "
                    + canonical(withoutUnderscores));
        }
        if (LEADING_ZERO.matcher(text).matches()) {
            return Optional.of(text + " has a leading zero, which YAML reads as an octal number; write it without "
                    + "leading zeros, such as " + key + ": " + canonical(text));
        }
        return Optional.empty();
    }

    /**
     * The whole number an unquoted scalar written in another notation stands for ({@code 0042}, {@code 0x2A},
     * {@code 1_000}); empty for plain decimal, quoted text and anything else.
     */
    Optional<BigInteger> otherNotationValue() {
        if (quoted() || WHOLE.matcher(text).matches() && !LEADING_ZERO.matcher(text).matches()) {
            return Optional.empty();
        }
        Matcher prefixed = BASE_PREFIX.matcher(text);
        if (prefixed.matches()) {
            return inDecimal(prefixed).map(BigInteger::new);
        }
        String digits = text.replace("_", "");
        return WHOLE.matcher(digits).matches() ? Optional.of(new BigInteger(digits)) : Optional.empty();
    }

    /**
     * For a value that should be a number: the fix when it is quoted text that would be one unquoted ({@code whole}:
     * a whole number).
     */
    Optional<String> quotedNumber(String key, boolean whole) {
        String unquoted = text.strip();
        if (!quoted() || !(whole ? WHOLE : DECIMAL).matcher(unquoted).matches()) {
            return Optional.empty();
        }
        return Optional.of(written() + " is quoted text, not a number; write it without quotes: " + key + ": "
                + canonical(unquoted));
    }

    /** For a value that should be true or false: the fix when it is quoted {@code true} or {@code false}. */
    Optional<String> quotedBoolean(String key) {
        String unquoted = text.strip().toLowerCase(Locale.ROOT);
        if (!quoted() || !(unquoted.equals("true") || unquoted.equals("false"))) {
            return Optional.empty();
        }
        return Optional.of(written() + " is quoted text, not true or false; write it without quotes: " + key + ": "
                + unquoted);
    }

    /**
     * For a value YAML read as {@code value}: the fix when it was written as one of YAML 1.1's other words for a
     * boolean ({@code yes}, {@code no}, {@code on}, {@code off}), which YAML 1.2 and most readers take as text.
     */
    Optional<String> booleanWord(String key, boolean value) {
        String word = text.strip().toLowerCase(Locale.ROOT);
        if (quoted() || word.equals("true") || word.equals("false")) {
            return Optional.empty();
        }
        return Optional.of(text + " is read as " + value + " only by YAML 1.1; write true or false, such as " + key
                + ": " + value);
    }

    /** The scalar with its quotes, as it appears in the file (escapes aside). */
    String written() {
        return quoted() ? quote + text + quote : text;
    }

    /** A whole number without leading zeros or a plus sign; any other decimal as it is. */
    private static String canonical(String number) {
        return WHOLE.matcher(number).matches() ? new BigInteger(number).toString() : number;
    }

    private static String baseName(String letter) {
        return switch (letter.toLowerCase(Locale.ROOT)) {
            case "x" -> "a hexadecimal";
            case "o" -> "an octal";
            default -> "a binary";
        };
    }

    private static Optional<String> inDecimal(Matcher prefixed) {
        int radix = switch (prefixed.group(2).toLowerCase(Locale.ROOT)) {
            case "x" -> 16;
            case "o" -> 8;
            default -> 2;
        };
        try {
            return Optional.of(new BigInteger(prefixed.group(1) + prefixed.group(3).replace("_", ""), radix)
                    .toString());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

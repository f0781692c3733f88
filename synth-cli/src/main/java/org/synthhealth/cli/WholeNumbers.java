package org.synthhealth.cli;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synthhealth.core.CohortSpec;
import picocli.CommandLine;

/**
 * Reads whole-number options the way the YAML reads its numbers: plain decimal digits with an optional sign. A
 * leading zero, hex, underscores or an exponent are refused in one line rather than read in some
 * other base or rounded, so {@code --seed 0042} cannot silently mean something else than {@code seed: 0042}.
 */
final class WholeNumbers {

    private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern BASE_PREFIX = Pattern.compile("([-+]?)0([xXoObB])([0-9a-fA-F]+)");
    private static final Map<String, Integer> RADIX = Map.of("x", 16, "o", 8, "b", 2);

    private WholeNumbers() {
    }

    /** Counts: {@code --num-records} and {@code --batch-size}. */
    static final class Count implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            // A negative count that fits is left to the configuration, which names the setting and its minimum.
            return read(value, "1000", Integer.MIN_VALUE, Integer.MAX_VALUE, "1 to " + Integer.MAX_VALUE)
                    .intValueExact();
        }
    }

    /** {@code --workers}, whose range the message names. */
    static final class Workers implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return read(value, "2", Integer.MIN_VALUE, Integer.MAX_VALUE, "1 to " + CohortSpec.MAX_WORKERS)
                    .intValueExact();
        }
    }

    /** {@code --seed}. */
    static final class Seed implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return read(value, "42", Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE + " to " + Long.MAX_VALUE)
                    .longValueExact();
        }
    }

    private static BigInteger read(String value, String example, long min, long max, String range) {
        Optional<BigInteger> otherBase = inAnotherBase(value);
        if (otherBase.isPresent()) {
            throw refused(value, "is not decimal; " + decimalOrRange(otherBase.get(), min, max, range));
        }
        if (value.contains("_") && DECIMAL.matcher(value.replace("_", "")).matches()) {
            BigInteger number = new BigInteger(value.replace("_", ""));
            throw refused(value, "has underscores; " + decimalOrRange(number, min, max, range));
        }
        if (!DECIMAL.matcher(value).matches()) {
            throw refused(value, "is not a whole number; write decimal digits only, for example " + example);
        }
        BigInteger number = new BigInteger(value);
        if (!inRange(number, min, max)) {
            throw refused(value, "is out of range; use a whole number from " + range);
        }
        String digits = value.startsWith("-") || value.startsWith("+") ? value.substring(1) : value;
        if (digits.length() > 1 && digits.charAt(0) == '0') {
            throw refused(value, "has a leading zero; write " + number
                    + " (a leading zero would read as octal in YAML)");
        }
        return number;
    }

    /** The fix for a number written in another notation: its decimal form, or the range when that is outside. */
    private static String decimalOrRange(BigInteger number, long min, long max, String range) {
        return inRange(number, min, max) ? "write " + number
                : "its value " + number + " is out of range; use a whole number from " + range;
    }

    private static boolean inRange(BigInteger number, long min, long max) {
        return number.compareTo(BigInteger.valueOf(min)) >= 0 && number.compareTo(BigInteger.valueOf(max)) <= 0;
    }

    /** The value of {@code 0x2A}, {@code 0o17} or {@code 0b101}; empty for anything else. */
    private static Optional<BigInteger> inAnotherBase(String value) {
        Matcher prefixed = BASE_PREFIX.matcher(value);
        if (!prefixed.matches()) {
            return Optional.empty();
        }
        try {
            int radix = RADIX.get(prefixed.group(2).toLowerCase(Locale.ROOT));
            BigInteger number = new BigInteger(prefixed.group(3), radix);
            return Optional.of(prefixed.group(1).equals("-") ? number.negate() : number);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static CommandLine.TypeConversionException refused(String value, String why) {
        return new CommandLine.TypeConversionException("\"" + value + "\" " + why);
    }
}

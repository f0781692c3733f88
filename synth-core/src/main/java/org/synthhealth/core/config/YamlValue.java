package org.synthhealth.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.model.Labelled;

/** One value of a YAML configuration with its path, read with the type the key needs or refused with a fix. */
final class YamlValue {

    private final YamlDocument doc;
    private final String path;
    private final JsonNode node;

    YamlValue(YamlDocument doc, String path, JsonNode node) {
        this.doc = doc;
        this.path = path;
        this.node = node;
    }

    String path() {
        return path;
    }

    boolean isNull() {
        return node == null || node.isNull();
    }

    /** An error at this value's path and line. */
    InvalidInputException problem(String message) {
        return doc.problem(path, message);
    }

    /**
     * Whether the value was left out after its key's colon ({@code seed:}), which YAML reads as null. A key written
     * that way is a slip (a value not typed yet, a line cut short), unlike {@code seed: null}, which asks for the
     * default in so many words.
     */
    boolean isBlank() {
        return node != null && node.isNull()
                && doc.written(path).map(w -> !w.quoted() && w.text().isEmpty()).orElse(false);
    }

    /**
     * The entries of a mapping, in file order; an unknown key is refused with the nearest known key, and a key with
     * no value (see {@link #isBlank()}).
     */
    Map<String, YamlValue> entries(Set<String> known) {
        Map<String, YamlValue> entries = mapping();
        for (String key : entries.keySet()) {
            if (!known.contains(key)) {
                throw entries.get(key).problem("unknown key; " + KeyNames.suggestion(key, known));
            }
        }
        return refuseBlank(entries);
    }

    /** The entries of a mapping whose keys are free (categories, condition names), in file order; none blank. */
    Map<String, YamlValue> entries() {
        return refuseBlank(mapping());
    }

    private static Map<String, YamlValue> refuseBlank(Map<String, YamlValue> entries) {
        for (YamlValue value : entries.values()) {
            if (value.isBlank()) {
                throw value.problem("has no value; give a value or remove the key");
            }
        }
        return entries;
    }

    private Map<String, YamlValue> mapping() {
        if (!node.isObject()) {
            throw problem("expected a mapping of keys to values, got " + describe()
                    + "; write one \"key: value\" per line, indented under " + lastSegment() + ":");
        }
        Map<String, YamlValue> entries = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            entries.put(e.getKey(), new YamlValue(doc, child, e.getValue()));
        }
        return entries;
    }

    /** The items of a list; a single scalar counts as a list of one. */
    List<YamlValue> items() {
        List<YamlValue> items = new ArrayList<>();
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                items.add(new YamlValue(doc, path + "[" + i + "]", node.get(i)));
            }
        } else if (node.isValueNode()) {
            items.add(this);
        } else {
            throw problem("expected a list such as [a, b], got " + describe());
        }
        return items;
    }

    /** A whole number at least {@code min}, written in plain decimal digits. */
    int wholeNumber(int min) {
        refuseOtherNotationOutside(min, Integer.MAX_VALUE);
        refuseAsWritten(w -> w.notationProblem(lastSegment()));
        if (node.isIntegralNumber() && !node.canConvertToInt()) {
            throw problem("is " + node.asText() + ", " + (node.bigIntegerValue().signum() < 0 ? "too small; give a "
                    + "whole number of at least " + min : "too large; give a whole number up to " + Integer.MAX_VALUE));
        }
        if (!node.isIntegralNumber()) {
            refuseAsWritten(w -> w.quotedNumber(lastSegment(), true));
            refuseDigitsBeyondAnyRange("a whole number from " + min + " to " + Integer.MAX_VALUE);
            throw problem("expected a whole number, got " + describe() + "; write for example " + lastSegment()
                    + ": " + Math.max(min, 100));
        }
        int value = node.intValue();
        if (value < min) {
            throw problem("is " + value + ", must be at least " + min + "; give a whole number >= " + min);
        }
        return value;
    }

    /** A whole number from {@code min} to {@code max}. */
    int wholeNumber(int min, int max) {
        refuseOtherNotationOutside(min, max);
        refuseAsWritten(w -> w.notationProblem(lastSegment()));
        if (node != null && node.isIntegralNumber() && !node.canConvertToInt()) {
            throw problem("is " + node.asText() + ", " + (node.bigIntegerValue().signum() < 0 ? "below " + min
                    : "above " + max) + "; give a whole number from " + min + " to " + max);
        }
        if (node != null && node.isIntegralNumber() && node.canConvertToInt() && node.intValue() < min) {
            throw problem("is " + node.intValue() + ", below " + min + "; give a whole number from " + min + " to "
                    + max);
        }
        int value = wholeNumber(min);
        if (value > max) {
            throw problem("is " + value + ", above " + max + "; give a whole number from " + min + " to " + max);
        }
        return value;
    }

    /** Any whole number that fits in 64 bits, written in plain decimal digits. */
    long longNumber() {
        refuseOtherNotationOutside(Long.MIN_VALUE, Long.MAX_VALUE);
        refuseAsWritten(w -> w.notationProblem(lastSegment()));
        if (node.isIntegralNumber() && !node.canConvertToLong()) {
            throw problem("is " + node.asText() + ", out of range; give a whole number from " + Long.MIN_VALUE
                    + " to " + Long.MAX_VALUE);
        }
        if (!node.isIntegralNumber()) {
            refuseAsWritten(w -> w.quotedNumber(lastSegment(), true));
            refuseDigitsBeyondAnyRange("a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE);
            throw problem("expected a whole number, got " + describe() + "; write for example " + lastSegment()
                    + ": 42");
        }
        return node.longValue();
    }

    /** A number, whole or decimal, written in decimal ({@code 0.05}, {@code 1e-3}). */
    double number() {
        refuseAsWritten(w -> w.notationProblem(lastSegment()));
        if (!node.isNumber()) {
            refuseAsWritten(w -> w.quotedNumber(lastSegment(), false));
            throw problem("expected a number, got " + describe() + "; write for example " + lastSegment() + ": 0.5");
        }
        return node.doubleValue();
    }

    /** A number in [0, 1]. */
    double rate() {
        double value = number();
        if (!(value >= 0 && value <= 1)) {
            throw problem("is " + value + ", must lie between 0 and 1; give a fraction such as 0.05 for 5%");
        }
        return value;
    }

    boolean bool() {
        if (!node.isBoolean()) {
            refuseAsWritten(w -> w.quotedBoolean(lastSegment()));
            throw problem("expected true or false, got " + describe());
        }
        refuseAsWritten(w -> w.booleanWord(lastSegment(), node.booleanValue()));
        return node.booleanValue();
    }

    /** A scalar read as text (numbers and booleans too, as written: {@code 0042} stays 0042, not octal 34). */
    String text() {
        if (!node.isValueNode() || node.isNull()) {
            throw problem("expected a single value, got " + describe() + "; give one value after the colon"
                    + (node.isContainerNode() ? ", not a list or a mapping" : ""));
        }
        return doc.written(path).map(WrittenScalar::text).orElseGet(node::asText);
    }

    /** A folder path; {@code ~} is the home folder. */
    Path path(String hint) {
        String text = text();
        if (text.isBlank()) {
            throw problem("is empty; give " + hint);
        }
        try {
            return PathText.folder(text);
        } catch (IllegalArgumentException e) {
            throw problem(e.getMessage());
        }
    }

    /** A file path; {@code ~} is the home folder, and a trailing slash is refused with {@code example} as the fix. */
    Path filePath(String hint, String example) {
        String text = text();
        if (text.isBlank()) {
            throw problem("is empty; give " + hint);
        }
        try {
            return PathText.file(text, example);
        } catch (IllegalArgumentException e) {
            throw problem(e.getMessage());
        }
    }

    LocalDate date() {
        String text = text();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw problem("\"" + text + "\" is not a date; write it as YYYY-MM-DD, for example 2026-01-01");
        }
    }

    /** One of the {@code allowed} values, matched on its label ignoring case, spaces, hyphens and underscores. */
    <E extends Enum<E> & Labelled> E choice(List<E> allowed) {
        String text = text();
        for (E value : allowed) {
            if (normalise(value.label()).equals(normalise(text)) || normalise(value.name()).equals(normalise(text))) {
                return value;
            }
        }
        throw problem("unknown value \"" + text + "\"; use one of " + labels(allowed));
    }

    static String normalise(String label) {
        return label.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ').strip();
    }

    static <E extends Labelled> String labels(List<E> allowed) {
        return String.join(", ", allowed.stream().map(Labelled::label).toList());
    }

    /** Refuses with the message {@code check} finds in the value as written ({@code 0042}, a quoted {@code "42"}). */
    /**
     * A number written in another notation ({@code 0099999999999}) whose value is out of range: suggesting the same
     * digits without the leading zero would only lead to a second refusal, so the range is the fix.
     */
    private void refuseOtherNotationOutside(long min, long max) {
        doc.written(path).flatMap(WrittenScalar::otherNotationValue)
                .filter(v -> v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0)
                .ifPresent(v -> {
                    throw problem(doc.written(path).get().written() + " stands for " + v + ", which is out of range; "
                            + "give a whole number from " + min + " to " + max + " in plain decimal digits");
                });
    }

    private void refuseAsWritten(Function<WrittenScalar, Optional<String>> check) {
        doc.written(path).flatMap(check).ifPresent(message -> {
            throw problem(message);
        });
    }

    private String lastSegment() {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /**
     * A run of digits too long for the YAML parser to take as a number (over about a thousand) arrives as text; it is
     * told as the number it looks like, not as text that is no number.
     */
    private void refuseDigitsBeyondAnyRange(String range) {
        if (node != null && node.isTextual() && node.asText().matches("[-+]?[0-9]+")) {
            String digits = node.asText();
            int count = digits.replaceFirst("^[-+]", "").length();
            throw problem("is a number of " + count + " digits, far " + (digits.startsWith("-") ? "below" : "above")
                    + " any value the setting takes; give " + range);
        }
    }

    private String describe() {
        if (node == null || node.isNull()) {
            return "nothing";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        return "\"" + doc.written(path).map(WrittenScalar::text).orElseGet(node::asText) + "\"";
    }
}

package org.synthhealth.core;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code migration_settings} options that change how the migration behaves, each with its type, range and
 * default. They are kept in {@link MigrationSettings#options()} under their {@link #key()}, for example
 * {@code Map.of("rollback_threshold", 0.2, "on_batch_failure", "abandon")}.
 *
 * <p>This is the one rule set for these options: the YAML reader, the validator of specs built in code and the
 * migration itself all ask {@link #problem(Object)}, so a value accepted in one place is accepted in all three.
 */
public enum MigrationOption {

    /** Retries of a call after a transient fault (network or overload) before the patient fails; default 3. */
    RETRY_LIMIT("retry_limit", Kind.COUNT, 3),

    /** Share of a staged batch that may fail before the batch is rolled back; default 0.5. */
    BATCH_FAILURE_THRESHOLD("batch_failure_threshold", Kind.RATE, 0.5),

    /** What happens to a rolled-back batch: {@code retry} (the default) or {@code abandon}. */
    ON_BATCH_FAILURE("on_batch_failure", Kind.CHOICE, "retry"),

    /** How many times a rolled-back batch is retried; default 1. */
    BATCH_RETRIES("batch_retries", Kind.COUNT, 1),

    /** Share of a big-bang migration that may fail before everything is rolled back; default 0.5. */
    ROLLBACK_THRESHOLD("rollback_threshold", Kind.RATE, 0.5);

    /** The largest count an option takes: more retries than this only make a run slower, never different. */
    public static final int MAX_COUNT = 100;

    /** The values {@link #ON_BATCH_FAILURE} takes. */
    public static final List<String> BATCH_FAILURE_ACTIONS = List.of("retry", "abandon");

    /** The type of value an option takes. */
    public enum Kind {
        /** A whole number from 0 to {@link #MAX_COUNT}. */
        COUNT,
        /** A number from 0 to 1. */
        RATE,
        /** One of a closed set of words. */
        CHOICE
    }

    private final String key;
    private final Kind kind;
    private final Object defaultValue;

    MigrationOption(String key, Kind kind, Object defaultValue) {
        this.key = key;
        this.kind = kind;
        this.defaultValue = defaultValue;
    }

    /** The YAML key under {@code migration_settings}, also the key in {@link MigrationSettings#options()}. */
    public String key() {
        return key;
    }

    /** The type of value the option takes. */
    public Kind kind() {
        return kind;
    }

    /** The value used when the option is not given. */
    public Object defaultValue() {
        return defaultValue;
    }

    /** The option with this key, if it is one. */
    public static Optional<MigrationOption> named(String key) {
        for (MigrationOption option : values()) {
            if (option.key.equals(key)) {
                return Optional.of(option);
            }
        }
        return Optional.empty();
    }

    /**
     * What is wrong with {@code value} for this option, followed by the fix (without the key, so a caller can put
     * the file, line and path in front); empty when the value is usable or absent ({@code null}).
     */
    public Optional<String> problem(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (kind) {
            case COUNT -> value instanceof Number n && isWhole(n) && n.doubleValue() >= 0
                    && n.doubleValue() <= MAX_COUNT ? Optional.empty()
                    : Optional.of("is " + shown(value) + ", must be a whole number from 0 to " + MAX_COUNT
                            + "; write for example " + key + ": " + defaultValue);
            case RATE -> value instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= 1
                    ? Optional.empty()
                    : Optional.of("is " + shown(value) + ", must lie between 0 and 1; give a fraction such as "
                            + defaultValue);
            case CHOICE -> BATCH_FAILURE_ACTIONS.contains(normalised(value)) ? Optional.empty()
                    : Optional.of("unknown value " + shown(value) + "; use " + String.join(" or ",
                            BATCH_FAILURE_ACTIONS));
        };
    }

    /** The whole number this option has in {@code settings}, or its default; the value must have no problem. */
    public int count(MigrationSettings settings) {
        return ((Number) valueIn(settings)).intValue();
    }

    /** The rate this option has in {@code settings}, or its default; the value must have no problem. */
    public double rate(MigrationSettings settings) {
        return ((Number) valueIn(settings)).doubleValue();
    }

    /** The word this option has in {@code settings} (lower case), or its default; the value must have no problem. */
    public String choice(MigrationSettings settings) {
        return normalised(valueIn(settings));
    }

    /** A value spelt the way the options store it: a choice in lower case without surrounding spaces. */
    public static String normalised(Object value) {
        return value.toString().strip().toLowerCase(Locale.ROOT);
    }

    private Object valueIn(MigrationSettings settings) {
        return settings.options().getOrDefault(key, defaultValue);
    }

    private static boolean isWhole(Number n) {
        double d = n.doubleValue();
        return !Double.isInfinite(d) && d == Math.rint(d);
    }

    private static String shown(Object value) {
        return value instanceof Number ? value.toString() : "\"" + value + "\"";
    }
}

package org.synthhealth.junit.internal;

import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Decides the seed of a cohort: the declared one, else the run-wide {@code -Dsynth.seed}, else a freshly drawn one.
 */
public final class Seeds {

    /** The system property that forces the seed of every cohort that declares none. */
    public static final String PROPERTY = "synth.seed";

    private Seeds() {
    }

    /** Where a seed came from, as told in the failure report. */
    public enum Source {
        /** Declared in the annotation. */
        DECLARED("declared"),
        /** Forced for the run by {@code -Dsynth.seed}. */
        SYSTEM_PROPERTY("from -D" + PROPERTY),
        /** Drawn at random for this test. */
        DRAWN("drawn at random");

        private final String text;

        Source(String text) {
            this.text = text;
        }

        /** How the report words it. */
        public String text() {
            return text;
        }
    }

    /** A seed with its origin. */
    public record Resolved(long seed, Source source) {
    }

    /** The seed for a request; {@code drawInScope} is asked only when neither a declared nor a forced seed exists. */
    public static Resolved resolve(Optional<Long> declared, Supplier<Long> drawInScope) {
        if (declared.isPresent()) {
            return new Resolved(declared.get(), Source.DECLARED);
        }
        Optional<Long> forced = forced();
        if (forced.isPresent()) {
            return new Resolved(forced.get(), Source.SYSTEM_PROPERTY);
        }
        return new Resolved(drawInScope.get(), Source.DRAWN);
    }

    /** The run-wide seed given by {@code -Dsynth.seed}, if any. */
    public static Optional<Long> forced() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(value.strip().replaceFirst("[lL]$", "")));
        } catch (NumberFormatException e) {
            throw new ExtensionConfigurationException("-D" + PROPERTY + "=" + value
                    + " is not a whole number; give a long such as -D" + PROPERTY + "=123456789");
        }
    }

    /**
     * A fresh, non-negative seed from the product's seed resolver. Drawing is the one deliberately unrepeatable step:
     * it happens only when no seed was declared or forced, and the drawn seed is reported on failure.
     */
    public static long draw() {
        return org.synthhealth.core.Seeds.fresh();
    }
}

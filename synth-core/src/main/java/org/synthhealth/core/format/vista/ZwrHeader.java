package org.synthhealth.core.format.vista;

import java.util.Optional;

/**
 * The two header lines of a ZWR file: a free label, then a date line ending in {@code ZWR} that tells
 * {@code mupip load} the format.
 *
 * <p>This project's writer puts {@code key=value} words in the label, for example
 * {@code synth-health VistA FileMan globals seed=42 dfn=index+1 reference=2026-01-01 patients=20
 * config=3f9a0c1b7d2e4f60}; {@link #field(String)} reads them. Files from {@code mupip extract}, and files written
 * before the header recorded {@code patients} and {@code config}, lack some or all of these words.
 *
 * @param label the first line
 * @param dateLine the second line, for example {@code 01-JAN-2026  00:00:00 ZWR}
 */
public record ZwrHeader(String label, String dateLine) {

    /** The word naming the seed the patients were generated with. */
    public static final String SEED = "seed";

    /** The word naming how many patients the file holds. */
    public static final String PATIENTS = "patients";

    /** The word naming the {@link org.synthhealth.core.config.CohortFingerprint} of the spec that wrote the file. */
    public static final String CONFIGURATION = "config";

    /** The value of the {@code key=value} word named {@code key} in the label, when there is one. */
    public Optional<String> field(String key) {
        for (String word : label.split(" ")) {
            if (word.startsWith(key + "=")) {
                return Optional.of(word.substring(key.length() + 1));
            }
        }
        return Optional.empty();
    }

    /** The two lines joined by a line feed, as written at the top of a file (without the final line feed). */
    public String text() {
        return label + "\n" + dateLine;
    }
}

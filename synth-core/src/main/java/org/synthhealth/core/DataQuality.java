package org.synthhealth.core;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The {@code data_quality} block: the quality a migrated patient must reach and how strictly validation judges. A
 * value the YAML could not hold (a rate outside [0, 1], an unknown strictness) is refused when it is made.
 *
 * @param minimumQualityScore patients scoring below this after migration are flagged, in [0, 1]
 * @param qualityDegradationRate the share of fields degraded per migration stage, in [0, 1]
 * @param validationStrictness {@code low}, {@code medium} or {@code high}; kept in lower case, as the YAML reads it
 */
public record DataQuality(double minimumQualityScore, double qualityDegradationRate, String validationStrictness) {

    /** The values of {@code validation_strictness}, in lower case. */
    public static final List<String> STRICTNESS = List.of("low", "medium", "high");

    /**
     * The block with these values; the strictness is matched ignoring case and surrounding spaces.
     *
     * @throws InvalidInputException naming the YAML key, the builder method and the fix for a rate outside [0, 1] or
     *     an unknown strictness
     */
    public DataQuality {
        validationStrictness = Objects.requireNonNull(validationStrictness, "validationStrictness").strip()
                .toLowerCase(Locale.ROOT);
        rate("minimum_quality_score", minimumQualityScore);
        rate("quality_degradation_rate", qualityDegradationRate);
        if (!STRICTNESS.contains(validationStrictness)) {
            throw new InvalidInputException("data_quality.validation_strictness (dataQuality): unknown value \""
                    + validationStrictness + "\"; use one of " + String.join(", ", STRICTNESS));
        }
    }

    /** The defaults: minimum score 0.85, degradation 0.02 per stage, strictness {@code high}. */
    public static DataQuality defaults() {
        return new DataQuality(0.85, 0.02, "high");
    }

    private static void rate(String key, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new InvalidInputException("data_quality." + key + " (dataQuality): is " + value
                    + ", must lie between 0 and 1; give a fraction such as 0.05 for 5%");
        }
    }
}

package org.synthhealth.core;

import java.util.Locale;
import java.util.Objects;

/**
 * The {@code data_quality} block: the quality a migrated patient must reach and how strictly validation judges.
 *
 * @param minimumQualityScore patients scoring below this after migration are flagged, in [0, 1]
 * @param qualityDegradationRate the share of fields degraded per migration stage, in [0, 1]
 * @param validationStrictness {@code low}, {@code medium} or {@code high}; kept in lower case, as the YAML reads it
 */
public record DataQuality(double minimumQualityScore, double qualityDegradationRate, String validationStrictness) {

    public DataQuality {
        validationStrictness = Objects.requireNonNull(validationStrictness, "validationStrictness").strip()
                .toLowerCase(Locale.ROOT);
    }

    /** The defaults: minimum score 0.85, degradation 0.02 per stage, strictness {@code high}. */
    public static DataQuality defaults() {
        return new DataQuality(0.85, 0.02, "high");
    }
}

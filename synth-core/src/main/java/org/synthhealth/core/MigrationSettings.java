package org.synthhealth.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code migration_settings} block: source and target systems, per-stage success rates and fault rates.
 *
 * @param successRates per stage ({@code extract}, {@code transform}, {@code validate}, {@code load}), each in [0, 1];
 *     a stage left out always succeeds, and is kept as a rate of 1.0 so the settings read back equal from YAML
 * @param networkFailureRate the chance a stage call fails transiently and is retried
 * @param systemOverloadRate the chance a call is slowed or throttled by an overloaded target
 * @param dataCorruptionRate the chance a record has a field corrupted in flight
 * @param options the remaining stage-specific keys of the user guide (for example {@code extract_timeout},
 *     {@code load_batch_size}), in the order given, and {@code vista_source} (a map of {@code type},
 *     {@code global_directory}, {@code gtm_dist}) when extract should read a live GT.M database; see
 *     {@code org.synthhealth.core.migration.GtmSource}
 */
public record MigrationSettings(
        String sourceSystem,
        String targetSystem,
        Map<String, Double> successRates,
        double networkFailureRate,
        double systemOverloadRate,
        double dataCorruptionRate,
        Map<String, Object> options) {

    /** The migration stages, in pipeline order: the keys of {@code success_rates}. */
    public static final List<String> STAGES = List.of("extract", "transform", "validate", "load");

    public MigrationSettings {
        Map<String, Double> rates = new LinkedHashMap<>();
        STAGES.forEach(stage -> rates.put(stage, 1.0));
        rates.putAll(successRates);
        successRates = Map.copyOf(rates);
        options = Map.copyOf(options);
    }

    /** The user guide's defaults: VistA to Oracle Health, success 0.98/0.95/0.92/0.90, faults 0.05/0.03/0.01. */
    public static MigrationSettings defaults() {
        return new MigrationSettings("vista", "oracle_health",
                Map.of("extract", 0.98, "transform", 0.95, "validate", 0.92, "load", 0.90),
                0.05, 0.03, 0.01, Map.of());
    }
}

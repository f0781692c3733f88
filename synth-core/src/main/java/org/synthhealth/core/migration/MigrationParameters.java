package org.synthhealth.core.migration;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.MigrationSettings;
import org.synthhealth.core.MigrationStrategy;

/**
 * The effective settings of one migration, resolved from a {@link CohortSpec} with defaults filled in.
 *
 * <p>Besides the user guide's keys, {@code migration_settings} accepts these options: {@code retry_limit} (retries of
 * a call after a transient fault, default 3), {@code batch_failure_threshold} (share of a batch that may fail before
 * the batch is rolled back, default 0.5), {@code on_batch_failure} ({@code retry} or {@code abandon}, default
 * {@code retry}), {@code batch_retries} (default 1), {@code rollback_threshold} (share of a big-bang migration that
 * may fail before everything is rolled back, default 0.5). Other options are kept in the report but have no effect.
 *
 * @param successRates per stage, in [0, 1]: the chance a patient passes the stage without an injected stage error
 * @param validationStrictness {@code low}, {@code medium} or {@code high}: which checks validation enforces
 * @param errorPatterns the user guide's {@code error_patterns}, group then pattern then rate
 */
public record MigrationParameters(
        MigrationStrategy strategy,
        int batchSize,
        int concurrentWorkers,
        Map<MigrationStage, Double> successRates,
        double networkFailureRate,
        double systemOverloadRate,
        double dataCorruptionRate,
        double minimumQualityScore,
        double qualityDegradationRate,
        String validationStrictness,
        Map<String, Map<String, Double>> errorPatterns,
        int retryLimit,
        double batchFailureThreshold,
        boolean retryFailedBatches,
        int batchRetries,
        double rollbackThreshold) {

    public MigrationParameters {
        successRates = Collections.unmodifiableMap(new EnumMap<>(successRates));
        errorPatterns = Collections.unmodifiableMap(new TreeMap<>(errorPatterns));
    }

    /** Reads the migration settings of a spec; a bad value raises {@link InvalidInputException} naming its key. */
    public static MigrationParameters from(CohortSpec spec) {
        MigrationSettings settings = spec.migrationSettings();
        Map<MigrationStage, Double> rates = new EnumMap<>(MigrationStage.class);
        for (MigrationStage stage : MigrationStage.values()) {
            rates.put(stage, 1.0);
        }
        for (Map.Entry<String, Double> entry : new TreeMap<>(settings.successRates()).entrySet()) {
            MigrationStage stage = stageNamed(entry.getKey());
            rates.put(stage, rate("migration_settings.success_rates." + entry.getKey(), entry.getValue()));
        }
        Map<String, Object> options = settings.options();
        String strictness = spec.dataQuality().validationStrictness().toLowerCase(Locale.ROOT);
        if (!strictness.equals("low") && !strictness.equals("medium") && !strictness.equals("high")) {
            throw new InvalidInputException("data_quality.validation_strictness: '" + strictness
                    + "' is not known; use low, medium or high");
        }
        String onFailure = String.valueOf(options.getOrDefault("on_batch_failure", "retry")).toLowerCase(Locale.ROOT);
        if (!onFailure.equals("retry") && !onFailure.equals("abandon")) {
            throw new InvalidInputException("migration_settings.on_batch_failure: '" + onFailure
                    + "' is not known; use retry or abandon");
        }
        if (spec.batchSize() < 1) {
            throw new InvalidInputException("batch_size: " + spec.batchSize() + " is too small; use 1 or more");
        }
        return new MigrationParameters(spec.migrationStrategy(), spec.batchSize(),
                Math.max(1, spec.concurrentWorkers()), rates,
                rate("migration_settings.network_failure_rate", settings.networkFailureRate()),
                rate("migration_settings.system_overload_rate", settings.systemOverloadRate()),
                rate("migration_settings.data_corruption_rate", settings.dataCorruptionRate()),
                rate("data_quality.minimum_quality_score", spec.dataQuality().minimumQualityScore()),
                rate("data_quality.quality_degradation_rate", spec.dataQuality().qualityDegradationRate()),
                strictness, checkedPatterns(spec.errorPatterns()),
                wholeNumber(options, "retry_limit", 3),
                rate("migration_settings.batch_failure_threshold",
                        number(options, "batch_failure_threshold", 0.5)),
                onFailure.equals("retry"),
                wholeNumber(options, "batch_retries", 1),
                rate("migration_settings.rollback_threshold", number(options, "rollback_threshold", 0.5)));
    }

    /** The configured success rate of a stage. */
    public double successRate(MigrationStage stage) {
        return successRates.get(stage);
    }

    private static MigrationStage stageNamed(String key) {
        for (MigrationStage stage : MigrationStage.values()) {
            if (stage.label().equals(key.toLowerCase(Locale.ROOT))) {
                return stage;
            }
        }
        throw new InvalidInputException("migration_settings.success_rates." + key
                + ": unknown stage; use extract, transform, validate or load");
    }

    private static Map<String, Map<String, Double>> checkedPatterns(Map<String, Map<String, Double>> patterns) {
        Map<String, Map<String, Double>> checked = new TreeMap<>();
        patterns.forEach((group, rates) -> {
            Map<String, Double> groupRates = new TreeMap<>();
            rates.forEach((name, value) -> groupRates.put(name,
                    rate("error_patterns." + group + "." + name, value)));
            checked.put(group, Collections.unmodifiableMap(groupRates));
        });
        return checked;
    }

    private static double rate(String key, Double value) {
        if (value == null || value.isNaN() || value < 0 || value > 1) {
            throw new InvalidInputException(key + ": " + value + " is not a rate; use a number from 0 to 1");
        }
        return value;
    }

    private static double number(Map<String, Object> options, String key, double fallback) {
        Object value = options.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        throw new InvalidInputException("migration_settings." + key + ": '" + value + "' is not a number");
    }

    private static int wholeNumber(Map<String, Object> options, String key, int fallback) {
        double value = number(options, key, fallback);
        if (value < 0 || value != Math.rint(value) || value > 100) {
            throw new InvalidInputException("migration_settings." + key + ": '" + options.get(key)
                    + "' is not a whole number from 0 to 100");
        }
        return (int) value;
    }
}

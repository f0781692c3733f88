package org.synthhealth.core.migration;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.MigrationOption;
import org.synthhealth.core.MigrationSettings;
import org.synthhealth.core.MigrationStrategy;

/**
 * The effective settings of one migration, resolved from a {@link CohortSpec} with defaults filled in.
 *
 * <p>Besides the user guide's keys, {@code migration_settings} accepts these options: {@code retry_limit} (retries of
 * a call after a transient fault, default 3), {@code batch_failure_threshold} (share of a batch that may fail before
 * the batch is rolled back, default 0.5), {@code on_batch_failure} ({@code retry} or {@code abandon}, default
 * {@code retry}), {@code batch_retries} (default 1), {@code rollback_threshold} (share of a big-bang migration that
 * may fail before everything is rolled back, default 0.5); their rules are {@link MigrationOption}'s. Other options
 * are kept in the report but have no effect.
 *
 * @param concurrentWorkers the simulated workers: {@code concurrent_workers}, or {@link #DEFAULT_SIMULATED_WORKERS}
 *     when the spec leaves it unset
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

    /**
     * The workers a migration simulates when {@code concurrent_workers} is not set. Generation threads default to the
     * processor count instead, which is harmless there because generated output does not depend on it.
     */
    public static final int DEFAULT_SIMULATED_WORKERS = 4;

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
        for (MigrationOption option : MigrationOption.values()) {
            option.problem(options.get(option.key())).ifPresent(reason -> {
                throw new InvalidInputException("migration_settings." + option.key() + ": " + reason);
            });
        }
        if (spec.batchSize() < 1) {
            throw new InvalidInputException("batch_size: " + spec.batchSize() + " is too small; use 1 or more");
        }
        return new MigrationParameters(spec.migrationStrategy(), spec.batchSize(), simulatedWorkers(spec), rates,
                rate("migration_settings.network_failure_rate", settings.networkFailureRate()),
                rate("migration_settings.system_overload_rate", settings.systemOverloadRate()),
                rate("migration_settings.data_corruption_rate", settings.dataCorruptionRate()),
                rate("data_quality.minimum_quality_score", spec.dataQuality().minimumQualityScore()),
                rate("data_quality.quality_degradation_rate", spec.dataQuality().qualityDegradationRate()),
                strictness, checkedPatterns(spec.errorPatterns()),
                MigrationOption.RETRY_LIMIT.count(settings),
                MigrationOption.BATCH_FAILURE_THRESHOLD.rate(settings),
                MigrationOption.ON_BATCH_FAILURE.choice(settings).equals("retry"),
                MigrationOption.BATCH_RETRIES.count(settings),
                MigrationOption.ROLLBACK_THRESHOLD.rate(settings));
    }

    /**
     * The workers the migration simulates: {@code concurrent_workers} when the spec sets it, otherwise
     * {@link #DEFAULT_SIMULATED_WORKERS}. Never the machine's processor count, which would make the reports (and
     * the makespan of {@code parallel}) differ from one machine to the next.
     */
    static int simulatedWorkers(CohortSpec spec) {
        return Math.max(1, spec.configuredWorkers().orElse(DEFAULT_SIMULATED_WORKERS));
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
}

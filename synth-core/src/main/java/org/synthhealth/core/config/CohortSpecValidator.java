package org.synthhealth.core.config;

import java.util.Map;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.MigrationSettings;

/**
 * Checks a built {@link CohortSpec} whatever made it (builder, command line, annotation): counts positive, rates in
 * [0, 1], at least one output format. The YAML reader checks the same rules earlier, with file and line.
 */
public final class CohortSpecValidator {

    private CohortSpecValidator() {
    }

    /**
     * Returns {@code spec} when it is usable.
     *
     * @throws InvalidInputException naming the setting (its YAML key and command-line flag) and the fix
     */
    public static CohortSpec validate(CohortSpec spec) {
        atLeastOne("num_records (--num-records)", spec.numRecords());
        atLeastOne("concurrent_workers (--workers)", spec.concurrentWorkers());
        atLeastOne("batch_size (--batch-size)", spec.batchSize());
        spec.memoryLimitMb().ifPresent(mb -> atLeastOne("memory_limit", mb));
        if (FormatList.of(spec).isEmpty()) {
            throw new InvalidInputException("formats (--formats): no output format chosen; name at least one of "
                    + String.join(", ", FormatList.NAMES));
        }
        MigrationSettings m = spec.migrationSettings();
        for (Map.Entry<String, Double> rate : m.successRates().entrySet()) {
            rate("migration_settings.success_rates." + rate.getKey(), rate.getValue());
        }
        rate("migration_settings.network_failure_rate", m.networkFailureRate());
        rate("migration_settings.system_overload_rate", m.systemOverloadRate());
        rate("migration_settings.data_corruption_rate", m.dataCorruptionRate());
        rate("data_quality.minimum_quality_score", spec.dataQuality().minimumQualityScore());
        rate("data_quality.quality_degradation_rate", spec.dataQuality().qualityDegradationRate());
        spec.conditionPrevalence().forEach((key, value) -> rate("condition_prevalence." + key, value));
        return spec;
    }

    private static void atLeastOne(String name, int value) {
        if (value < 1) {
            throw new InvalidInputException(name + ": is " + value + ", must be at least 1; give a whole number >= 1");
        }
    }

    private static void rate(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new InvalidInputException(name + ": is " + value
                    + ", must lie between 0 and 1; give a fraction such as 0.05 for 5%");
        }
    }
}

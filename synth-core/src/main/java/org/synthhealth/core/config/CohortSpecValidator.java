package org.synthhealth.core.config;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.Distribution;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.MigrationSettings;
import org.synthhealth.core.generate.RequirementMatcher;

/**
 * Checks a built {@link CohortSpec} whatever made it (builder, command line, annotation): counts positive, rates in
 * [0, 1], age bands contiguous and within {@link AgeBand#OLDEST}, known condition keys, {@code migration_settings}
 * options in range, requirements some patient can meet, at least one output format. The YAML reader checks the same
 * rules (the same code, where a rule is more than a type) earlier, with file and line; here a message names the YAML
 * key, with the command-line flag or the builder method in brackets where they differ.
 *
 * <p>{@code CohortSpecBuilder.build()} checks nothing, so that a spec can be assembled in steps (a YAML file, then
 * command-line flags over it); {@code Cohort.generate} and {@code FixtureExport} call this validator before any work,
 * so a bad spec never gets as far as writing a file.
 */
public final class CohortSpecValidator {

    private CohortSpecValidator() {
    }

    /** The earliest reference date: 120-year histories must still start after FileMan's first year, 1800. */
    public static final LocalDate EARLIEST_REFERENCE_DATE = LocalDate.of(1950, 1, 1);

    /** The latest reference date. */
    public static final LocalDate LATEST_REFERENCE_DATE = LocalDate.of(2199, 12, 31);

    /** Why the reference date is bounded, and what to do. */
    static final String REFERENCE_DATE_FIX = "histories reach back 120 years and VistA dates start in 1800, so "
            + "choose a date in that range";

    /**
     * Returns {@code spec} when it is usable.
     *
     * @throws InvalidInputException naming the setting (its YAML key and command-line flag) and the fix
     */
    public static CohortSpec validate(CohortSpec spec) {
        validatePopulation(spec);
        if (FormatList.of(spec).isEmpty()) {
            throw new InvalidInputException(spec.listedInteropFormats().isPresent()
                    ? "formats (--formats): no output format chosen; name at least one of "
                            + String.join(", ", FormatList.NAMES)
                    : "output_format: is none and no formats are listed, so nothing would be written; choose csv, "
                            + "parquet or both (--csv, --parquet, --both), or list the formats to write "
                            + "(formats: [fhir, hl7] or --formats fhir,hl7)");
        }
        return spec;
    }

    /**
     * Returns {@code spec} when a cohort can be generated from it in memory: everything {@link #validate} checks
     * except the choice of output formats.
     *
     * @throws InvalidInputException naming the setting and the fix
     */
    public static CohortSpec validatePopulation(CohortSpec spec) {
        atLeastOne("num_records (--num-records)", spec.numRecords());
        spec.configuredWorkers().ifPresent(workers -> workerCount("concurrent_workers (--workers)", workers));
        atLeastOne("batch_size (--batch-size)", spec.batchSize());
        spec.memoryLimitMb().ifPresent(mb -> atLeastOne("memory_limit", mb));
        MigrationSettings m = spec.migrationSettings();
        for (Map.Entry<String, Double> rate : m.successRates().entrySet()) {
            rate("migration_settings.success_rates." + rate.getKey(), rate.getValue());
        }
        rate("migration_settings.network_failure_rate", m.networkFailureRate());
        rate("migration_settings.system_overload_rate", m.systemOverloadRate());
        rate("migration_settings.data_corruption_rate", m.dataCorruptionRate());
        MigrationBlock.checkOptions(m.options());
        MigrationBlock.checkVistaSource(m.options().get(MigrationBlock.VISTA_SOURCE));
        SettingChoices.check(spec);
        rate("data_quality.minimum_quality_score", spec.dataQuality().minimumQualityScore());
        rate("data_quality.quality_degradation_rate", spec.dataQuality().qualityDegradationRate());
        spec.conditionPrevalence().forEach((key, value) -> {
            ConditionCatalogue.prevalenceProblem(key).ifPresent(problem -> {
                throw new InvalidInputException("condition_prevalence." + key + " (conditionPrevalence): " + problem);
            });
            rate("condition_prevalence." + key, value);
        });
        ageBands(spec.ageDistribution());
        sumsToOne("age_dist (ageDistribution)", spec.ageDistribution());
        sumsToOne("gender_dist (genderDistribution)", spec.genderDistribution());
        sumsToOne("race_dist (raceDistribution)", spec.raceDistribution());
        sumsToOne("smoking_dist (smokingDistribution)", spec.smokingDistribution());
        sumsToOne("alcohol_dist (alcoholDistribution)", spec.alcoholDistribution());
        sumsToOne("education_dist (educationDistribution)", spec.educationDistribution());
        sumsToOne("employment_dist (employmentDistribution)", spec.employmentDistribution());
        sumsToOne("housing_dist (housingDistribution)", spec.housingDistribution());
        PrevalenceCeilings.first(spec).ifPresent(p -> {
            throw new InvalidInputException("condition_prevalence." + p.getKey() + " (conditionPrevalence): "
                    + p.getValue());
        });
        RequirementMatcher.validate(spec);
        LocalDate reference = spec.referenceDate();
        if (reference.isBefore(EARLIEST_REFERENCE_DATE) || reference.isAfter(LATEST_REFERENCE_DATE)) {
            throw new InvalidInputException("reference_date (--reference-date): " + spec.referenceDate()
                    + " is outside " + EARLIEST_REFERENCE_DATE + " to " + LATEST_REFERENCE_DATE
                    + "; " + REFERENCE_DATE_FIX);
        }
        return spec;
    }

    private static void ageBands(Distribution<AgeBand> ages) {
        for (AgeBand band : ages.categories()) {
            AgeBandRules.bandProblem(band).ifPresent(problem -> {
                throw new InvalidInputException("age_dist." + band.label() + " (ageDistribution): " + problem);
            });
        }
        AgeBandRules.layoutProblem(ages.categories()).ifPresent(problem -> {
            throw new InvalidInputException("age_dist (ageDistribution): " + problem);
        });
    }

    private static void sumsToOne(String name, Distribution<?> distribution) {
        double sum = 0;
        for (double weight : distribution.weights().values()) {
            sum += weight;
        }
        if (Math.abs(sum - 1.0) > 1e-6) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "%s: values sum to %.6f, expected 1.0 (within 1e-6); adjust the weights so they add up to 1",
                    name, sum));
        }
    }

    private static void workerCount(String name, int value) {
        if (value < 1 || value > CohortSpec.MAX_WORKERS) {
            throw new InvalidInputException(name + ": is " + value + ", " + (value < 1 ? "below 1" : "above "
                    + CohortSpec.MAX_WORKERS) + "; give a whole number from 1 to " + CohortSpec.MAX_WORKERS);
        }
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

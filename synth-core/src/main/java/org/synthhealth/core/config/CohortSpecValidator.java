package org.synthhealth.core.config;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.CohortSpecBuilder;
import org.synthhealth.core.Distribution;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.MigrationSettings;
import org.synthhealth.core.generate.RequirementMatcher;

/**
 * The rules a {@link CohortSpec} obeys whatever made it (builder, YAML, command line, annotation): counts positive,
 * rates in [0, 1], distributions summing to 1, age bands contiguous, known condition keys, {@code migration_settings}
 * options in range, requirements some patient can meet.
 *
 * <p>Every spec is checked when it is made ({@link CohortSpecBuilder#build()} and the record's constructor call
 * {@link #validatePopulation}), so an invalid spec never exists: its messages name the YAML key and, in brackets, the
 * builder method ({@code num_records (patients): is 0, ...}). The YAML reader checks the same rules (the same code,
 * where a rule is more than a type) before it builds, so that its messages carry the file, the line and the YAML
 * path; the command line checks its flags with {@link #requireAtLeastOne}, {@link #requireWorkers} and
 * {@link #requireReferenceDate} before applying them, so that its messages name the flag. {@link #validate} adds the
 * one rule that only writing files needs: at least one output format.
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
     * Returns {@code spec} when files can be written from it: it names at least one output format. The rest of the
     * rules held when the spec was made.
     *
     * @throws InvalidInputException naming the setting (its YAML key and command-line flag) and the fix
     */
    public static CohortSpec validate(CohortSpec spec) {
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
     * The code systems {@code spec} lists that no file will hold: ICD-9-CM, NDC and CPT, which the original user guide
     * names beside systems the product writes and which are accepted for its sake. One sentence each, in table
     * order, such as {@code terminology_systems.procedures lists cpt, which is not written: CPT is licensed by the
     * AMA and is not shipped}; a command line prints them as notes, so that the list is not ignored silently.
     */
    public static List<String> unwrittenCodeSystems(CohortSpec spec) {
        List<String> notes = new ArrayList<>();
        spec.terminologySystems().forEach((table, systems) -> systems.forEach(system ->
                CodeSystems.whyNotWritten(table, system).ifPresent(why -> notes.add("terminology_systems." + table
                        + " lists " + system + ", which is not written: " + why))));
        return notes;
    }

    /** The error patterns the migration injects by name; any other name strikes as a generic corruption. */
    private static final List<String> NAMED_PATTERNS = List.of("dosage_corruption", "drug_interaction",
            "missing_fields", "format_errors");

    /**
     * One note per {@code error_patterns} name the migration does not know: it is accepted, and strikes as a generic
     * corruption (a truncated name, a shifted date, a dropped or wrong code), so a misspelt name quietly changes what
     * the migration simulates. Empty when every name is known.
     */
    public static List<String> unknownErrorPatterns(CohortSpec spec) {
        List<String> notes = new ArrayList<>();
        spec.errorPatterns().forEach((group, patterns) -> patterns.keySet().forEach(pattern -> {
            if (!NAMED_PATTERNS.contains(pattern)) {
                String hint = KeyNames.suggestion(pattern, NAMED_PATTERNS);
                notes.add("error_patterns." + group + "." + pattern + " is not one of the named patterns, so it "
                        + "strikes as a generic corruption (a truncated name, a shifted date, a dropped or wrong "
                        + "code); " + (hint.startsWith("did you mean") ? hint : "the named ones are "
                        + String.join(", ", NAMED_PATTERNS)));
            }
        }));
        return notes;
    }

    /**
     * Returns {@code spec} when a cohort can be generated from it: every rule but the choice of output formats. The
     * spec's constructor calls this, so callers need not.
     *
     * @throws InvalidInputException naming the setting (its YAML key and builder method) and the fix
     */
    public static CohortSpec validatePopulation(CohortSpec spec) {
        requireAtLeastOne("num_records (patients)", spec.numRecords());
        spec.configuredWorkers().ifPresent(workers -> requireWorkers("concurrent_workers (concurrentWorkers)",
                workers));
        requireAtLeastOne("batch_size (batchSize)", spec.batchSize());
        spec.memoryLimitMb().ifPresent(mb -> requireAtLeastOne("memory_limit (memoryLimitMb)", mb));
        MigrationSettings m = spec.migrationSettings();
        for (Map.Entry<String, Double> rate : m.successRates().entrySet()) {
            rate("migration_settings.success_rates." + rate.getKey() + " (migrationSettings)", rate.getValue());
        }
        rate("migration_settings.network_failure_rate (migrationSettings)", m.networkFailureRate());
        rate("migration_settings.system_overload_rate (migrationSettings)", m.systemOverloadRate());
        rate("migration_settings.data_corruption_rate (migrationSettings)", m.dataCorruptionRate());
        MigrationBlock.checkOptions(m.options());
        MigrationBlock.checkVistaSource(m.options().get(MigrationBlock.VISTA_SOURCE));
        SettingChoices.check(spec);
        spec.conditionPrevalence().forEach((key, value) -> {
            ConditionCatalogue.prevalenceProblem(key).ifPresent(problem -> {
                throw new InvalidInputException("condition_prevalence." + key + " (conditionPrevalence): " + problem);
            });
            rate("condition_prevalence." + key + " (conditionPrevalence)", value);
        });
        AgeBandRules.layoutProblem(spec.ageDistribution().categories()).ifPresent(problem -> {
            throw new InvalidInputException("age_dist (ageDistribution): " + problem);
        });
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
        requireReferenceDate("reference_date (referenceDate)", spec.referenceDate());
        return spec;
    }

    /**
     * Returns {@code value} when it is at least 1; for counts such as {@code num_records} and {@code batch_size}.
     *
     * @param setting how the message names the setting, for example {@code num_records (--num-records)}
     * @throws InvalidInputException naming {@code setting} and the fix
     */
    public static int requireAtLeastOne(String setting, int value) {
        if (value < 1) {
            throw new InvalidInputException(setting + ": is " + value + ", must be at least 1; give a whole number "
                    + ">= 1");
        }
        return value;
    }

    /**
     * Returns {@code value} when it is a usable {@code concurrent_workers}: from 1 to {@link CohortSpec#MAX_WORKERS}.
     *
     * @param setting how the message names the setting, for example {@code concurrent_workers (--workers)}
     * @throws InvalidInputException naming {@code setting} and the whole range
     */
    public static int requireWorkers(String setting, int value) {
        if (value < 1 || value > CohortSpec.MAX_WORKERS) {
            throw new InvalidInputException(setting + ": is " + value + ", " + (value < 1 ? "below 1" : "above "
                    + CohortSpec.MAX_WORKERS) + "; give a whole number from 1 to " + CohortSpec.MAX_WORKERS);
        }
        return value;
    }

    /**
     * Returns {@code date} when it lies from {@link #EARLIEST_REFERENCE_DATE} to {@link #LATEST_REFERENCE_DATE}.
     *
     * @param setting how the message names the setting, for example {@code reference_date (--reference-date)}
     * @throws InvalidInputException naming {@code setting}, the range and why it is bounded
     */
    public static LocalDate requireReferenceDate(String setting, LocalDate date) {
        referenceDateProblem(date).ifPresent(problem -> {
            throw new InvalidInputException(setting + ": " + problem);
        });
        return date;
    }

    /** What is wrong with {@code date} as the reference date, with the fix; empty when it is in range. */
    static Optional<String> referenceDateProblem(LocalDate date) {
        if (date.isBefore(EARLIEST_REFERENCE_DATE) || date.isAfter(LATEST_REFERENCE_DATE)) {
            return Optional.of(date + " is outside " + EARLIEST_REFERENCE_DATE + " to " + LATEST_REFERENCE_DATE + "; "
                    + REFERENCE_DATE_FIX);
        }
        return Optional.empty();
    }

    private static void sumsToOne(String name, Distribution<?> distribution) {
        DistributionReader.sumProblem(distribution.weights().values()).ifPresent(problem -> {
            throw new InvalidInputException(name + ": " + problem);
        });
    }

    private static void rate(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new InvalidInputException(name + ": is " + value
                    + ", must lie between 0 and 1; give a fraction such as 0.05 for 5%");
        }
    }
}

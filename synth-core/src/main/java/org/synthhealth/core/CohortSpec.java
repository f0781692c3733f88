package org.synthhealth.core;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.synthhealth.core.config.CohortSpecValidator;
import org.synthhealth.core.migration.GtmSource;
import org.synthhealth.core.model.AlcoholUse;
import org.synthhealth.core.model.Education;
import org.synthhealth.core.model.Employment;
import org.synthhealth.core.model.Housing;
import org.synthhealth.core.model.Sex;
import org.synthhealth.core.model.SmokingStatus;

/**
 * The immutable, validated description of a cohort: how many patients, from which seed, drawn from which population,
 * written where and how. YAML files, command-line flags, the fluent {@link #builder()} and the JUnit annotation all
 * produce one of these.
 *
 * <p>A spec is checked when it is made, so an invalid one never exists: {@link CohortSpecBuilder#build()},
 * {@code toBuilder()...build()} and the constructor throw an {@link InvalidInputException} for the first broken rule
 * (a count below 1, a distribution that does not sum to 1 within 1e-6, a negative weight, overlapping or gapped age
 * bands, an unknown condition, a rate outside [0, 1], a reference date outside 1950-2199, requirements no patient can
 * meet), naming the YAML key, the builder method and the fix:
 * {@code age_dist (ageDistribution): values sum to 0.50, expected 1.0 (within 1e-6); adjust the weights so they add
 * up to 1}. Whether any output format is chosen matters only for writing files, and is checked there. Every spec
 * writes as YAML ({@link org.synthhealth.core.config.CohortSpecWriter}) that reads back equal.
 *
 * <p>Two equal specs with the same seed produce byte-identical output.
 *
 * @param numRecords how many patients, at least 1
 * @param seed the seed; empty means a fresh seed is drawn and reported
 * @param outputFormat the table formats ({@code output_format}, {@code --csv}, {@code --parquet}, {@code --both})
 * @param listedInteropFormats the interoperability formats of a format list ({@code formats}, {@code --formats},
 *     {@link CohortSpecBuilder#interopFormats}); empty when no list was given, and then the table choice decides
 *     (see {@link #interopFormats()})
 * @param referenceDate the "today" of the simulated world: nothing happens after it, ages are counted to it
 * @param ageDistribution weights over contiguous, non-overlapping age bands
 * @param conditionPrevalence overrides of the adult prevalence of named conditions ({@code diabetes: 0.12})
 * @param terminologySystems which code systems to emit per domain, as given in YAML
 * @param errorPatterns the user guide's {@code error_patterns}: group, then pattern, then rate
 * @param configuredWorkers {@code concurrent_workers} as configured, empty when not set: generation then runs on
 *     {@link #concurrentWorkers()} threads and the migration simulates
 *     {@link org.synthhealth.core.migration.MigrationParameters#DEFAULT_SIMULATED_WORKERS} workers
 * @param memoryLimitMb the user guide's {@code memory_limit}, in MB; generation streams, so this is advisory
 * @param requirements what every patient must satisfy (targeted cohorts)
 */
public record CohortSpec(
        int numRecords,
        Optional<Long> seed,
        Path outputDir,
        TableFormat outputFormat,
        Optional<Set<InteropFormat>> listedInteropFormats,
        LocalDate referenceDate,
        Distribution<AgeBand> ageDistribution,
        Distribution<Sex> genderDistribution,
        Distribution<RaceCategory> raceDistribution,
        Distribution<SmokingStatus> smokingDistribution,
        Distribution<AlcoholUse> alcoholDistribution,
        Distribution<Education> educationDistribution,
        Distribution<Employment> employmentDistribution,
        Distribution<Housing> housingDistribution,
        Map<String, Double> conditionPrevalence,
        ClinicalComplexity clinicalComplexity,
        Map<String, List<String>> terminologySystems,
        DataQuality dataQuality,
        Map<String, Map<String, Double>> errorPatterns,
        Optional<Integer> configuredWorkers,
        int batchSize,
        Optional<Integer> memoryLimitMb,
        Optional<Path> reportFile,
        MigrationSettings migrationSettings,
        boolean simulateMigration,
        MigrationStrategy migrationStrategy,
        Optional<Path> migrationReport,
        Requirements requirements) {

    /**
     * The most workers {@code concurrent_workers} may name: far more threads than a machine runs usefully, and a bound
     * on what a simulated migration keeps per worker.
     */
    public static final int MAX_WORKERS = 1024;

    /**
     * A spec with these values, checked at once: prefer {@link #builder()}, which starts from the defaults.
     *
     * @throws InvalidInputException naming the first setting that breaks a rule (its YAML key and builder method)
     *     and the fix; see {@link CohortSpecValidator#validatePopulation}
     */
    public CohortSpec(int numRecords,
            Optional<Long> seed,
            Path outputDir,
            TableFormat outputFormat,
            Optional<Set<InteropFormat>> listedInteropFormats,
            LocalDate referenceDate,
            Distribution<AgeBand> ageDistribution,
            Distribution<Sex> genderDistribution,
            Distribution<RaceCategory> raceDistribution,
            Distribution<SmokingStatus> smokingDistribution,
            Distribution<AlcoholUse> alcoholDistribution,
            Distribution<Education> educationDistribution,
            Distribution<Employment> employmentDistribution,
            Distribution<Housing> housingDistribution,
            Map<String, Double> conditionPrevalence,
            ClinicalComplexity clinicalComplexity,
            Map<String, List<String>> terminologySystems,
            DataQuality dataQuality,
            Map<String, Map<String, Double>> errorPatterns,
            Optional<Integer> configuredWorkers,
            int batchSize,
            Optional<Integer> memoryLimitMb,
            Optional<Path> reportFile,
            MigrationSettings migrationSettings,
            boolean simulateMigration,
            MigrationStrategy migrationStrategy,
            Optional<Path> migrationReport,
            Requirements requirements) {
        this.numRecords = numRecords;
        this.seed = seed;
        this.outputDir = outputDir;
        this.outputFormat = outputFormat;
        this.listedInteropFormats = listedInteropFormats.map(Set::copyOf);
        this.referenceDate = referenceDate;
        this.ageDistribution = ageDistribution;
        this.genderDistribution = genderDistribution;
        this.raceDistribution = raceDistribution;
        this.smokingDistribution = smokingDistribution;
        this.alcoholDistribution = alcoholDistribution;
        this.educationDistribution = educationDistribution;
        this.employmentDistribution = employmentDistribution;
        this.housingDistribution = housingDistribution;
        this.conditionPrevalence = Collections.unmodifiableMap(new TreeMap<>(conditionPrevalence));
        this.clinicalComplexity = clinicalComplexity;
        this.terminologySystems = Collections.unmodifiableMap(new TreeMap<>(terminologySystems));
        this.dataQuality = dataQuality;
        this.errorPatterns = Collections.unmodifiableMap(new TreeMap<>(errorPatterns));
        this.configuredWorkers = configuredWorkers;
        this.batchSize = batchSize;
        this.memoryLimitMb = memoryLimitMb;
        this.reportFile = reportFile;
        this.migrationSettings = migrationSettings;
        this.simulateMigration = simulateMigration;
        this.migrationStrategy = migrationStrategy;
        this.migrationReport = migrationReport;
        this.requirements = requirements;
        // Every spec in existence obeys the rules, so no later step has to ask (and none can forget to).
        CohortSpecValidator.validatePopulation(this);
    }

    /**
     * The generation threads: {@code concurrent_workers} when set, otherwise the machine's processor count. Generated
     * output does not depend on it; the migration does not use it (see {@link #configuredWorkers()}).
     */
    public int concurrentWorkers() {
        return configuredWorkers.orElseGet(() -> Runtime.getRuntime().availableProcessors());
    }

    /**
     * The interoperability formats this spec writes. A format list gives them as listed. Without one, the table
     * choice decides: {@code both} (the default, also when nothing was chosen) writes every format; {@code csv},
     * {@code parquet} or {@code none} writes none of them, except the VistA globals when the migration reads them
     * ({@link #writesVistaForMigration()}).
     */
    public Set<InteropFormat> interopFormats() {
        if (listedInteropFormats.isPresent()) {
            return listedInteropFormats.get();
        }
        if (outputFormat == TableFormat.BOTH) {
            return Set.of(InteropFormat.values());
        }
        return writesVistaForMigration() ? Set.of(InteropFormat.VISTA) : Set.of();
    }

    /**
     * Whether the VistA globals are written only because the migration reads them: the tables were narrowed to
     * {@code csv}, {@code parquet} or {@code none} without a format list, the migration is on, and it extracts from
     * {@code vista_globals.zwr} rather than a live GT.M database ({@code migration_settings.vista_source}).
     */
    public boolean writesVistaForMigration() {
        return listedInteropFormats.isEmpty() && outputFormat != TableFormat.BOTH && simulateMigration
                && GtmSource.configuredIn(this).isEmpty();
    }

    /** A builder starting from the defaults, which follow the US population (see the README). */
    public static CohortSpecBuilder builder() {
        return new CohortSpecBuilder();
    }

    /** A builder starting from this spec, to change a few values. */
    public CohortSpecBuilder toBuilder() {
        return new CohortSpecBuilder(this);
    }
}

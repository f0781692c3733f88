package org.synthhealth.core;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.synthhealth.core.model.AlcoholUse;
import org.synthhealth.core.model.Education;
import org.synthhealth.core.model.Employment;
import org.synthhealth.core.model.Housing;
import org.synthhealth.core.model.Sex;
import org.synthhealth.core.model.SmokingStatus;

/**
 * Builds a {@link CohortSpec} fluently, starting from population defaults.
 *
 * <pre>{@code
 * CohortSpec spec = CohortSpec.builder()
 *         .patients(1000)
 *         .seed(42)
 *         .referenceDate(LocalDate.of(2025, 1, 1))
 *         .build();
 * }</pre>
 *
 * <p>Each setter refuses a null at once; {@link #build()} checks the whole spec (sums, ranges, age bands, known
 * conditions, requirements against the distributions), since a rule may involve several settings and a value may be
 * set twice. Not thread-safe; {@link #build()} returns an immutable spec.
 */
public final class CohortSpecBuilder {

    /** The default "today" of the simulated world; fixed so output never depends on the day of the run. */
    public static final LocalDate DEFAULT_REFERENCE_DATE = LocalDate.of(2026, 1, 1);

    private int numRecords = 1000;
    private Optional<Long> seed = Optional.empty();
    private Path outputDir = Path.of(".");
    private TableFormat outputFormat = TableFormat.BOTH;
    private Optional<Set<InteropFormat>> interopFormats = Optional.empty();
    private LocalDate referenceDate = DEFAULT_REFERENCE_DATE;
    private Distribution<AgeBand> ageDistribution = Distribution.of(ordered(
            new AgeBand(0, 18), 0.22, new AgeBand(19, 40), 0.30, new AgeBand(41, 65), 0.315,
            new AgeBand(66, 100), 0.165));
    private Distribution<Sex> genderDistribution = Distribution.of(ordered(Sex.MALE, 0.495, Sex.FEMALE, 0.505));
    private Distribution<RaceCategory> raceDistribution = Distribution.of(ordered(
            RaceCategory.WHITE, 0.61, RaceCategory.BLACK, 0.12, RaceCategory.ASIAN, 0.06,
            RaceCategory.HISPANIC, 0.19, RaceCategory.NATIVE_AMERICAN, 0.01,
            RaceCategory.PACIFIC_ISLANDER, 0.002, RaceCategory.OTHER, 0.008));
    private Distribution<SmokingStatus> smokingDistribution = Distribution.of(ordered(
            SmokingStatus.NEVER, 0.65, SmokingStatus.FORMER, 0.24, SmokingStatus.CURRENT, 0.11));
    private Distribution<AlcoholUse> alcoholDistribution = Distribution.of(ordered(
            AlcoholUse.NEVER, 0.35, AlcoholUse.OCCASIONAL, 0.40, AlcoholUse.REGULAR, 0.19, AlcoholUse.HEAVY, 0.06));
    private Distribution<Education> educationDistribution = Distribution.of(ordered(
            Education.NONE, 0.01, Education.PRIMARY, 0.04, Education.SECONDARY, 0.05, Education.HIGH_SCHOOL, 0.38,
            Education.ASSOCIATE, 0.10, Education.BACHELOR, 0.25, Education.MASTER, 0.12, Education.DOCTORATE, 0.05));
    private Distribution<Employment> employmentDistribution = Distribution.of(ordered(
            Employment.EMPLOYED, 0.63, Employment.UNEMPLOYED, 0.05, Employment.STUDENT, 0.07,
            Employment.RETIRED, 0.20, Employment.DISABLED, 0.05));
    private Distribution<Housing> housingDistribution = Distribution.of(ordered(
            Housing.STABLE, 0.92, Housing.HOMELESS, 0.01, Housing.TEMPORARY, 0.05, Housing.ASSISTED_LIVING, 0.02));
    private Map<String, Double> conditionPrevalence = Map.of();
    private ClinicalComplexity clinicalComplexity = ClinicalComplexity.MEDIUM;
    private Map<String, List<String>> terminologySystems = Map.of(
            "conditions", List.of("icd10", "snomed"),
            "medications", List.of("rxnorm"),
            "procedures", List.of("snomed"));
    private DataQuality dataQuality = DataQuality.defaults();
    private Map<String, Map<String, Double>> errorPatterns = Map.of();
    private Optional<Integer> configuredWorkers = Optional.empty();
    private int batchSize = 100;
    private Optional<Integer> memoryLimitMb = Optional.empty();
    private Optional<Path> reportFile = Optional.empty();
    private MigrationSettings migrationSettings = MigrationSettings.defaults();
    private boolean simulateMigration;
    private MigrationStrategy migrationStrategy = MigrationStrategy.STAGED;
    private Optional<Path> migrationReport = Optional.empty();
    private Requirements requirements = Requirements.none();

    CohortSpecBuilder() {
    }

    CohortSpecBuilder(CohortSpec spec) {
        numRecords = spec.numRecords();
        seed = spec.seed();
        outputDir = spec.outputDir();
        outputFormat = spec.outputFormat();
        interopFormats = spec.listedInteropFormats();
        referenceDate = spec.referenceDate();
        ageDistribution = spec.ageDistribution();
        genderDistribution = spec.genderDistribution();
        raceDistribution = spec.raceDistribution();
        smokingDistribution = spec.smokingDistribution();
        alcoholDistribution = spec.alcoholDistribution();
        educationDistribution = spec.educationDistribution();
        employmentDistribution = spec.employmentDistribution();
        housingDistribution = spec.housingDistribution();
        conditionPrevalence = spec.conditionPrevalence();
        clinicalComplexity = spec.clinicalComplexity();
        terminologySystems = spec.terminologySystems();
        dataQuality = spec.dataQuality();
        errorPatterns = spec.errorPatterns();
        configuredWorkers = spec.configuredWorkers();
        batchSize = spec.batchSize();
        memoryLimitMb = spec.memoryLimitMb();
        reportFile = spec.reportFile();
        migrationSettings = spec.migrationSettings();
        simulateMigration = spec.simulateMigration();
        migrationStrategy = spec.migrationStrategy();
        migrationReport = spec.migrationReport();
        requirements = spec.requirements();
    }

    /** How many patients to generate (YAML {@code num_records}). */
    public CohortSpecBuilder patients(int count) {
        this.numRecords = count;
        return this;
    }

    /** The seed; the same seed gives the same cohort, byte for byte. */
    public CohortSpecBuilder seed(long value) {
        this.seed = Optional.of(value);
        return this;
    }

    /** Draw a fresh seed at generation time (the default). */
    public CohortSpecBuilder randomSeed() {
        this.seed = Optional.empty();
        return this;
    }

    public CohortSpecBuilder outputDir(Path value) {
        this.outputDir = GivenValues.present("output_dir (outputDir)", value);
        return this;
    }

    /**
     * The table formats (YAML {@code output_format}, {@code --csv}, {@code --parquet}, {@code --both}). Without
     * {@link #interopFormats}, {@code CSV}, {@code PARQUET} and {@code NONE} write those tables and no FHIR, HL7 or
     * VistA, except the VistA globals a migration reads ({@link CohortSpec#writesVistaForMigration()});
     * {@code BOTH}, the default, writes every format. With {@link #interopFormats}, this sets only the tables.
     *
     * <pre>{@code
     * CohortSpec csvOnly = CohortSpec.builder().outputFormat(TableFormat.CSV).build();   // the ten CSV tables
     * }</pre>
     */
    public CohortSpecBuilder outputFormat(TableFormat value) {
        this.outputFormat = GivenValues.present("output_format (outputFormat)", value);
        return this;
    }

    /**
     * The interoperability formats to write beside the tables, as a format list does (YAML {@code formats},
     * {@code --formats}): exactly these, whatever {@link #outputFormat} and the migration say.
     */
    public CohortSpecBuilder interopFormats(Set<InteropFormat> value) {
        this.interopFormats = Optional.of(GivenValues.set("formats (interopFormats)", value));
        return this;
    }

    /** The "today" of the simulated world (YAML {@code reference_date}). */
    public CohortSpecBuilder referenceDate(LocalDate value) {
        this.referenceDate = GivenValues.present("reference_date (referenceDate)", value);
        return this;
    }

    public CohortSpecBuilder ageDistribution(Map<AgeBand, Double> weights) {
        this.ageDistribution = distribution("age_dist (ageDistribution)", weights);
        return this;
    }

    public CohortSpecBuilder genderDistribution(Map<Sex, Double> weights) {
        this.genderDistribution = distribution("gender_dist (genderDistribution)", weights);
        return this;
    }

    public CohortSpecBuilder raceDistribution(Map<RaceCategory, Double> weights) {
        this.raceDistribution = distribution("race_dist (raceDistribution)", weights);
        return this;
    }

    public CohortSpecBuilder smokingDistribution(Map<SmokingStatus, Double> weights) {
        this.smokingDistribution = distribution("smoking_dist (smokingDistribution)", weights);
        return this;
    }

    public CohortSpecBuilder alcoholDistribution(Map<AlcoholUse, Double> weights) {
        this.alcoholDistribution = distribution("alcohol_dist (alcoholDistribution)", weights);
        return this;
    }

    public CohortSpecBuilder educationDistribution(Map<Education, Double> weights) {
        this.educationDistribution = distribution("education_dist (educationDistribution)", weights);
        return this;
    }

    public CohortSpecBuilder employmentDistribution(Map<Employment, Double> weights) {
        this.employmentDistribution = distribution("employment_dist (employmentDistribution)", weights);
        return this;
    }

    public CohortSpecBuilder housingDistribution(Map<Housing, Double> weights) {
        this.housingDistribution = distribution("housing_dist (housingDistribution)", weights);
        return this;
    }

    /** {@code weights} as a distribution; what can never be sampled is refused naming the setting. */
    private static <K> Distribution<K> distribution(String setting, Map<K, Double> weights) {
        if (weights == null) {
            throw new InvalidInputException(setting + ": is null; give a map of each category to its weight");
        }
        try {
            return Distribution.of(weights);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(setting + ": " + (e.getMessage() == null
                    ? "a category or weight is null; give every category a weight" : e.getMessage()), e);
        }
    }

    /** Overrides the adult prevalence of named conditions, for example {@code Map.of("diabetes", 0.12)}. */
    public CohortSpecBuilder conditionPrevalence(Map<String, Double> value) {
        this.conditionPrevalence = GivenValues.map("condition_prevalence (conditionPrevalence)", value);
        return this;
    }

    public CohortSpecBuilder clinicalComplexity(ClinicalComplexity value) {
        this.clinicalComplexity = GivenValues.present("clinical_complexity (clinicalComplexity)", value);
        return this;
    }

    public CohortSpecBuilder terminologySystems(Map<String, List<String>> value) {
        String setting = "terminology_systems (terminologySystems)";
        Map<String, List<String>> copy = new TreeMap<>();
        GivenValues.map(setting, value).forEach((domain, systems) -> copy.put(domain,
                GivenValues.list(setting + "." + domain, systems)));
        this.terminologySystems = Map.copyOf(copy);
        return this;
    }

    public CohortSpecBuilder dataQuality(DataQuality value) {
        this.dataQuality = GivenValues.present("data_quality (dataQuality)", value);
        return this;
    }

    public CohortSpecBuilder errorPatterns(Map<String, Map<String, Double>> value) {
        String setting = "error_patterns (errorPatterns)";
        Map<String, Map<String, Double>> copy = new TreeMap<>();
        GivenValues.map(setting, value).forEach((group, rates) -> copy.put(group,
                GivenValues.map(setting + "." + group, rates)));
        this.errorPatterns = Map.copyOf(copy);
        return this;
    }

    /**
     * Generation threads, and the workers a migration simulates (YAML {@code concurrent_workers}). When not set,
     * generation uses the processor count and the migration simulates
     * {@link org.synthhealth.core.migration.MigrationParameters#DEFAULT_SIMULATED_WORKERS}, so its reports are the
     * same on every machine.
     */
    public CohortSpecBuilder concurrentWorkers(int value) {
        this.configuredWorkers = Optional.of(value);
        return this;
    }

    public CohortSpecBuilder batchSize(int value) {
        this.batchSize = value;
        return this;
    }

    public CohortSpecBuilder memoryLimitMb(int value) {
        this.memoryLimitMb = Optional.of(value);
        return this;
    }

    public CohortSpecBuilder reportFile(Path value) {
        this.reportFile = Optional.ofNullable(value);
        return this;
    }

    public CohortSpecBuilder migrationSettings(MigrationSettings value) {
        this.migrationSettings = GivenValues.present("migration_settings (migrationSettings)", value);
        return this;
    }

    public CohortSpecBuilder simulateMigration(boolean value) {
        this.simulateMigration = value;
        return this;
    }

    public CohortSpecBuilder migrationStrategy(MigrationStrategy value) {
        this.migrationStrategy = GivenValues.present("migration_strategy (migrationStrategy)", value);
        return this;
    }

    public CohortSpecBuilder migrationReport(Path value) {
        this.migrationReport = Optional.ofNullable(value);
        return this;
    }

    /** What every patient must satisfy (a targeted cohort). */
    public CohortSpecBuilder requirements(Requirements value) {
        this.requirements = GivenValues.present("requirements (requirements)", value);
        return this;
    }

    /**
     * The immutable spec, checked at once by the rules the YAML reader applies.
     *
     * @throws InvalidInputException for the first setting that breaks a rule, naming its YAML key, this builder's
     *     method and the fix, for example {@code num_records (patients): is 0, must be at least 1; give a whole number
     *     >= 1}; see {@link CohortSpec}
     */
    public CohortSpec build() {
        return new CohortSpec(numRecords, seed, outputDir, outputFormat, interopFormats, referenceDate,
                ageDistribution, genderDistribution, raceDistribution, smokingDistribution, alcoholDistribution,
                educationDistribution, employmentDistribution, housingDistribution, conditionPrevalence,
                clinicalComplexity, terminologySystems, dataQuality, errorPatterns, configuredWorkers, batchSize,
                memoryLimitMb, reportFile, migrationSettings, simulateMigration, migrationStrategy, migrationReport,
                requirements);
    }

    @SuppressWarnings("unchecked")
    private static <K> Map<K, Double> ordered(Object... pairs) {
        Map<K, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((K) pairs[i], (Double) pairs[i + 1]);
        }
        return map;
    }
}

package org.synthhealth.core.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.synthhealth.core.ClinicalComplexity;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.CohortSpecBuilder;
import org.synthhealth.core.DataQuality;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.MigrationSettings;
import org.synthhealth.core.MigrationStrategy;
import org.synthhealth.core.RaceCategory;
import org.synthhealth.core.Requirements;
import org.synthhealth.core.TableFormat;
import org.synthhealth.core.model.AlcoholUse;
import org.synthhealth.core.model.Education;
import org.synthhealth.core.model.Employment;
import org.synthhealth.core.model.Housing;
import org.synthhealth.core.model.Labelled;
import org.synthhealth.core.model.Sex;
import org.synthhealth.core.model.SmokingStatus;

/**
 * Reads a YAML configuration (the user guide's keys plus {@code reference_date}, {@code formats} and
 * {@code requirements}) into a {@link CohortSpec}. Keys left out, or given as {@code null}, keep the builder's
 * defaults; a key with nothing after its colon is refused, at any level. {@code output_format: csv} (or
 * {@code parquet}, {@code none}) without {@code formats} writes only those tables, plus the VistA globals when
 * {@code simulate_migration} reads them (see {@link CohortSpec#interopFormats()});
 * {@code formats} names every format to write, and an {@code output_format} beside it must agree with its tables.
 *
 * <pre>{@code
 * CohortSpec spec = CohortSpecReader.read(Path.of("config.yaml"));
 * CohortSpec bigger = CohortSpecReader.readBuilder(Path.of("config.yaml")).patients(50_000).build();
 * }</pre>
 *
 * <p>Every mistake is refused with an {@link InvalidInputException} whose one-line message names the file, the line,
 * the YAML path and the fix, for example
 * {@code config.yaml:12: age_dist: values sum to 0.90, expected 1.0 (within 1e-6); adjust the weights so they add
 * up to 1}. Category labels
 * ({@code High School}, {@code male}) are matched ignoring case, spaces, hyphens and underscores.
 */
public final class CohortSpecReader {

    /**
     * The most bytes a configuration file is read to: SnakeYAML refuses documents of more than 3 Mi characters, and
     * a character takes at most four bytes.
     */
    private static final int MAX_BYTES = 4 * 3 * 1024 * 1024;

    /** Every top-level key, in the order the reference documents them. */
    public static final Set<String> KEYS = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
            "num_records", "output_dir", "seed", "output_format", "formats", "reference_date",
            "age_dist", "gender_dist", "race_dist", "smoking_dist", "alcohol_dist", "education_dist",
            "employment_dist", "housing_dist", "condition_prevalence", "clinical_complexity", "terminology_systems",
            "data_quality", "error_patterns", "concurrent_workers", "batch_size", "memory_limit", "report_file",
            "migration_settings", "simulate_migration", "migration_strategy", "migration_report", "requirements")));

    private static final Set<String> DATA_QUALITY_KEYS = new LinkedHashSet<>(List.of(
            "minimum_quality_score", "quality_degradation_rate", "validation_strictness"));
    private static final List<String> STRICTNESS = SettingChoices.STRICTNESS;

    private CohortSpecReader() {
    }

    /** What the bytes are, when they are not UTF-8: UTF-16 is told by its byte-order mark. */
    private static String encodingProblem(byte[] bytes) {
        boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
        return utf16 ? "is UTF-16 text (it starts with a UTF-16 byte-order mark)" : "not UTF-8 text";
    }

    /** Reads and validates the file. */
    public static CohortSpec read(Path file) {
        return readBuilder(file).build();
    }

    /** Reads the file into a builder, so that command-line values can override it before {@link #build}. */
    public static CohortSpecBuilder readBuilder(Path file) {
        String source = file.toString();
        byte[] bytes = {};
        try {
            // Bounded, so a device such as /dev/zero is refused rather than read until memory runs out; pipes
            // (--config <(...)) stay readable, so the size cannot be asked first.
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                throw new InvalidInputException(source + ": is too large for a configuration (more than 3 MiB of "
                        + "YAML); a configuration needs only its settings, so remove what is not one");
            }
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            return readBuilder(text, source);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(source + ": configuration file not found; check the path", e);
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(source + ": " + encodingProblem(bytes) + "; save the file as UTF-8", e);
        } catch (IOException e) {
            if (Files.isDirectory(file)) {
                throw new InvalidInputException(source + ": is a folder, not a configuration file; give the path of "
                        + "a YAML file such as " + file.resolve("config.yaml"), e);
            }
            throw new InvalidInputException(source + ": cannot read the file (" + e.getMessage() + "); check that it "
                    + "is a file you may read", e);
        }
    }

    /**
     * Reads YAML text; {@code source} names it in error messages ({@code "configuration"} when null).
     *
     * @throws NullPointerException if {@code yaml} is null
     */
    public static CohortSpecBuilder readBuilder(String yaml, String source) {
        Objects.requireNonNull(yaml, "yaml");
        source = source == null ? "configuration" : source;
        YamlDocument doc = YamlDocument.parse(yaml, source);
        YamlValue root = new YamlValue(doc, "", doc.root());
        if (!doc.root().isObject()) {
            throw new InvalidInputException(source + ": the configuration must be a mapping of keys such as "
                    + "num_records: 1000, one per line");
        }
        return apply(root, CohortSpec.builder());
    }

    private static CohortSpecBuilder apply(YamlValue root, CohortSpecBuilder b) {
        Map<String, YamlValue> entries = root.entries(KEYS);
        Optional<TableFormat> tables = Optional.empty();
        Optional<MigrationStrategy> strategy = Optional.empty();
        Optional<MigrationStrategy> nestedStrategy = Optional.empty();
        // Set last, once checked against the rest at their own lines: the builder would refuse them without one.
        Map<String, Double> prevalence = Map.of();
        Requirements required = Requirements.none();
        for (Map.Entry<String, YamlValue> entry : entries.entrySet()) {
            YamlValue v = entry.getValue();
            if (v.isNull()) {
                continue;
            }
            switch (entry.getKey()) {
                case "num_records" -> b.patients(v.wholeNumber(1));
                case "output_dir" -> b.outputDir(v.path("a directory such as output_dir: out"));
                case "seed" -> b.seed(v.longNumber());
                case "output_format" -> tables = Optional.of(v.choice(List.of(TableFormat.values())));
                case "formats" -> formats(v, b);
                case "reference_date" -> b.referenceDate(referenceDate(v));
                case "age_dist" -> b.ageDistribution(DistributionReader.ageBands(v).weights());
                case "gender_dist" -> b.genderDistribution(dist(v, List.of(Sex.values())));
                case "race_dist" -> b.raceDistribution(dist(v, List.of(RaceCategory.values())));
                case "smoking_dist" -> b.smokingDistribution(dist(v, List.of(SmokingStatus.values())));
                case "alcohol_dist" -> b.alcoholDistribution(dist(v, List.of(AlcoholUse.values())));
                case "education_dist" -> b.educationDistribution(dist(v, List.of(Education.values())));
                case "employment_dist" -> b.employmentDistribution(dist(v, List.of(Employment.EMPLOYED,
                        Employment.UNEMPLOYED, Employment.STUDENT, Employment.RETIRED, Employment.DISABLED)));
                case "housing_dist" -> b.housingDistribution(dist(v, List.of(Housing.values())));
                case "condition_prevalence" -> prevalence = prevalence(v);
                case "clinical_complexity" -> b.clinicalComplexity(v.choice(List.of(ClinicalComplexity.values())));
                case "terminology_systems" -> b.terminologySystems(terminologies(v));
                case "data_quality" -> b.dataQuality(dataQuality(v));
                case "error_patterns" -> b.errorPatterns(errorPatterns(v));
                case "concurrent_workers" -> b.concurrentWorkers(v.wholeNumber(1, CohortSpec.MAX_WORKERS));
                case "batch_size" -> b.batchSize(v.wholeNumber(1));
                case "memory_limit" -> b.memoryLimitMb(v.wholeNumber(1));
                case "report_file" -> b.reportFile(
                        v.filePath("a file name such as report_file: report.txt", "report.txt"));
                case "migration_settings" -> {
                    MigrationBlock block = MigrationBlock.read(v, MigrationSettings.defaults());
                    b.migrationSettings(block.settings());
                    nestedStrategy = block.strategy();
                }
                case "simulate_migration" -> b.simulateMigration(v.bool());
                case "migration_strategy" -> strategy = Optional.of(v.choice(List.of(MigrationStrategy.values())));
                case "migration_report" -> b.migrationReport(
                        v.filePath("a file name such as migration_report: m.txt", "m.txt"));
                case "requirements" -> required = RequirementsBlock.read(v);
                default -> throw new IllegalStateException("key listed but not read: " + entry.getKey());
            }
        }
        CohortSpec population = b.build();
        RequirementsBlock.checkAgainst(entries.get("requirements"), required, population, prevalence);
        checkPrevalenceCeilings(entries.get("condition_prevalence"), population, prevalence);
        b.conditionPrevalence(prevalence).requirements(required);
        tables.ifPresent(t -> reconcileTables(entries, t, b));
        if (strategy.isPresent() && nestedStrategy.isPresent() && strategy.get() != nestedStrategy.get()) {
            throw entries.get("migration_strategy").problem("is " + strategy.get().label()
                    + " but migration_settings.migration_strategy is " + nestedStrategy.get().label()
                    + "; give the strategy once, or make both the same");
        }
        (strategy.isPresent() ? strategy : nestedStrategy).ifPresent(b::migrationStrategy);
        return b;
    }

    private static LocalDate referenceDate(YamlValue v) {
        LocalDate date = v.date();
        CohortSpecValidator.referenceDateProblem(date).ifPresent(problem -> {
            throw v.problem(problem);
        });
        return date;
    }

    private static <E extends Enum<E> & Labelled> Map<E, Double> dist(
            YamlValue v, List<E> allowed) {
        return DistributionReader.categories(v, allowed).weights();
    }

    private static void formats(YamlValue v, CohortSpecBuilder b) {
        List<String> names = new ArrayList<>();
        for (YamlValue item : v.items()) {
            String name = item.text().strip().toLowerCase(Locale.ROOT);
            if (!FormatList.NAMES.contains(name)) {
                throw item.problem("unknown format \"" + item.text() + "\"; use any of "
                        + String.join(", ", FormatList.NAMES));
            }
            names.add(name);
        }
        if (names.isEmpty()) {
            throw v.problem("is empty; list at least one of " + String.join(", ", FormatList.NAMES));
        }
        FormatList.apply(b, names);
    }

    /** {@code output_format} chooses the tables; when {@code formats} is also given, the two must agree. */
    private static void reconcileTables(Map<String, YamlValue> entries, TableFormat tables, CohortSpecBuilder b) {
        YamlValue formats = entries.get("formats");
        if (formats != null && !formats.isNull()) {
            TableFormat listed = b.build().outputFormat();
            if (listed != tables) {
                throw entries.get("output_format").problem("is " + tables.label() + " but formats lists tables "
                        + listed.label() + "; remove output_format, or make formats list the same tables");
            }
            return;
        }
        b.outputFormat(tables);
    }

    private static Map<String, Double> prevalence(YamlValue v) {
        Map<String, Double> prevalence = new LinkedHashMap<>();
        for (Map.Entry<String, YamlValue> entry : v.entries().entrySet()) {
            String key = entry.getKey().strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            ConditionCatalogue.prevalenceProblem(key).ifPresent(problem -> {
                throw entry.getValue().problem(problem);
            });
            if (prevalence.containsKey(key)) {
                // Keys are matched ignoring case and spaces, so DIABETES repeats diabetes.
                throw entry.getValue().problem("repeats condition " + key + "; give each condition once");
            }
            prevalence.put(key, entry.getValue().rate());
        }
        return prevalence;
    }

    private static Map<String, List<String>> terminologies(YamlValue v) {
        Map<String, List<String>> systems = new LinkedHashMap<>();
        for (Map.Entry<String, YamlValue> entry : v.entries(CodeSystems.WRITTEN.keySet()).entrySet()) {
            String table = entry.getKey();
            List<YamlValue> items = entry.getValue().items();
            List<String> chosen = new ArrayList<>();
            for (YamlValue item : items) {
                String name = item.text().strip().toLowerCase(Locale.ROOT).replace("-", "");
                if (!CodeSystems.accepted(table).contains(name)) {
                    throw item.problem(CodeSystems.unknown(table, item.text()));
                }
                chosen.add(name);
            }
            if (CodeSystems.namesNothingWritten(table, chosen)) {
                throw items.get(0).problem(CodeSystems.onlyUnwritten(table, chosen.get(0)));
            }
            systems.put(table, chosen);
        }
        return systems;
    }

    private static DataQuality dataQuality(YamlValue v) {
        DataQuality base = DataQuality.defaults();
        double minimum = base.minimumQualityScore();
        double degradation = base.qualityDegradationRate();
        String strictness = base.validationStrictness();
        for (Map.Entry<String, YamlValue> entry : v.entries(DATA_QUALITY_KEYS).entrySet()) {
            YamlValue value = entry.getValue();
            switch (entry.getKey()) {
                case "minimum_quality_score" -> minimum = value.rate();
                case "quality_degradation_rate" -> degradation = value.rate();
                default -> {
                    strictness = value.text().strip().toLowerCase(Locale.ROOT);
                    if (!STRICTNESS.contains(strictness)) {
                        throw value.problem("unknown value \"" + value.text() + "\"; use one of low, medium, high");
                    }
                }
            }
        }
        return new DataQuality(minimum, degradation, strictness);
    }

    private static Map<String, Map<String, Double>> errorPatterns(YamlValue v) {
        Map<String, Map<String, Double>> groups = new LinkedHashMap<>();
        for (Map.Entry<String, YamlValue> group : v.entries().entrySet()) {
            Map<String, Double> rates = new LinkedHashMap<>();
            for (Map.Entry<String, YamlValue> pattern : group.getValue().entries().entrySet()) {
                rates.put(pattern.getKey(), pattern.getValue().rate());
            }
            groups.put(group.getKey(), rates);
        }
        return groups;
    }

    /** Refuses an override the cohort's ages or smokers cannot deliver, at its line: now both are read. */
    private static void checkPrevalenceCeilings(YamlValue block, CohortSpec population,
            Map<String, Double> prevalence) {
        if (block == null || block.isNull()) {
            return;
        }
        for (Map.Entry<String, YamlValue> entry : block.entries().entrySet()) {
            String key = entry.getKey().strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            PrevalenceCeilings.problem(population, key, prevalence.get(key)).ifPresent(problem -> {
                throw entry.getValue().problem(problem);
            });
        }
    }
}

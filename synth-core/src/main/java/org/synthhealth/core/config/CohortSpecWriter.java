package org.synthhealth.core.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.Distribution;
import org.synthhealth.core.MigrationOption;
import org.synthhealth.core.MigrationSettings;
import org.synthhealth.core.Requirements;
import org.synthhealth.core.model.Labelled;

/**
 * Writes a {@link CohortSpec} as YAML that {@link CohortSpecReader} reads back equal: every field, in the reference's
 * key order, with map keys sorted, so the same spec always gives the same text.
 *
 * <p>The formats are written as they were chosen: a spec with a format list gets a {@code formats} list of its tables
 * and interop formats, any other spec its {@code output_format} alone, so that a table choice reads back as one and
 * keeps writing only those tables (see {@link CohortSpec#interopFormats()}).
 */
public final class CohortSpecWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CohortSpecWriter() {
    }

    /** The spec as YAML text. */
    public static String toYaml(CohortSpec spec) {
        return "# synth-health cohort configuration\n" + yaml(tree(spec));
    }

    /** {@code tree} as YAML text, with the same settings for every caller so equal trees give equal text. */
    static String yaml(ObjectNode tree) {
        YAMLFactory factory = YAMLFactory.builder().stringQuotingChecker(new TextLikeNumbers()).build();
        YAMLMapper mapper = YAMLMapper.builder(factory)
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
        try {
            return mapper.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the spec as YAML", e);
        }
    }

    /**
     * Quotes text that YAML would read back as a number: Jackson already quotes what looks like a decimal number, not
     * {@code .nan} or {@code .inf}, so a folder of that name would come back as a float.
     */
    private static final class TextLikeNumbers extends StringQuotingChecker.Default {

        private static final long serialVersionUID = 1L;

        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || YamlDocument.NON_FINITE.matcher(value).matches();
        }
    }

    /** Writes the YAML to {@code file} atomically (a temporary file moved into place). */
    public static void write(CohortSpec spec, Path file) {
        try {
            AtomicFile.write(file, toYaml(spec).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // AtomicFile's message already names the file and gives the file system's reason.
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /** Every field of the spec as a tree, in the reference's key order. */
    static ObjectNode tree(CohortSpec spec) {
        ObjectNode root = NODES.objectNode();
        root.put("num_records", spec.numRecords());
        root.put("output_dir", pathText(spec.outputDir()));
        spec.seed().ifPresent(seed -> root.put("seed", seed));
        if (spec.listedInteropFormats().isPresent()) {
            ArrayNode formats = root.putArray("formats");
            FormatList.of(spec).forEach(formats::add);
        } else {
            root.put("output_format", spec.outputFormat().label());
        }
        root.put("reference_date", spec.referenceDate().toString());
        root.set("age_dist", distribution(spec.ageDistribution()));
        root.set("gender_dist", distribution(spec.genderDistribution()));
        root.set("race_dist", distribution(spec.raceDistribution()));
        root.set("smoking_dist", distribution(spec.smokingDistribution()));
        root.set("alcohol_dist", distribution(spec.alcoholDistribution()));
        root.set("education_dist", distribution(spec.educationDistribution()));
        root.set("employment_dist", distribution(spec.employmentDistribution()));
        root.set("housing_dist", distribution(spec.housingDistribution()));
        root.set("condition_prevalence", rates(spec.conditionPrevalence()));
        root.put("clinical_complexity", spec.clinicalComplexity().label());
        ObjectNode terminologies = root.putObject("terminology_systems");
        spec.terminologySystems().forEach((domain, systems) -> {
            ArrayNode list = terminologies.putArray(domain);
            systems.forEach(list::add);
        });
        ObjectNode quality = root.putObject("data_quality");
        quality.set("minimum_quality_score", number(spec.dataQuality().minimumQualityScore()));
        quality.set("quality_degradation_rate", number(spec.dataQuality().qualityDegradationRate()));
        quality.put("validation_strictness", spec.dataQuality().validationStrictness());
        ObjectNode patterns = root.putObject("error_patterns");
        spec.errorPatterns().forEach((group, groupRates) -> patterns.set(group, rates(groupRates)));
        spec.configuredWorkers().ifPresent(workers -> root.put("concurrent_workers", workers));
        root.put("batch_size", spec.batchSize());
        spec.memoryLimitMb().ifPresent(mb -> root.put("memory_limit", mb));
        spec.reportFile().ifPresent(file -> root.put("report_file", pathText(file)));
        root.set("migration_settings", migration(spec.migrationSettings()));
        root.put("simulate_migration", spec.simulateMigration());
        root.put("migration_strategy", spec.migrationStrategy().label());
        spec.migrationReport().ifPresent(file -> root.put("migration_report", pathText(file)));
        if (!spec.requirements().isEmpty()) {
            root.set("requirements", requirements(spec.requirements()));
        }
        return root;
    }

    /**
     * A path as YAML should hold it: one built in code as {@code ~/x} names a folder called {@code ~}, which YAML
     * would read as the home folder, so it is written {@code ./~/x}.
     */
    private static String pathText(Path path) {
        String text = path.toString();
        return text.startsWith("~") ? "./" + text : text;
    }

    private static ObjectNode distribution(Distribution<?> distribution) {
        ObjectNode node = NODES.objectNode();
        distribution.weights().forEach((category, weight) -> node.set(label(category), number(weight)));
        return node;
    }

    private static String label(Object category) {
        return category instanceof Labelled labelled ? labelled.label() : category.toString();
    }

    private static ObjectNode rates(Map<String, Double> rates) {
        ObjectNode node = NODES.objectNode();
        new TreeMap<>(rates).forEach((key, rate) -> node.set(key, number(rate)));
        return node;
    }

    private static ObjectNode migration(MigrationSettings settings) {
        ObjectNode node = NODES.objectNode();
        node.put("source_system", settings.sourceSystem());
        node.put("target_system", settings.targetSystem());
        ObjectNode success = node.putObject("success_rates");
        for (String stage : MigrationBlock.STAGES) {
            if (settings.successRates().containsKey(stage)) {
                success.set(stage, number(settings.successRates().get(stage)));
            }
        }
        node.set("network_failure_rate", number(settings.networkFailureRate()));
        node.set("system_overload_rate", number(settings.systemOverloadRate()));
        node.set("data_corruption_rate", number(settings.dataCorruptionRate()));
        for (MigrationOption option : MigrationOption.values()) {
            Object value = settings.options().get(option.key());
            if (value != null) {
                switch (option.kind()) {
                    case COUNT -> node.put(option.key(), ((Number) value).intValue());
                    case RATE -> node.set(option.key(), number(((Number) value).doubleValue()));
                    case CHOICE -> node.put(option.key(), MigrationOption.normalised(value));
                }
            }
        }
        for (String option : MigrationBlock.OPTIONS) {
            Object value = settings.options().get(option);
            if (value instanceof Boolean flag) {
                node.put(option, flag);
            } else if (value instanceof Number n) {
                node.put(option, n.intValue());
            }
        }
        if (settings.options().get(MigrationBlock.VISTA_SOURCE) instanceof Map<?, ?> source) {
            ObjectNode written = node.putObject(MigrationBlock.VISTA_SOURCE);
            for (String key : MigrationBlock.VISTA_SOURCE_KEYS) {
                if (source.get(key) != null) {
                    written.put(key, source.get(key).toString());
                }
            }
        }
        return node;
    }

    private static ObjectNode requirements(Requirements r) {
        ObjectNode node = NODES.objectNode();
        if (!r.conditions().isEmpty()) {
            ArrayNode list = node.putArray("conditions");
            r.conditions().forEach(list::add);
        }
        r.minAge().ifPresent(age -> node.put("min_age", age));
        r.maxAge().ifPresent(age -> node.put("max_age", age));
        r.sex().ifPresent(sex -> node.put("sex", sex.label()));
        r.deceased().ifPresent(deceased -> node.put("deceased", deceased));
        return node;
    }

    /** A plain decimal (never an exponent), exactly the double's shortest form, so it reads back equal. */
    private static com.fasterxml.jackson.databind.JsonNode number(double value) {
        BigDecimal exact = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        return NODES.numberNode(exact.scale() < 1 ? exact.setScale(1) : exact);
    }

}

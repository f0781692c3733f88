package org.synthhealth.core.config;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.MigrationOption;
import org.synthhealth.core.MigrationSettings;
import org.synthhealth.core.MigrationStrategy;

/**
 * Reads the {@code migration_settings} block; keys left out keep the user guide's defaults. The
 * {@link MigrationOption}s ({@code retry_limit}, {@code rollback_threshold}, ...) and the stage-specific keys land in
 * {@link MigrationSettings#options()}.
 */
final class MigrationBlock {

    /** The migration stages, in pipeline order. */
    static final List<String> STAGES = MigrationSettings.STAGES;

    /** The stage-specific keys that land in {@link MigrationSettings#options()}. */
    static final List<String> OPTIONS = List.of(
            "extract_timeout", "transform_memory_limit", "validate_strict_mode", "load_batch_size");

    static final Set<String> KEYS = new LinkedHashSet<>(List.of(
            "source_system", "target_system", "migration_strategy", "success_rates", "network_failure_rate",
            "system_overload_rate", "data_corruption_rate", "retry_limit", "batch_failure_threshold",
            "on_batch_failure", "batch_retries", "rollback_threshold", "extract_timeout", "transform_memory_limit",
            "validate_strict_mode", "load_batch_size", "vista_source"));

    /** The key naming where extract reads VistA from, and its own keys. */
    static final String VISTA_SOURCE = "vista_source";
    static final Set<String> VISTA_SOURCE_KEYS = new LinkedHashSet<>(List.of("type", "global_directory", "gtm_dist"));
    private static final List<String> VISTA_SOURCE_TYPES = List.of("zwr", "gtm");

    private static final List<String> SOURCES = List.of("vista");
    private static final List<String> TARGETS = List.of("oracle_health");

    private final MigrationSettings settings;
    private final Optional<MigrationStrategy> strategy;

    private MigrationBlock(MigrationSettings settings, Optional<MigrationStrategy> strategy) {
        this.settings = settings;
        this.strategy = strategy;
    }

    /** The settings, starting from {@code base} for keys left out. */
    MigrationSettings settings() {
        return settings;
    }

    /** The block's own {@code migration_strategy}, when it has one. */
    Optional<MigrationStrategy> strategy() {
        return strategy;
    }

    static MigrationBlock read(YamlValue block, MigrationSettings base) {
        String source = base.sourceSystem();
        String target = base.targetSystem();
        Map<String, Double> rates = new LinkedHashMap<>();
        for (String stage : STAGES) {
            rates.put(stage, base.successRates().getOrDefault(stage, 1.0));
        }
        double network = base.networkFailureRate();
        double overload = base.systemOverloadRate();
        double corruption = base.dataCorruptionRate();
        Map<String, Object> options = new LinkedHashMap<>(base.options());
        Optional<MigrationStrategy> strategy = Optional.empty();

        for (Map.Entry<String, YamlValue> entry : block.entries(KEYS).entrySet()) {
            YamlValue value = entry.getValue();
            if (value.isNull()) {
                continue;
            }
            switch (entry.getKey()) {
                case "source_system" -> source = system(value, SOURCES);
                case "target_system" -> target = system(value, TARGETS);
                case "migration_strategy" -> strategy = Optional.of(value.choice(List.of(MigrationStrategy.values())));
                case "success_rates" -> {
                    for (Map.Entry<String, YamlValue> rate : value.entries(new LinkedHashSet<>(STAGES)).entrySet()) {
                        rates.put(rate.getKey(), rate.getValue().rate());
                    }
                }
                case "network_failure_rate" -> network = value.rate();
                case "system_overload_rate" -> overload = value.rate();
                case "data_corruption_rate" -> corruption = value.rate();
                case "validate_strict_mode" -> options.put(entry.getKey(), value.bool());
                case "retry_limit", "batch_failure_threshold", "on_batch_failure", "batch_retries",
                        "rollback_threshold" -> options.put(entry.getKey(), option(value, entry.getKey()));
                case VISTA_SOURCE -> vistaSource(value).ifPresentOrElse(found -> options.put(VISTA_SOURCE, found),
                        () -> options.remove(VISTA_SOURCE));
                default -> options.put(entry.getKey(), value.wholeNumber(1));
            }
        }
        return new MigrationBlock(
                new MigrationSettings(source, target, rates, network, overload, corruption, options), strategy);
    }

    /** Reads one of the {@link MigrationOption}s: its type from the YAML, then the option's own rule. */
    private static Object option(YamlValue value, String key) {
        MigrationOption option = MigrationOption.named(key).orElseThrow();
        Object read = switch (option.kind()) {
            case COUNT -> value.wholeNumber(0);
            case RATE -> value.rate();
            case CHOICE -> MigrationOption.normalised(value.text());
        };
        option.problem(read).ifPresent(reason -> {
            throw value.problem(reason);
        });
        return read;
    }

    /** Checks the {@link MigrationOption}s of a spec built in code, naming the key and the fix. */
    static void checkOptions(Map<String, Object> options) {
        for (MigrationOption option : MigrationOption.values()) {
            option.problem(options.get(option.key())).ifPresent(reason -> {
                throw new InvalidInputException("migration_settings." + option.key() + " (migrationSettings): "
                        + reason);
            });
        }
    }

    /**
     * Reads {@code vista_source}: {@code type: zwr} (the default: the cohort's {@code vista_globals.zwr}) or
     * {@code type: gtm} with {@code global_directory} and, optionally, {@code gtm_dist}. Empty for the default.
     */
    private static Optional<Map<String, String>> vistaSource(YamlValue block) {
        Map<String, YamlValue> entries = block.entries(VISTA_SOURCE_KEYS);
        YamlValue gld = entries.get("global_directory");
        String type = entries.containsKey("type") ? YamlValue.normalise(entries.get("type").text())
                : gld == null ? "zwr" : "gtm";
        if (!VISTA_SOURCE_TYPES.contains(type)) {
            throw entries.get("type").problem("unknown source type \"" + entries.get("type").text()
                    + "\"; use zwr (the cohort's vista_globals.zwr, the default) or gtm (a live GT.M database)");
        }
        if (type.equals("zwr")) {
            if (gld != null || entries.containsKey("gtm_dist")) {
                throw block.problem("global_directory and gtm_dist apply only to type: gtm; remove them or write "
                        + "type: gtm");
            }
            return Optional.empty();
        }
        if (gld == null || gld.isNull()) {
            throw block.problem("type gtm needs global_directory: the .gld file of the GT.M database");
        }
        Map<String, String> source = new LinkedHashMap<>();
        source.put("type", "gtm");
        source.put("global_directory", gld.filePath("the .gld file of the GT.M database", "synth.gld").toString());
        YamlValue dist = entries.get("gtm_dist");
        if (dist != null && !dist.isNull()) {
            source.put("gtm_dist", dist.path("the GT.M folder that holds mumps").toString());
        }
        return Optional.of(Map.copyOf(source));
    }

    /**
     * Checks a {@code vista_source} option of a spec built in code: a mapping with {@code type} {@code gtm} and a
     * {@code global_directory} (and optionally {@code gtm_dist}), or {@code type: zwr}.
     */
    static void checkVistaSource(Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Map<?, ?> map && VISTA_SOURCE_KEYS.containsAll(map.keySet())) {
            Object type = map.get("type");
            Object gld = map.get("global_directory");
            boolean zwr = "zwr".equals(type) && map.size() == 1;
            if (zwr || "gtm".equals(type) && gld != null && !gld.toString().isBlank()) {
                return;
            }
        }
        throw new InvalidInputException("migration_settings.vista_source (migrationSettings): " + value
                + " is not usable; give type: gtm with global_directory: FILE (gtm_dist: DIR optional), or type: zwr");
    }

    /**
     * Refuses migration settings built in code that the YAML could not give: systems other than the simulated ones
     * and success rates of stages that do not exist.
     */
    static void checkBuilt(MigrationSettings settings) {
        if (!SOURCES.contains(settings.sourceSystem())) {
            throw new InvalidInputException("migration_settings.source_system (migrationSettings): unknown system \""
                    + settings.sourceSystem() + "\"; the simulation supports " + String.join(", ", SOURCES));
        }
        if (!TARGETS.contains(settings.targetSystem())) {
            throw new InvalidInputException("migration_settings.target_system (migrationSettings): unknown system \""
                    + settings.targetSystem() + "\"; the simulation supports " + String.join(", ", TARGETS));
        }
        for (String stage : settings.successRates().keySet()) {
            if (!STAGES.contains(stage)) {
                throw new InvalidInputException("migration_settings.success_rates." + stage + " (migrationSettings): "
                        + "unknown stage; use any of " + String.join(", ", STAGES));
            }
        }
        settings.options().forEach((key, value) -> optionTypeProblem(key, value).ifPresent(problem -> {
            throw new InvalidInputException("migration_settings." + key + " (migrationSettings): " + problem);
        }));
    }

    /**
     * What keeps an option built in code from reading back equal from YAML, with the fix: a key the YAML has no place
     * for, or a value of another type than the YAML reads (an {@code Integer} count, a {@code Double} rate, a choice
     * in lower case, a {@code Boolean} switch). Ranges are {@link MigrationOption#problem}'s to judge.
     */
    private static Optional<String> optionTypeProblem(String key, Object value) {
        Optional<MigrationOption> option = MigrationOption.named(key);
        if (key.equals(VISTA_SOURCE) || value == null) {
            return Optional.empty();
        }
        if (option.isEmpty() && !OPTIONS.contains(key)) {
            List<String> known = KEYS.stream().filter(k -> MigrationOption.named(k).isPresent() || OPTIONS.contains(k)
                    || k.equals(VISTA_SOURCE)).toList();
            return Optional.of("unknown option; " + KeyNames.suggestion(key, known));
        }
        Class<?> type = key.equals("validate_strict_mode") ? Boolean.class : Integer.class;
        if (option.isPresent()) {
            type = switch (option.get().kind()) {
                case COUNT -> Integer.class;
                case RATE -> Double.class;
                case CHOICE -> String.class;
            };
        }
        if (!type.isInstance(value)) {
            return Optional.of("is " + value + " (a " + value.getClass().getSimpleName() + "); give a "
                    + type.getSimpleName() + ", the type the YAML reads");
        }
        if (value instanceof String text && !text.equals(MigrationOption.normalised(text))) {
            return Optional.of("is \"" + text + "\"; write it as " + MigrationOption.normalised(text));
        }
        if (option.isEmpty() && value instanceof Integer count && count < 1) {
            return Optional.of("is " + count + ", must be at least 1; give a whole number >= 1");
        }
        return Optional.empty();
    }

    private static String system(YamlValue value, List<String> allowed) {
        String text = YamlValue.normalise(value.text()).replace(' ', '_');
        if (!allowed.contains(text)) {
            throw value.problem("unknown system \"" + value.text() + "\"; the simulation supports "
                    + String.join(", ", allowed));
        }
        return text;
    }
}

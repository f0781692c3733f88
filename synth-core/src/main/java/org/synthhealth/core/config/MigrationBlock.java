package org.synthhealth.core.config;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.synthhealth.core.MigrationSettings;
import org.synthhealth.core.MigrationStrategy;

/** Reads the {@code migration_settings} block; keys left out keep the user guide's defaults. */
final class MigrationBlock {

    /** The migration stages, in pipeline order. */
    static final List<String> STAGES = List.of("extract", "transform", "validate", "load");

    /** The stage-specific keys that land in {@link MigrationSettings#options()}. */
    static final List<String> OPTIONS = List.of(
            "extract_timeout", "transform_memory_limit", "validate_strict_mode", "load_batch_size");

    static final Set<String> KEYS = new LinkedHashSet<>(List.of(
            "source_system", "target_system", "migration_strategy", "success_rates", "network_failure_rate",
            "system_overload_rate", "data_corruption_rate", "extract_timeout", "transform_memory_limit",
            "validate_strict_mode", "load_batch_size"));

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
                default -> options.put(entry.getKey(), value.wholeNumber(1));
            }
        }
        return new MigrationBlock(
                new MigrationSettings(source, target, rates, network, overload, corruption, options), strategy);
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

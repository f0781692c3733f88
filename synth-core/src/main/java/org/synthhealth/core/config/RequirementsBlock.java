package org.synthhealth.core.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.Requirements;
import org.synthhealth.core.generate.RequirementMatcher;
import org.synthhealth.core.model.Sex;

/**
 * Reads the {@code requirements} block of a configuration file, and refuses requirements no cohort could meet at the
 * line of the requirement that makes them impossible.
 */
final class RequirementsBlock {

    private static final Set<String> REQUIREMENT_KEYS = new LinkedHashSet<>(List.of(
            "conditions", "min_age", "max_age", "sex", "deceased"));

    private RequirementsBlock() {
    }

    private static List<String> requiredConditions(YamlValue value) {
        List<String> conditions = new ArrayList<>();
        for (YamlValue item : value.items()) {
            String text = item.text().strip();
            if (!ConditionCatalogue.names(text)) {
                throw item.problem("no known condition has the key, ICD-10-CM or SNOMED CT code or name \"" + text
                        + "\"; " + KeyNames.suggestion(text.toLowerCase(Locale.ROOT), ConditionCatalogue.keys())
                        .replace("known keys here", "known condition keys"));
            }
            conditions.add(text);
        }
        return conditions;
    }

    static Requirements read(YamlValue v) {
        Requirements r = Requirements.none();
        List<String> conditions = r.conditions();
        Optional<Integer> minAge = Optional.empty();
        Optional<Integer> maxAge = Optional.empty();
        Optional<Sex> sex = Optional.empty();
        Optional<Boolean> deceased = Optional.empty();
        Map<String, YamlValue> entries = v.entries(REQUIREMENT_KEYS);
        for (Map.Entry<String, YamlValue> entry : entries.entrySet()) {
            YamlValue value = entry.getValue();
            switch (entry.getKey()) {
                case "conditions" -> conditions = requiredConditions(value);
                case "min_age" -> minAge = Optional.of(value.wholeNumber(0));
                case "max_age" -> maxAge = Optional.of(value.wholeNumber(0));
                case "sex" -> sex = Optional.of(value.choice(List.of(Sex.values())));
                default -> deceased = Optional.of(value.bool());
            }
        }
        Requirements read = new Requirements(conditions, minAge, maxAge, sex, deceased);
        Optional<RequirementMatcher.Impossibility> impossible = RequirementMatcher.impossibility(read);
        if (impossible.isPresent()) {
            throw requirementAt(v, entries, impossible.get().key()).problem(impossible.get().reason());
        }
        return read;
    }

    /**
     * Refuses requirements whose ages {@code age_dist} gives no weight, or whose sex {@code gender_dist} gives none,
     * at the requirement's line: only now are all these blocks read, whatever their order in the file.
     */
    static void checkAgainst(YamlValue block, Requirements required,
            CohortSpec population, Map<String, Double> prevalence) {
        if (block == null || block.isNull()) {
            return;
        }
        RequirementMatcher.impossibility(required, population, prevalence).ifPresent(p -> {
            throw requirementAt(block, block.entries(REQUIREMENT_KEYS), p.key()).problem(p.reason());
        });
    }

    /** The value a requirement key names: {@code max_age}, or {@code conditions[2]} as the third list item. */
    private static YamlValue requirementAt(YamlValue block, Map<String, YamlValue> entries, String key) {
        int bracket = key.indexOf('[');
        YamlValue value = entries.get(bracket < 0 ? key : key.substring(0, bracket));
        if (value == null) {
            return block;
        }
        if (bracket < 0) {
            return value;
        }
        int index = Integer.parseInt(key.substring(bracket + 1, key.length() - 1));
        List<YamlValue> items = value.items();
        return index < items.size() ? items.get(index) : value;
    }
}

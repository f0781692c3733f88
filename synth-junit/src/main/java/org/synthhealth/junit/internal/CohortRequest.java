package org.synthhealth.junit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.synthhealth.junit.RequiredSex;
import org.synthhealth.junit.SyntheticPatients;
import org.synthhealth.junit.VitalStatus;

/**
 * The attributes of the {@link SyntheticPatients} declarations that apply to one injection point, merged from the
 * nearest declaration outwards.
 *
 * @param count the patient count, or {@link SyntheticPatients#UNSET_COUNT}
 * @param seed the fixed seed, if one was declared
 * @param config the config location, or empty
 */
public record CohortRequest(
        int count,
        Optional<Long> seed,
        String config,
        List<String> conditions,
        int minAge,
        int maxAge,
        RequiredSex sex,
        VitalStatus vitalStatus) {

    public CohortRequest {
        conditions = List.copyOf(conditions);
    }

    /** A request where nothing is declared. */
    public static CohortRequest empty() {
        return new CohortRequest(SyntheticPatients.UNSET_COUNT, Optional.empty(), "", List.of(),
                SyntheticPatients.NO_AGE_BOUND, SyntheticPatients.NO_AGE_BOUND, RequiredSex.ANY, VitalStatus.ANY);
    }

    /** The request of one annotation. */
    public static CohortRequest of(SyntheticPatients a) {
        Optional<Long> seed = a.seed() == SyntheticPatients.RANDOM_SEED ? Optional.empty() : Optional.of(a.seed());
        return new CohortRequest(a.count(), seed, a.config(), List.of(a.conditions()), a.minAge(), a.maxAge(),
                a.sex(), a.vitalStatus());
    }

    /** This request with every attribute it leaves unset taken from {@code outer}. */
    public CohortRequest orElse(CohortRequest outer) {
        return new CohortRequest(
                count != SyntheticPatients.UNSET_COUNT ? count : outer.count,
                seed.isPresent() ? seed : outer.seed,
                !config.isEmpty() ? config : outer.config,
                !conditions.isEmpty() ? conditions : outer.conditions,
                minAge != SyntheticPatients.NO_AGE_BOUND ? minAge : outer.minAge,
                maxAge != SyntheticPatients.NO_AGE_BOUND ? maxAge : outer.maxAge,
                sex != RequiredSex.ANY ? sex : outer.sex,
                vitalStatus != VitalStatus.ANY ? vitalStatus : outer.vitalStatus);
    }

    /** The annotation a user pastes to get exactly this cohort again, with the given seed. */
    public String annotationWithSeed(int resolvedCount, long resolvedSeed) {
        List<String> parts = new ArrayList<>();
        parts.add("count = " + resolvedCount);
        parts.add("seed = " + resolvedSeed + "L");
        if (!config.isEmpty()) {
            parts.add("config = \"" + config.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        }
        if (!conditions.isEmpty()) {
            List<String> quoted = conditions.stream().map(c -> "\"" + c + "\"").toList();
            parts.add("conditions = {" + String.join(", ", quoted) + "}");
        }
        if (minAge != SyntheticPatients.NO_AGE_BOUND) {
            parts.add("minAge = " + minAge);
        }
        if (maxAge != SyntheticPatients.NO_AGE_BOUND) {
            parts.add("maxAge = " + maxAge);
        }
        if (sex != RequiredSex.ANY) {
            parts.add("sex = RequiredSex." + sex.name());
        }
        if (vitalStatus != VitalStatus.ANY) {
            parts.add("vitalStatus = VitalStatus." + vitalStatus.name());
        }
        return String.format(Locale.ROOT, "@SyntheticPatients(%s)", String.join(", ", parts));
    }
}

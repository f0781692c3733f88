package org.synthhealth.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.ClinicalComplexity;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.CohortSpecBuilder;
import org.synthhealth.core.DataQuality;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.MigrationSettings;
import org.synthhealth.core.model.Sex;
import org.synthhealth.core.model.SmokingStatus;

/**
 * Whatever {@code build()} accepts writes as YAML that reads back equal, and a spec broken in any one setting cannot
 * be built at all: checked over many specs drawn from a fixed seed, so a failure repeats.
 */
class BuiltSpecRoundTripTest {

    private static final int SPECS = 200;

    @Test
    void everySpecTheBuilderAcceptsReadsBackEqualFromItsYaml() {
        Random random = new Random(20_260_101L);

        for (int i = 0; i < SPECS; i++) {
            CohortSpec spec = validBuilder(random).build();

            String yaml = CohortSpecWriter.toYaml(spec);

            assertThat(CohortSpecReader.readBuilder(yaml, "spec-" + i + ".yaml").build()).as(yaml).isEqualTo(spec);
        }
    }

    @Test
    void aSpecBrokenInAnyOneSettingCannotBeBuilt() {
        Random random = new Random(7L);
        List<Breakage> breakages = breakages();

        for (int i = 0; i < SPECS; i++) {
            Breakage breakage = breakages.get(i % breakages.size());
            CohortSpecBuilder broken = breakage.apply().apply(validBuilder(random));

            assertThatThrownBy(broken::build).as(breakage.name()).isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith(breakage.name()).message().doesNotContain("\n");
        }
    }

    /** One way to break a valid spec, and how the message starts. */
    private record Breakage(String name, UnaryOperator<CohortSpecBuilder> apply) {
    }

    private static List<Breakage> breakages() {
        return List.of(
                new Breakage("num_records (patients): is -1", b -> b.patients(-1)),
                new Breakage("num_records (patients): is 0", b -> b.patients(0)),
                new Breakage("age_dist (ageDistribution): values sum to 0.50", b -> b.ageDistribution(
                        Map.of(new AgeBand(0, 60), 0.25, new AgeBand(61, 120), 0.25))),
                new Breakage("age_dist (ageDistribution): no band covers ages 31-39", b -> b.ageDistribution(
                        Map.of(new AgeBand(0, 30), 0.5, new AgeBand(40, 120), 0.5))),
                new Breakage("condition_prevalence.diabetes (conditionPrevalence): is 2.0",
                        b -> b.conditionPrevalence(Map.of("diabetes", 2.0))),
                new Breakage("condition_prevalence.diabetis (conditionPrevalence): unknown condition",
                        b -> b.conditionPrevalence(Map.of("diabetis", 0.1))),
                new Breakage("reference_date (referenceDate): 1800-01-01 is outside",
                        b -> b.referenceDate(LocalDate.of(1800, 1, 1))),
                new Breakage("concurrent_workers (concurrentWorkers): is 0", b -> b.concurrentWorkers(0)),
                new Breakage("batch_size (batchSize): is 0", b -> b.batchSize(0)),
                new Breakage("migration_settings.retry_limit (migrationSettings): is 3 (a Long)",
                        b -> b.migrationSettings(options(Map.of("retry_limit", 3L)))),
                new Breakage("migration_settings.retry_limt (migrationSettings): unknown option",
                        b -> b.migrationSettings(options(Map.of("retry_limt", 3)))),
                new Breakage("gender_dist (genderDistribution): values sum to 1.20",
                        b -> b.genderDistribution(Map.of(Sex.MALE, 0.6, Sex.FEMALE, 0.6))));
    }

    private static MigrationSettings options(Map<String, Object> options) {
        MigrationSettings d = MigrationSettings.defaults();
        return new MigrationSettings(d.sourceSystem(), d.targetSystem(), d.successRates(), d.networkFailureRate(),
                d.systemOverloadRate(), d.dataCorruptionRate(), options);
    }

    /** A builder whose every setting is drawn within the rules: contiguous bands, sums of 1, small prevalences. */
    private static CohortSpecBuilder validBuilder(Random random) {
        CohortSpecBuilder b = CohortSpec.builder()
                .patients(1 + random.nextInt(100_000))
                .seed(random.nextLong())
                .referenceDate(LocalDate.of(1990 + random.nextInt(150), 1 + random.nextInt(12), 1 + random.nextInt(28)))
                .ageDistribution(ageBands(random))
                .clinicalComplexity(ClinicalComplexity.values()[random.nextInt(ClinicalComplexity.values().length)])
                .dataQuality(new DataQuality(fraction(random), fraction(random), List.of("low", "medium", "high")
                        .get(random.nextInt(3))))
                .batchSize(1 + random.nextInt(1000));
        double male = fraction(random);
        b.genderDistribution(ordered(Sex.MALE, male, Sex.FEMALE, 1 - male));
        double never = fraction(random) / 2;
        double current = fraction(random) / 4 + 0.01;
        b.smokingDistribution(ordered(SmokingStatus.NEVER, never, SmokingStatus.CURRENT, current,
                SmokingStatus.FORMER, 1 - never - current));
        if (random.nextBoolean()) {
            b.concurrentWorkers(1 + random.nextInt(CohortSpec.MAX_WORKERS));
        }
        if (random.nextBoolean()) {
            b.migrationSettings(migration(random));
        }
        if (random.nextBoolean()) {
            b.conditionPrevalence(Map.of("hypertension", Math.round(fraction(random) * 5) / 100.0));
        }
        return b;
    }

    /** Success rates for some of the stages (the others always succeed) and some options, of the YAML's types. */
    private static MigrationSettings migration(Random random) {
        Map<String, Double> rates = new LinkedHashMap<>();
        for (String stage : MigrationSettings.STAGES) {
            if (random.nextBoolean()) {
                rates.put(stage, fraction(random));
            }
        }
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("retry_limit", random.nextInt(101));
        options.put("rollback_threshold", fraction(random));
        options.put("on_batch_failure", random.nextBoolean() ? "retry" : "abandon");
        options.put("load_batch_size", 1 + random.nextInt(500));
        options.put("validate_strict_mode", random.nextBoolean());
        return new MigrationSettings("vista", "oracle_health", rates, fraction(random), fraction(random),
                fraction(random), options);
    }

    /** Bands from 0 up to an oldest age, cut at random places, with weights that sum to 1. */
    private static Map<AgeBand, Double> ageBands(Random random) {
        int oldest = 60 + random.nextInt(AgeBand.OLDEST - 59);
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int age = 1; age <= oldest; age++) {
            if (random.nextInt(15) == 0) {
                starts.add(age);
            }
        }
        Map<AgeBand, Double> weights = new LinkedHashMap<>();
        // In thousandths, so the weights add up to 1 exactly as written; the oldest band keeps a tenth, so
        // there are always adults old enough for a small prevalence override.
        int left = 900;
        for (int i = 0; i < starts.size(); i++) {
            boolean last = i + 1 == starts.size();
            int high = last ? oldest : starts.get(i + 1) - 1;
            int thousandths = last ? left + 100 : random.nextInt(left + 1);
            weights.put(new AgeBand(starts.get(i), high), thousandths / 1000.0);
            left -= last ? left : thousandths;
        }
        return weights;
    }

    private static double fraction(Random random) {
        return Math.round(random.nextDouble() * 1000) / 1000.0;
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

package org.synthhealth.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.Cohort;

class SeedReportTest {

    private static final Pattern DRAWN = Pattern.compile(
            "parameter 'cohort' of Unseeded\\.fails\\(Cohort\\) used seed (\\d+) \\(drawn at random\\); "
                    + "reproduce with @SyntheticPatients\\(count = 3, seed = (\\d+)L\\)");

    @Test
    void printsTheDrawnSeedAndTheAnnotationToPasteWhenATestFails() {
        var results = EngineRuns.run(Unseeded.class);

        Throwable failure = EngineRuns.failures(results).get(0);
        assertThat(failure).hasMessage("boom");
        Matcher m = DRAWN.matcher(EngineRuns.fullText(failure));
        assertThat(m.find()).as("failure text: %s", EngineRuns.fullText(failure)).isTrue();
        assertThat(m.group(1)).isEqualTo(m.group(2));
    }

    @Test
    void publishesTheSeedAsAReportEntry() {
        var results = EngineRuns.run(Unseeded.class);

        List<String> entries = EngineRuns.reportEntries(results, "synth.seed");
        assertThat(entries).singleElement().asString().matches(DRAWN.pattern());
    }

    @Test
    void reportsNothingForAPassingTest() {
        var results = EngineRuns.run(Passing.class);

        assertThat(results.testEvents().succeeded().count()).isEqualTo(1);
        assertThat(EngineRuns.reportEntries(results, "synth.seed")).isEmpty();
    }

    @Test
    void theReportedSeedReproducesTheSameCohort() {
        Unseeded.lastFirstId = null;
        EngineRuns.run(Unseeded.class);
        String drawnFirstId = Unseeded.lastFirstId;
        long seed = Unseeded.lastSeed;

        System.setProperty("synth.seed", Long.toString(seed));
        try {
            EngineRuns.run(Unseeded.class);
        } finally {
            System.clearProperty("synth.seed");
        }

        assertThat(Unseeded.lastSeed).isEqualTo(seed);
        assertThat(Unseeded.lastFirstId).isEqualTo(drawnFirstId);
    }

    @Test
    void aRunWideSeedReplacesTheDrawnOneAndSaysWhereItCameFrom() {
        System.setProperty("synth.seed", "987654321");
        try {
            var results = EngineRuns.run(Unseeded.class);

            assertThat(EngineRuns.reportEntries(results, "synth.seed")).singleElement().asString()
                    .contains("used seed 987654321 (from -Dsynth.seed)")
                    .endsWith("@SyntheticPatients(count = 3, seed = 987654321L)");
        } finally {
            System.clearProperty("synth.seed");
        }
    }

    @Test
    void aDeclaredSeedIsNotReplacedByTheRunWideSeed() {
        System.setProperty("synth.seed", "5");
        try {
            var results = EngineRuns.run(Seeded.class);

            assertThat(EngineRuns.reportEntries(results, "synth.seed")).singleElement().asString()
                    .contains("used seed 42 (declared)");
        } finally {
            System.clearProperty("synth.seed");
        }
    }

    @Test
    void unseededTestsDrawDifferentSeeds() {
        var results = EngineRuns.run(TwoUnseeded.class);

        List<String> entries = EngineRuns.reportEntries(results, "synth.seed");
        assertThat(entries).hasSize(2);
        assertThat(seedOf(entries.get(0))).isNotEqualTo(seedOf(entries.get(1)));
    }

    @Test
    void theAnnotationToPasteKeepsTheTargetingAttributes() {
        var results = EngineRuns.run(Targeted.class);

        assertThat(EngineRuns.reportEntries(results, "synth.seed")).singleElement().asString()
                .contains("@SyntheticPatients(count = 2, seed = ")
                .endsWith("L, minAge = 30, maxAge = 60, sex = RequiredSex.FEMALE)");
    }

    private static String seedOf(String entry) {
        Matcher m = Pattern.compile("used seed (\\d+)").matcher(entry);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    static class Unseeded {
        static volatile String lastFirstId;
        static volatile long lastSeed;

        @Test
        void fails(@SyntheticPatients(count = 3) Cohort cohort) {
            lastFirstId = cohort.patients().get(0).id();
            lastSeed = cohort.seed();
            fail("boom");
        }
    }

    static class Passing {
        @Test
        void passes(@SyntheticPatients(count = 3) Cohort cohort) {
            assertThat(cohort.size()).isEqualTo(3);
        }
    }

    static class Seeded {
        @Test
        void fails(@SyntheticPatients(count = 3, seed = 42L) Cohort cohort) {
            fail("boom");
        }
    }

    static class TwoUnseeded {
        @Test
        void first(@SyntheticPatients(count = 2) Cohort cohort) {
            fail("first");
        }

        @Test
        void second(@SyntheticPatients(count = 2) Cohort cohort) {
            fail("second");
        }
    }

    static class Targeted {
        @Test
        void fails(@SyntheticPatients(count = 2, minAge = 30, maxAge = 60, sex = RequiredSex.FEMALE) Cohort c) {
            fail("boom");
        }
    }
}

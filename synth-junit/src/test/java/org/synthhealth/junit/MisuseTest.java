package org.synthhealth.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.MigrationStrategy;
import org.synthhealth.core.migration.MigrationResult;

class MisuseTest {

    @Test
    void rejectsAParameterOfAnUnsupportedTypeNamingItAndTheTypesThatWork() {
        Throwable failure = onlyFailure(WrongType.class);

        assertThat(failure).isInstanceOf(ParameterResolutionException.class)
                .hasMessageContaining("parameter 'names'")
                .hasMessageContaining("WrongType.test(List)")
                .hasMessageContaining("declare it as Cohort, List<org.hl7.fhir.r4.model.Bundle>");
    }

    @Test
    void rejectsACountBelowOne() {
        Throwable failure = onlyFailure(ZeroCount.class);

        assertThat(failure).isInstanceOf(ParameterResolutionException.class)
                .hasMessageContaining("parameter 'cohort'")
                .hasMessageContaining("count = 0: a cohort needs at least 1 patient; give count = 1 or more");
    }

    @Test
    void rejectsAConfigThatIsNeitherAResourceNorAFile() {
        Throwable failure = onlyFailure(MissingConfig.class);

        assertThat(failure).isInstanceOf(ParameterResolutionException.class)
                .hasMessageContaining("config = \"no/such/cohort.yaml\": no such classpath resource or file")
                .hasMessageContaining("put it under src/test/resources");
    }

    @Test
    void rejectsInvalidYamlNamingTheResourceAndTheKey() {
        Throwable failure = onlyFailure(InvalidYaml.class);

        assertThat(failure).isInstanceOf(ParameterResolutionException.class)
                .hasMessageContaining("parameter 'cohort'")
                .hasMessageContaining("classpath:configs/invalid.yaml")
                .hasMessageContaining("num_records");
    }

    @Test
    void rejectsFixtureFilesOnAnythingButAPath() {
        Throwable failure = onlyFailure(FixturesOnString.class);

        assertThat(failure).isInstanceOf(ParameterResolutionException.class)
                .hasMessageContaining("@FixtureFiles needs type java.nio.file.Path, found String");
    }

    @Test
    void rejectsAnUnknownFixtureFormat() {
        Throwable failure = onlyFailure(UnknownFormat.class);

        assertThat(failure).hasMessageContaining("@FixtureFiles(formats = \"xml\"): unknown format; use csv, fhir");
    }

    @Test
    void rejectsAMigrationResultWithoutMigrationSimulation() {
        Throwable failure = onlyFailure(ResultWithoutSimulation.class);

        assertThat(failure).hasMessageContaining("a MigrationResult needs @MigrationSimulation beside "
                + "@SyntheticPatients; add it");
    }

    @Test
    void rejectsSeveralMigrationStrategiesNamingThem() {
        Throwable failure = onlyFailure(SeveralStrategies.class);

        assertThat(failure).hasMessageContaining("@MigrationSimulation(strategy = {MigrationStrategy.STAGED, "
                + "MigrationStrategy.PARALLEL}): several strategies given; name one, or leave strategy out to use the "
                + "config's migration_strategy");
    }

    @Test
    void rejectsAgeBoundsTheWrongWayRound() {
        Throwable failure = onlyFailure(InvertedAges.class);

        assertThat(failure).hasMessageContaining("minAge = 80 is above maxAge = 65; give minAge <= maxAge");
    }

    @Test
    void rejectsAFinalFieldWithAConfigurationError() {
        Throwable failure = onlyFailure(FinalField.class);

        assertThat(failure).isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("field FinalField.cohort is final; remove 'final'");
    }

    @Test
    void rejectsAMalformedRunWideSeed() {
        System.setProperty("synth.seed", "twelve");
        try {
            Throwable failure = onlyFailure(Unseeded.class);

            assertThat(failure).hasMessageContaining("-Dsynth.seed=twelve is not a whole number");
        } finally {
            System.clearProperty("synth.seed");
        }
    }

    private static Throwable onlyFailure(Class<?> testClass) {
        var results = EngineRuns.run(testClass);
        List<Throwable> failures = EngineRuns.failures(results);
        assertThat(failures).as("failures of %s", testClass.getSimpleName()).hasSize(1);
        return failures.get(0);
    }

    static class WrongType {
        @Test
        void test(@SyntheticPatients(count = 3, seed = 1L) List<String> names) {
        }
    }

    static class ZeroCount {
        @Test
        void test(@SyntheticPatients(count = 0) Cohort cohort) {
        }
    }

    static class MissingConfig {
        @Test
        void test(@SyntheticPatients(config = "no/such/cohort.yaml") Cohort cohort) {
        }
    }

    static class InvalidYaml {
        @Test
        void test(@SyntheticPatients(config = "configs/invalid.yaml") Cohort cohort) {
        }
    }

    static class FixturesOnString {
        @Test
        void test(@SyntheticPatients(count = 2, seed = 1L) @FixtureFiles String directory) {
        }
    }

    static class UnknownFormat {
        @Test
        void test(@SyntheticPatients(count = 2, seed = 1L) @FixtureFiles(formats = "xml") Path directory) {
        }
    }

    static class ResultWithoutSimulation {
        @Test
        void test(@SyntheticPatients(count = 2, seed = 1L) MigrationResult result) {
        }
    }

    static class SeveralStrategies {
        @Test
        void test(@SyntheticPatients(count = 2, seed = 1L)
                @MigrationSimulation(strategy = {MigrationStrategy.STAGED, MigrationStrategy.PARALLEL})
                MigrationResult result) {
        }
    }

    static class InvertedAges {
        @Test
        void test(@SyntheticPatients(count = 2, minAge = 80, maxAge = 65) Cohort cohort) {
        }
    }

    static class FinalField {
        @SyntheticPatients(count = 2, seed = 1L)
        final Cohort cohort = null;

        @Test
        void test() {
        }
    }

    static class Unseeded {
        @Test
        void test(@SyntheticPatients(count = 2) Cohort cohort) {
        }
    }
}

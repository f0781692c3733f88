package org.synthhealth.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.Cohort;
import org.synthhealth.junit.internal.CohortCache;

class CacheSharingTest {

    @Test
    void fiftyTestsOverOneSpecPayForOneCohort() {
        long before = CohortCache.computations();

        var results = EngineRuns.run(FiftyTests.class);

        results.testEvents().assertStatistics(s -> s.succeeded(50).failed(0));
        assertThat(CohortCache.computations() - before).isEqualTo(1);
    }

    @Test
    void classesOfOneRunShareACohortAndItsDerivedViews() {
        long before = CohortCache.computations();

        var results = EngineRuns.run(FirstClass.class, SecondClass.class);

        results.testEvents().assertStatistics(s -> s.succeeded(2).failed(0));
        assertThat(CohortCache.computations() - before).isEqualTo(1);
        assertThat(FirstClass.seen).isSameAs(SecondClass.seen);
    }

    @Test
    void distinctSpecsGetDistinctCohorts() {
        long before = CohortCache.computations();

        var results = EngineRuns.run(TwoSpecs.class);

        results.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        assertThat(CohortCache.computations() - before).isEqualTo(2);
    }

    @Test
    void parallelTestsStillGenerateEachSpecOnce() {
        long before = CohortCache.computations();

        var results = EngineRuns.run(Map.of(
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "4"), ParallelTests.class);

        results.testEvents().assertStatistics(s -> s.succeeded(24).failed(0));
        assertThat(CohortCache.computations() - before).isEqualTo(2);
    }

    @Test
    void theCacheKeepsAtMostItsBound() throws Exception {
        try (CohortCache cache = new CohortCache(2)) {
            cache.get("a", String.class, () -> "A");
            cache.get("b", String.class, () -> "B");
            cache.get("a", String.class, () -> "A again");
            cache.get("c", String.class, () -> "C");

            assertThat(cache.size()).isEqualTo(2);
            assertThat(cache.get("a", String.class, () -> "recomputed")).isEqualTo("A");
            assertThat(cache.get("b", String.class, () -> "recomputed")).isEqualTo("recomputed");
        }
    }

    @Test
    void closingTheCacheClosesWhatItHolds() throws Exception {
        boolean[] closed = {false};
        CohortCache cache = new CohortCache(4);
        cache.get("x", AutoCloseable.class, () -> () -> closed[0] = true);

        cache.close();

        assertThat(closed[0]).isTrue();
        assertThat(cache.size()).isZero();
    }

    @Test
    void aFailedComputationIsNotCached() throws Exception {
        try (CohortCache cache = new CohortCache(4)) {
            try {
                cache.get("k", String.class, () -> {
                    throw new IllegalStateException("first attempt fails");
                });
            } catch (IllegalStateException expected) {
                // the failure reaches the caller
            }

            assertThat(cache.get("k", String.class, () -> "second")).isEqualTo("second");
        }
    }

    @SyntheticPatients(count = 4, seed = 77L)
    static class FiftyTests {
        @RepeatedTest(50)
        void sharesTheCohort(Cohort cohort) {
            assertThat(cohort.size()).isEqualTo(4);
        }
    }

    static class FirstClass {
        static volatile Cohort seen;

        @Test
        void test(@SyntheticPatients(count = 4, seed = 78L) Cohort cohort) {
            seen = cohort;
        }
    }

    static class SecondClass {
        static volatile Cohort seen;

        @Test
        void test(@SyntheticPatients(count = 4, seed = 78L) Cohort cohort,
                @SyntheticPatients(count = 4, seed = 78L) List<Bundle> bundles) {
            seen = cohort;
            assertThat(bundles).isSameAs(cohort.fhirBundles());
        }
    }

    static class TwoSpecs {
        @Test
        void test(@SyntheticPatients(count = 4, seed = 79L) Cohort a,
                @SyntheticPatients(count = 5, seed = 79L) Cohort b) {
            assertThat(a.size()).isEqualTo(4);
            assertThat(b.size()).isEqualTo(5);
        }
    }

    static class ParallelTests {
        @RepeatedTest(12)
        void small(@SyntheticPatients(count = 3, seed = 80L) Cohort cohort) {
            assertThat(cohort.size()).isEqualTo(3);
        }

        @RepeatedTest(12)
        void larger(@SyntheticPatients(count = 6, seed = 80L) Cohort cohort) {
            assertThat(cohort.size()).isEqualTo(6);
        }
    }
}

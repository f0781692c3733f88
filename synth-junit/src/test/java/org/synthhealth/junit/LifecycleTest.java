package org.synthhealth.junit;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.hl7v2.model.Message;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.synthhealth.core.Cohort;

class LifecycleTest {

    @Test
    void aClassDeclarationIsTheDefaultThatMethodsAndNestedClassesOverride() {
        var results = EngineRuns.run(ClassDefault.class);

        results.testEvents().assertStatistics(s -> s.succeeded(3).failed(0));
    }

    @Test
    void repeatedAndParameterizedTestsReceiveACohortPerInvocation() {
        RepeatedAndParameterized.seeds.clear();

        var results = EngineRuns.run(RepeatedAndParameterized.class);

        results.testEvents().assertStatistics(s -> s.succeeded(5).failed(0));
        assertThat(RepeatedAndParameterized.seeds).hasSize(3);
    }

    @Test
    void staticFieldsAreFilledOnceForTheClassAndInstanceFieldsBeforeEachTest() {
        var results = EngineRuns.run(Fields.class);

        results.testEvents().assertStatistics(s -> s.succeeded(2).failed(0));
        assertThat(Fields.instanceSeeds).hasSize(2);
    }

    @Test
    void aComposedAnnotationWorksLikeTheOneItCarries() {
        var results = EngineRuns.run(Composed.class);

        results.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
    }

    @Test
    void readsAYamlConfigFromTheClasspathAndLetsAttributesOverrideIt() {
        var results = EngineRuns.run(FromConfig.class);

        results.testEvents().assertStatistics(s -> s.succeeded(2).failed(0));
    }

    @Test
    void injectsOneFhirBundleAndOneAdtMessagePerPatient() {
        var results = EngineRuns.run(Interop.class);

        results.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
    }

    @SyntheticPatients(count = 3, seed = 5L)
    static class ClassDefault {
        @Test
        void usesTheClassDefault(Cohort cohort) {
            assertThat(cohort.size()).isEqualTo(3);
            assertThat(cohort.seed()).isEqualTo(5L);
        }

        @Test
        void overridesTheCountButKeepsTheSeed(@SyntheticPatients(count = 4) Cohort cohort) {
            assertThat(cohort.size()).isEqualTo(4);
            assertThat(cohort.seed()).isEqualTo(5L);
        }

        @Nested
        @SyntheticPatients(count = 2)
        class Inner {
            @Test
            void usesTheNestedCountAndTheOuterSeed(Cohort cohort) {
                assertThat(cohort.size()).isEqualTo(2);
                assertThat(cohort.seed()).isEqualTo(5L);
            }
        }
    }

    static class RepeatedAndParameterized {
        static final Set<Long> seeds = ConcurrentHashMap.newKeySet();

        @RepeatedTest(3)
        void drawsAFreshSeedPerRepetition(@SyntheticPatients(count = 2) Cohort cohort) {
            seeds.add(cohort.seed());
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 1})
        void takesTheCohortAfterTheArgument(int index, @SyntheticPatients(count = 2, seed = 9L) Cohort cohort) {
            assertThat(cohort.patients().get(index).index()).isEqualTo(index);
        }
    }

    static class Fields {
        static final Set<Long> instanceSeeds = ConcurrentHashMap.newKeySet();

        @SyntheticPatients(count = 3, seed = 12L)
        static Cohort shared;

        @SyntheticPatients(count = 2)
        Cohort perTest;

        @Test
        void first() {
            assertThat(shared.size()).isEqualTo(3);
            instanceSeeds.add(perTest.seed());
        }

        @Test
        void second() {
            assertThat(shared.seed()).isEqualTo(12L);
            instanceSeeds.add(perTest.seed());
        }
    }

    @Target({ElementType.PARAMETER, ElementType.TYPE, ElementType.FIELD})
    @Retention(RetentionPolicy.RUNTIME)
    @SyntheticPatients(count = 2, seed = 31L, minAge = 70)
    @interface SeniorPair {
    }

    static class Composed {
        @Test
        void test(@SeniorPair Cohort cohort) {
            assertThat(cohort.size()).isEqualTo(2);
            assertThat(cohort.patients()).allSatisfy(p -> assertThat(p.ageOn(cohort.spec().referenceDate()))
                    .isGreaterThanOrEqualTo(70));
        }
    }

    @SyntheticPatients(config = "configs/small.yaml", seed = 3L)
    static class FromConfig {
        @Test
        void takesCountAndReferenceDateFromTheConfig(Cohort cohort) {
            assertThat(cohort.size()).isEqualTo(4);
            assertThat(cohort.spec().referenceDate()).isEqualTo(java.time.LocalDate.of(2025, 6, 30));
        }

        @Test
        void anAttributeOverridesTheConfig(@SyntheticPatients(count = 6) Cohort cohort) {
            assertThat(cohort.size()).isEqualTo(6);
            assertThat(cohort.spec().referenceDate()).isEqualTo(java.time.LocalDate.of(2025, 6, 30));
        }
    }

    static class Interop {
        @Test
        void test(@SyntheticPatients(count = 3, seed = 4L) List<Bundle> bundles,
                @SyntheticPatients(count = 3, seed = 4L) List<Message> messages,
                @SyntheticPatients(count = 3, seed = 4L) Cohort cohort) {
            assertThat(bundles).hasSize(3);
            assertThat(messages).hasSize(3);
            assertThat(bundles.get(0).getType()).isEqualTo(Bundle.BundleType.TRANSACTION);
            assertThat(cohort.patients().get(0).id())
                    .isEqualTo(bundles.get(0).getEntryFirstRep().getResource().getIdElement().getIdPart());
            assertThat(cohort.vistaGlobals()).filteredOn(n -> n.global().equals("DPT")
                    && n.subscripts().equals(List.of("1", "0"))).singleElement()
                    .satisfies(n -> assertThat(n.value()).startsWith(
                            cohort.patients().get(0).demographics().lastName().toUpperCase(java.util.Locale.ROOT)));
        }
    }
}

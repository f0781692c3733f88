package org.synthhealth.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Injects a synthetic cohort, or what is derived from it, into a test parameter or field.
 *
 * <pre>{@code
 * @Test
 * void importsEveryPatient(@SyntheticPatients(count = 200, seed = 42L) Cohort cohort) {
 *     assertThat(cohort).hasSize(200).hasReferentialIntegrity();
 * }
 * }</pre>
 *
 * <p>Injectable types: {@code Cohort}, {@code List<org.hl7.fhir.r4.model.Bundle>} (one transaction bundle per
 * patient), {@code List<ca.uhn.hl7v2.model.Message>} (one ADT^A04 per patient), {@code MigrationResult} (with
 * {@link MigrationSimulation}) and a {@code Path} annotated {@link FixtureFiles}.
 *
 * <p>Where it may stand: on a parameter; on a field (a static field is filled once for the class, an instance field
 * before each test); on a test class or method, where it is the default for every parameter and field below it; and
 * on an annotation of your own, which then works as a shorthand ({@code @ElderlyDiabeticCohort}). Attributes
 * combine from the nearest declaration outwards: a parameter's {@code count} overrides the class's, while the
 * class's {@code config} still applies.
 *
 * <p>Seeds: with {@link #seed()} the cohort is the same on every machine and run. Without it a fresh seed is drawn
 * for each test (each static field: once for the class), and when the test fails the seed and the annotation to
 * paste are added to the failure and published as a report entry. {@code -Dsynth.seed=N} replaces every drawn seed
 * for a whole run. A cohort is generated once per distinct specification and seed and shared by every test of the
 * run (a bounded cache, size {@code -Dsynth.cache.size}, default 16).
 *
 * <p>Using the annotation registers {@link SyntheticPatientsExtension}; no {@code @ExtendWith} is needed.
 *
 * @since 0.1.0
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ExtendWith(SyntheticPatientsExtension.class)
public @interface SyntheticPatients {

    /** The value of {@link #count()} that means "not given here": the config's {@code num_records}, else 100. */
    int UNSET_COUNT = -1;

    /** The value of {@link #seed()} that means "not given here": a fresh seed per test unless declared outside. */
    long RANDOM_SEED = Long.MIN_VALUE;

    /** The value of {@link #minAge()} and {@link #maxAge()} that means "no bound". */
    int NO_AGE_BOUND = -1;

    /** How many patients, at least 1; when not given, the config's {@code num_records}, else 100. */
    int count() default UNSET_COUNT;

    /** The seed; the same seed and specification give the same cohort everywhere. */
    long seed() default RANDOM_SEED;

    /**
     * A YAML configuration in the user guide's format: a classpath resource ({@code cohorts/icu.yaml}) or a file
     * path, tried in that order. The annotation's other attributes override its values.
     */
    String config() default "";

    /**
     * Conditions every patient must have, each by engine key ({@code diabetes}), ICD-10-CM or SNOMED CT code, or
     * name, case-insensitively.
     */
    String[] conditions() default {};

    /** The youngest age, in whole years on the reference date, a patient may have. */
    int minAge() default NO_AGE_BOUND;

    /** The oldest age, in whole years on the reference date, a patient may have. */
    int maxAge() default NO_AGE_BOUND;

    /** The sex every patient must have. */
    RequiredSex sex() default RequiredSex.ANY;

    /** Whether patients must be alive or deceased on the reference date. */
    VitalStatus vitalStatus() default VitalStatus.ANY;
}

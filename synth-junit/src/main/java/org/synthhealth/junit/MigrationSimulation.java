package org.synthhealth.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.synthhealth.core.MigrationStrategy;

/**
 * Runs the VistA to Oracle Health migration simulation on the injected cohort and injects its
 * {@code org.synthhealth.core.migration.MigrationResult}.
 *
 * <pre>{@code
 * @Test
 * void stagedMigrationKeepsQuality(
 *         @SyntheticPatients(count = 300, seed = 11L)
 *         @MigrationSimulation(strategy = MigrationStrategy.STAGED, batchSize = 50, dataCorruptionRate = 0.02)
 *         MigrationResult result) {
 *     assertThat(result).accountsForEveryPatient().hasNoSilentDataLoss();
 * }
 * }</pre>
 *
 * <p>Every attribute left at its default takes the value of the YAML {@code migration_settings} block named by
 * {@link SyntheticPatients#config()}, else the user guide's default. Rates are in [0, 1]. The simulation is seeded by
 * the cohort's seed, so the same annotation gives the same result; results are cached like cohorts.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.ANNOTATION_TYPE})
@ExtendWith(SyntheticPatientsExtension.class)
public @interface MigrationSimulation {

    /** The value of a rate or size attribute that means "take it from the config". */
    double UNSET = -1;

    /**
     * The strategy, written {@code strategy = MigrationStrategy.BIG_BANG}; left out, the config's
     * {@code migration_strategy} (else {@code staged}). An array only so that it can be left out: give at most one
     * (several are refused with a message naming them).
     */
    MigrationStrategy[] strategy() default {};

    /** Patients per batch. */
    int batchSize() default -1;

    /** Workers of the {@code parallel} strategy. */
    int concurrentWorkers() default -1;

    /** The configured success rate of the extract stage. */
    double extractSuccessRate() default UNSET;

    /** The configured success rate of the transform stage. */
    double transformSuccessRate() default UNSET;

    /** The configured success rate of the validate stage. */
    double validateSuccessRate() default UNSET;

    /** The configured success rate of the load stage. */
    double loadSuccessRate() default UNSET;

    /** The chance a stage call fails transiently and is retried. */
    double networkFailureRate() default UNSET;

    /** The chance a call is slowed or throttled by an overloaded target. */
    double systemOverloadRate() default UNSET;

    /** The chance a record has a field corrupted in flight. */
    double dataCorruptionRate() default UNSET;

    /**
     * The share of fields degraded per stage (YAML {@code data_quality.quality_degradation_rate}; the default is
     * 0.02). Set 0 with the rates above for a migration without any fault.
     */
    double qualityDegradationRate() default UNSET;

    /**
     * Patients scoring below this are flagged (YAML {@code data_quality.minimum_quality_score}). Only patients in the
     * target are scored; when none arrives, nothing is flagged for quality and the result has no mean.
     */
    double minimumQualityScore() default UNSET;
}

package org.synthhealth.assertj;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.assertj.core.api.AbstractAssert;
import org.synthhealth.assertj.internal.ChiSquare;
import org.synthhealth.assertj.internal.CohortChecks;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.Distribution;
import org.synthhealth.core.model.Patient;

/**
 * Assertions on a generated {@link Cohort}; obtain one with {@link SynthAssertions#assertThat(Cohort)}.
 *
 * <pre>{@code
 * assertThat(cohort).hasSize(200).hasReferentialIntegrity().hasPlausibleTimelines();
 * }</pre>
 *
 * <p>A failure lists the offending patients by id (at most 20, then how many more).
 *
 * @since 0.1.0
 */
public class CohortAssert extends AbstractAssert<CohortAssert, Cohort> {

    /** The significance level of the distribution checks when none is given: a 1-in-1000 false alarm rate. */
    public static final double DEFAULT_SIGNIFICANCE = 0.001;

    private static final int LISTED = 20;

    /** An assertion on {@code actual}. */
    public CohortAssert(Cohort actual) {
        super(actual, CohortAssert.class);
    }

    /**
     * Verifies that the cohort holds exactly {@code expected} patients.
     *
     * @throws AssertionError naming both counts
     */
    public CohortAssert hasSize(int expected) {
        isNotNull();
        if (actual.size() != expected) {
            failWithMessage("Expecting cohort (seed %s) to hold %s patients but it holds %s", actual.seed(), expected,
                    actual.size());
        }
        return this;
    }

    /**
     * Verifies that every row belongs to its patient, every visit, condition and cause of death a row points at
     * exists, and no id is used twice in the cohort.
     *
     * @throws AssertionError listing each broken reference with the patient and row ids
     */
    public CohortAssert hasReferentialIntegrity() {
        isNotNull();
        return failIfAny("referential integrity", CohortChecks.referentialIntegrity(actual.patients()));
    }

    /**
     * Verifies that nothing happens before a patient's birth, after the reference date or after their death, and that
     * visits, conditions and medications do not end before they start.
     *
     * @throws AssertionError listing each implausible event with the patient and row ids
     */
    public CohortAssert hasPlausibleTimelines() {
        isNotNull();
        return failIfAny("plausible timelines",
                CohortChecks.timelines(actual.patients(), actual.spec().referenceDate()));
    }

    /**
     * Verifies that every patient meets the spec's requirements (conditions, age range, sex, alive or deceased), as a
     * targeted cohort must.
     *
     * @throws AssertionError listing each patient and the requirement missed
     */
    public CohortAssert meetsItsRequirements() {
        isNotNull();
        return failIfAny("every patient meeting " + actual.spec().requirements(),
                CohortChecks.requirements(actual.patients(), actual.spec().requirements(),
                        actual.spec().referenceDate()));
    }

    /** {@link #hasGenderDistributionMatchingSpec(double)} at the {@link #DEFAULT_SIGNIFICANCE} level. */
    public CohortAssert hasGenderDistributionMatchingSpec() {
        return hasGenderDistributionMatchingSpec(DEFAULT_SIGNIFICANCE);
    }

    /**
     * Verifies that the sexes of the patients follow the spec's {@code gender_dist}: Pearson's chi-square
     * goodness-of-fit test must not reject it at the given significance level (the chance that a correct generator
     * fails this check). Meaningless for a cohort that requires one sex.
     *
     * @param significance in (0, 1), for example 0.001
     * @throws AssertionError with the observed and expected counts, the statistic and its p-value
     */
    public CohortAssert hasGenderDistributionMatchingSpec(double significance) {
        isNotNull();
        CohortSpec spec = actual.spec();
        return hasDistributionMatching("sex", p -> p.demographics().sex(), spec.genderDistribution().weights(),
                significance);
    }

    /** {@link #hasAgeDistributionMatchingSpec(double)} at the {@link #DEFAULT_SIGNIFICANCE} level. */
    public CohortAssert hasAgeDistributionMatchingSpec() {
        return hasAgeDistributionMatchingSpec(DEFAULT_SIGNIFICANCE);
    }

    /**
     * Verifies that ages on the reference date follow the spec's {@code age_dist} bands, by the chi-square test of
     * {@link #hasGenderDistributionMatchingSpec(double)}. Meaningless for a cohort that requires an age range.
     *
     * @throws AssertionError with the observed and expected counts per band, the statistic and its p-value
     */
    public CohortAssert hasAgeDistributionMatchingSpec(double significance) {
        isNotNull();
        Distribution<AgeBand> bands = actual.spec().ageDistribution();
        Function<Patient, AgeBand> band = p -> {
            int age = p.ageOn(actual.spec().referenceDate());
            return bands.categories().stream().filter(b -> b.contains(age)).findFirst().orElse(null);
        };
        return hasDistributionMatching("age band", band, bands.weights(), significance);
    }

    /**
     * Verifies that patients classified by {@code classifier} follow {@code expectedWeights} (normalised to sum to
     * 1), by Pearson's chi-square test at the given significance level. A patient the classifier puts in no listed
     * category fails the check.
     *
     * @param what the name of the characteristic, for the failure message
     * @throws AssertionError with the observed and expected counts, the statistic and its p-value
     */
    public <K> CohortAssert hasDistributionMatching(String what, Function<Patient, K> classifier,
            Map<K, Double> expectedWeights, double significance) {
        isNotNull();
        if (!(significance > 0 && significance < 1)) {
            throw new IllegalArgumentException("significance must lie in (0, 1), was " + significance);
        }
        ChiSquare test = ChiSquare.test(actual.patients(), classifier, new LinkedHashMap<>(expectedWeights));
        if (test.pValue() < significance) {
            failWithMessage("Expecting the %s distribution of %s patients (seed %s) to match %s at significance %s, "
                    + "but the chi-square test rejects it:%n%s", what, actual.size(), actual.seed(), expectedWeights,
                    significance, test.describe());
        }
        return this;
    }

    private CohortAssert failIfAny(String property, List<String> problems) {
        if (!problems.isEmpty()) {
            failWithMessage("Expecting cohort (seed %s, %s patients) to have %s, but found %s problem(s):%s",
                    actual.seed(), actual.size(), property, problems.size(), CohortChecks.listed(problems, LISTED));
        }
        return this;
    }
}

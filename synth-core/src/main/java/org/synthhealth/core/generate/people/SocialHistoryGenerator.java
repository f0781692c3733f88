package org.synthhealth.core.generate.people;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.Distribution;
import org.synthhealth.core.model.AlcoholUse;
import org.synthhealth.core.model.Education;
import org.synthhealth.core.model.Employment;
import org.synthhealth.core.model.Housing;
import org.synthhealth.core.model.SmokingStatus;
import org.synthhealth.core.model.SocialHistory;

/**
 * Draws social determinants of health from the spec's distributions, reshaped by age so that a record makes sense:
 * children neither smoke nor drink and are students (or not applicable under 5) with the schooling of their age; no
 * one under 50 is retired and most people over 65 are; degrees need the years to earn them.
 *
 * <p>The configured distributions therefore describe adults; children follow the age rules. Within what the rules
 * allow, each category's weight is scaled ({@link AgeCalibration}) so that a population meets the configured shares.
 * Which population depends on who chose the shares:
 * <ul>
 *   <li>a distribution left at its default describes US adults, so it is met over the default {@code age_dist}, and
 *       a cohort of other ages gets what its ages imply: a cohort of 70- to 100-year-olds is mostly retired, not 63 %
 *       employed;</li>
 *   <li>a distribution the configuration sets describes this cohort, so it is met over the cohort's own ages, as far
 *       as the age rules allow.</li>
 * </ul>
 * Students are the exception: their share at each age follows US school enrolment ({@link StudentShares}), scaled to
 * meet the configured share as far as that curve allows, and the other employment categories are fitted around it.
 */
public final class SocialHistoryGenerator {

    /** The default configuration, whose age mix stands for the population the default shares describe. */
    private static final CohortSpec DEFAULTS = CohortSpec.builder().build();

    private final CohortSpec spec;
    private final Map<SmokingStatus, Double> smokingFactors;
    private final Map<Education, Double> educationFactors;
    private final Map<Employment, Double> employmentFactors;
    private final Map<Housing, Double> housingFactors;
    private final StudentShares students;

    /** A generator for the spec's population, of every age its {@code age_dist} holds. */
    public SocialHistoryGenerator(CohortSpec spec) {
        this(spec, 0, AgeBand.OLDEST);
    }

    /**
     * A generator for a cohort whose ages on the reference date lie from {@code minAge} to {@code maxAge}. Each
     * configured distribution is met over that cohort's ages where they allow, and each default one over the default
     * {@code age_dist} (see the class comment).
     */
    public SocialHistoryGenerator(CohortSpec spec, int minAge, int maxAge) {
        this.spec = spec;
        AgeCalibration cohort = new AgeCalibration(spec, minAge, maxAge);
        AgeCalibration population = new AgeCalibration(DEFAULTS, 0, AgeBand.OLDEST);
        smokingFactors = calibration(spec.smokingDistribution(), DEFAULTS.smokingDistribution(), cohort, population)
                .factors(spec.smokingDistribution(), AgeBand.ADULT, SocialHistoryGenerator::smokingWeight);
        educationFactors = calibration(spec.educationDistribution(), DEFAULTS.educationDistribution(), cohort,
                population).factors(spec.educationDistribution(), AgeBand.ADULT,
                        (e, age) -> age >= minimumAge(e) ? 1 : 0);
        AgeCalibration employment = calibration(spec.employmentDistribution(), DEFAULTS.employmentDistribution(),
                cohort, population);
        students = new StudentShares(employment, AgeBand.ADULT,
                spec.employmentDistribution().weight(Employment.STUDENT));
        employmentFactors = employment.factors(spec.employmentDistribution(), AgeBand.ADULT,
                SocialHistoryGenerator::employmentWeight, Employment.STUDENT, students::share);
        housingFactors = calibration(spec.housingDistribution(), DEFAULTS.housingDistribution(), cohort, population)
                .factors(spec.housingDistribution(), 0, SocialHistoryGenerator::housingWeight);
    }

    /** The ages to meet {@code configured} over: the cohort's if the configuration chose it, else the population's. */
    private static AgeCalibration calibration(Distribution<?> configured, Distribution<?> preset, AgeCalibration cohort,
            AgeCalibration population) {
        return configured.equals(preset) ? population : cohort;
    }

    /** The social history of a patient of {@code age} on the reference date. */
    public SocialHistory generate(SplittableRandom random, int age) {
        if (age < AgeBand.ADULT) {
            return new SocialHistory(SmokingStatus.NEVER, AlcoholUse.NEVER, childEducation(age),
                    age < 5 ? Employment.NOT_APPLICABLE : Employment.STUDENT,
                    sample(spec.housingDistribution(), random, h -> housingFactors.get(h) * housingWeight(h, age),
                            Housing.STABLE));
        }
        SmokingStatus smoking = sample(spec.smokingDistribution(), random,
                s -> smokingFactors.get(s) * smokingWeight(s, age), SmokingStatus.NEVER);
        AlcoholUse alcohol = sample(spec.alcoholDistribution(), random, a -> 1, AlcoholUse.NEVER);
        Education education = sample(spec.educationDistribution(), random,
                e -> age >= minimumAge(e) ? educationFactors.get(e) : 0, Education.HIGH_SCHOOL);
        Employment employment = random.nextDouble() < students.share(age) ? Employment.STUDENT
                : sample(spec.employmentDistribution(), random,
                        e -> e == Employment.STUDENT ? 0 : employmentFactors.get(e) * employmentWeight(e, age),
                        age >= 65 ? Employment.RETIRED : Employment.EMPLOYED);
        Housing housing = sample(spec.housingDistribution(), random,
                h -> housingFactors.get(h) * housingWeight(h, age), Housing.STABLE);
        return new SocialHistory(smoking, alcohol, education, employment, housing);
    }

    private static double smokingWeight(SmokingStatus status, int age) {
        return status == SmokingStatus.FORMER && age < 21 ? 0.3 : 1;
    }

    /** Assisted living only from 65, and mostly from 75; children live where their family does. */
    private static double housingWeight(Housing housing, int age) {
        return housing == Housing.ASSISTED_LIVING ? (age >= 75 ? 4 : age >= 65 ? 1 : 0) : 1;
    }

    /**
     * The social history as last recorded for a patient who died at {@code ageAtDeath}: it was drawn for the age on the
     * reference date, so what that age alone allows is brought back to what the age at death allows. A child keeps
     * the child rules; an adult's education falls to the highest level completed by then, and an employment status not
     * open at that age (retired before 50, student from 65) becomes the usual one for the age.
     */
    public static SocialHistory asOfDeath(SocialHistory drawn, int ageAtDeath) {
        Housing housing = drawn.housing() == Housing.ASSISTED_LIVING && ageAtDeath < 65 ? Housing.STABLE
                : drawn.housing();
        if (ageAtDeath < 18) {
            return new SocialHistory(SmokingStatus.NEVER, AlcoholUse.NEVER, childEducation(ageAtDeath),
                    ageAtDeath < 5 ? Employment.NOT_APPLICABLE : Employment.STUDENT, housing);
        }
        Education education = drawn.education();
        while (minimumAge(education) > ageAtDeath) {
            education = Education.values()[education.ordinal() - 1];
        }
        Employment employment = employmentWeight(drawn.employment(), ageAtDeath) > 0 ? drawn.employment()
                : ageAtDeath >= 65 ? Employment.RETIRED : Employment.EMPLOYED;
        return new SocialHistory(drawn.smoking(), drawn.alcohol(), education, employment, housing);
    }

    /** The youngest age at which a level can have been completed. */
    public static int minimumAge(Education education) {
        return switch (education) {
            case NONE -> 0;
            case PRIMARY -> 5;
            case SECONDARY -> 12;
            case HIGH_SCHOOL -> 17;
            case ASSOCIATE -> 19;
            case BACHELOR -> 21;
            case MASTER -> 23;
            case DOCTORATE -> 26;
        };
    }

    private static Education childEducation(int age) {
        return age < 5 ? Education.NONE : age < 12 ? Education.PRIMARY : Education.SECONDARY;
    }

    static double employmentWeight(Employment employment, int age) {
        return switch (employment) {
            case RETIRED -> age < 50 ? 0 : age < 60 ? 0.3 : age < 65 ? 1.0 : 6.0;
            // Students are drawn apart, by StudentShares; this only says at which ages they may be.
            case STUDENT -> StudentShares.enrolled(age);
            // Work falls away after 65 roughly as US labour-force participation does: about one in eleven at 70-74,
            // a few in a hundred at 80-84, hardly anyone from 90 and no one from 95.
            case EMPLOYED -> age >= 95 ? 0 : age >= 90 ? 0.008 : age >= 85 ? 0.025 : age >= 80 ? 0.05
                    : age >= 75 ? 0.1 : age >= 70 ? 0.2 : age >= 65 ? 0.4 : 1;
            // Unemployed means looking for work, which the very old rarely are, and no one from 95.
            case UNEMPLOYED -> age >= 95 ? 0 : age >= 85 ? 0.01 : age >= 75 ? 0.05 : age >= 65 ? 0.2 : 1;
            case DISABLED -> 1;
            case NOT_APPLICABLE -> 0;
        };
    }

    private static <K> K sample(Distribution<K> distribution, SplittableRandom random,
            ToDoubleFunction<K> multiplier, K fallback) {
        double total = 0;
        for (K k : distribution.categories()) {
            total += distribution.weight(k) * multiplier.applyAsDouble(k);
        }
        double u = random.nextDouble() * total;
        if (total <= 0) {
            return fallback;
        }
        K last = fallback;
        for (K k : distribution.categories()) {
            double w = distribution.weight(k) * multiplier.applyAsDouble(k);
            if (w > 0) {
                last = k;
                if (u < w) {
                    return k;
                }
                u -= w;
            }
        }
        return last;
    }
}

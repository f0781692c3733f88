package org.synthhealth.core.generate.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntPredicate;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.Distribution;
import org.synthhealth.core.model.Education;
import org.synthhealth.core.model.Employment;
import org.synthhealth.core.model.Housing;

/**
 * Finds the social-history categories a configuration gives weight to that no adult of its cohort can have, at any
 * age its age bands hold: a retired share in a cohort of 19- to 40-year-olds, assisted living without anyone over 65.
 * The generator quietly gives those patients another category; this says so before the run.
 *
 * <p>Only distributions changed from their defaults are checked, so a young cohort is not told about the default
 * retired share it never chose. In a cohort of children only, a changed adult distribution is named as having no
 * effect.
 */
public final class SocialHistoryReach {

    private SocialHistoryReach() {
    }

    /** One line per unreachable category, naming the setting, the category, the age rule and the cohort's ages. */
    public static List<String> notes(CohortSpec spec) {
        int youngest = Integer.MAX_VALUE;
        int oldest = -1;
        int oldestChild = -1;
        for (AgeBand band : spec.ageDistribution().categories()) {
            if (spec.ageDistribution().weight(band) > 0) {
                oldestChild = Math.max(oldestChild, band.high());
                if (band.high() >= AgeBand.ADULT) {
                    youngest = Math.min(youngest, Math.max(band.low(), AgeBand.ADULT));
                    oldest = Math.max(oldest, band.high());
                }
            }
        }
        CohortSpec defaults = CohortSpec.builder().build();
        List<String> notes = new ArrayList<>();
        if (oldest < 0) {
            adultOnly(notes, "smoking_dist", spec.smokingDistribution(), defaults.smokingDistribution());
            adultOnly(notes, "alcohol_dist", spec.alcoholDistribution(), defaults.alcoholDistribution());
            adultOnly(notes, "education_dist", spec.educationDistribution(), defaults.educationDistribution());
            adultOnly(notes, "employment_dist", spec.employmentDistribution(), defaults.employmentDistribution());
            if (!spec.housingDistribution().equals(defaults.housingDistribution())
                    && spec.housingDistribution().weight(Housing.ASSISTED_LIVING) > 0) {
                notes.add("housing_dist: Assisted Living has weight " + spec.housingDistribution()
                        .weight(Housing.ASSISTED_LIVING) + ", but no one under 65 lives in assisted living, and "
                        + "age_dist holds no one older than " + oldestChild + "; those patients get another category "
                        + "instead");
            }
            return notes;
        }
        Ages ages = new Ages(youngest, oldest);
        check(notes, "employment_dist", spec.employmentDistribution(), defaults.employmentDistribution(), ages,
                Employment::label, SocialHistoryReach::employmentRule);
        check(notes, "housing_dist", spec.housingDistribution(), defaults.housingDistribution(), ages,
                Housing::label, h -> h == Housing.ASSISTED_LIVING
                        ? new Rule(age -> age >= 65, "no one under 65 lives in assisted living") : null);
        check(notes, "education_dist", spec.educationDistribution(), defaults.educationDistribution(), ages,
                Education::label, e -> new Rule(age -> age >= SocialHistoryGenerator.minimumAge(e),
                        "no one under " + SocialHistoryGenerator.minimumAge(e) + " has completed it"));
        return notes;
    }

    /** A distribution that describes adults in a cohort of children: it changes nothing. */
    private static void adultOnly(List<String> notes, String setting, Distribution<?> given, Distribution<?> preset) {
        if (!given.equals(preset)) {
            notes.add(setting + ": describes adults, and age_dist holds no one 18 or over, so it has no effect; "
                    + "children follow the age rules (they neither smoke nor drink, and go to school)");
        }
    }

    private static Rule employmentRule(Employment employment) {
        IntPredicate open = age -> SocialHistoryGenerator.employmentWeight(employment, age) > 0;
        return switch (employment) {
            case RETIRED -> new Rule(open, "no one under 50 is retired");
            case STUDENT -> new Rule(open, "no one from 65 is a student");
            case EMPLOYED -> new Rule(open, "no one from 95 is employed");
            case UNEMPLOYED -> new Rule(open, "no one from 95 is looking for work");
            case NOT_APPLICABLE -> new Rule(open, "it is kept for children under 5");
            case DISABLED -> null;
        };
    }

    private static <K> void check(List<String> notes, String setting, Distribution<K> given, Distribution<K> preset,
            Ages ages, Function<K, String> label, Function<K, Rule> rules) {
        if (given.equals(preset)) {
            return;
        }
        for (K category : given.categories()) {
            Rule rule = rules.apply(category);
            if (given.weight(category) > 0 && rule != null && !ages.anyMatch(rule.open())) {
                notes.add(String.format(Locale.ROOT, "%s: %s has weight %s, but %s, and age_dist gives adults "
                        + "aged %d to %d only; those patients get another category instead", setting,
                        label.apply(category), given.weight(category), rule.why(), ages.youngest(), ages.oldest()));
            }
        }
    }

    /** When a category is open, and the rule in words. */
    private record Rule(IntPredicate open, String why) {
    }

    private record Ages(int youngest, int oldest) {

        boolean anyMatch(IntPredicate test) {
            for (int age = youngest; age <= oldest; age++) {
                if (test.test(age)) {
                    return true;
                }
            }
            return false;
        }
    }
}

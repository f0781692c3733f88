package org.synthhealth.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.model.Address;
import org.synthhealth.core.model.AlcoholUse;
import org.synthhealth.core.model.ClinicalStatus;
import org.synthhealth.core.model.Code;
import org.synthhealth.core.model.CodeSystem;
import org.synthhealth.core.model.Condition;
import org.synthhealth.core.model.Death;
import org.synthhealth.core.model.Demographics;
import org.synthhealth.core.model.Education;
import org.synthhealth.core.model.Employment;
import org.synthhealth.core.model.Ethnicity;
import org.synthhealth.core.model.Housing;
import org.synthhealth.core.model.Ids;
import org.synthhealth.core.model.MaritalStatus;
import org.synthhealth.core.model.Patient;
import org.synthhealth.core.model.Race;
import org.synthhealth.core.model.Sex;
import org.synthhealth.core.model.SmokingStatus;
import org.synthhealth.core.model.SocialHistory;

class CohortProfileTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    private static final CohortSpec SPEC = CohortSpec.builder()
            .referenceDate(TODAY)
            .ageDistribution(bands())
            .build();

    private static Map<AgeBand, Double> bands() {
        Map<AgeBand, Double> bands = new LinkedHashMap<>();
        bands.put(new AgeBand(0, 17), 0.5);
        bands.put(new AgeBand(18, 100), 0.5);
        return bands;
    }

    /** A patient of the given age with the given condition keys; deceased when {@code dead}. */
    private static Patient patient(long index, int age, Sex sex, Ethnicity ethnicity, boolean dead, String... keys) {
        String id = Ids.patient(1, index);
        List<Condition> conditions = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            conditions.add(new Condition(Ids.of(1, index, "condition", i), id, "enc", keys[i], keys[i],
                    Code.of(CodeSystem.ICD10CM, "X" + i, keys[i]), Code.of(CodeSystem.SNOMED, "1" + i, keys[i]),
                    true, ClinicalStatus.ACTIVE, TODAY.minusYears(1), Optional.empty()));
        }
        Demographics who = new Demographics(Long.toString(1_000_000_000L + index), "900000001", "Ann",
                Optional.empty(), "Lee", sex, TODAY.minusYears(age).minusDays(1), Race.ASIAN, ethnicity, "en",
                MaritalStatus.NEVER_MARRIED, "555-555-0100", "a@example.org",
                new Address("1 Main St", "Town", "VA", "22000"), "Self-pay");
        SocialHistory social = new SocialHistory(SmokingStatus.NEVER, AlcoholUse.NEVER, Education.PRIMARY,
                age < 16 ? Employment.NOT_APPLICABLE : Employment.EMPLOYED, Housing.STABLE);
        Optional<Death> death = dead
                ? Optional.of(new Death(id, TODAY.atStartOfDay().toInstant(java.time.ZoneOffset.UTC), "c",
                        Code.of(CodeSystem.ICD10CM, "I21.9", "MI")))
                : Optional.empty();
        return new Patient(id, index, who, social, List.of(), conditions, List.of(), List.of(), List.of(), List.of(),
                List.of(), death, List.of());
    }

    private static CohortProfile profileOfFour() {
        CohortProfile profile = new CohortProfile(SPEC);
        profile.accept(patient(0, 5, Sex.FEMALE, Ethnicity.NOT_HISPANIC, false, "asthma"));
        profile.accept(patient(1, 10, Sex.MALE, Ethnicity.HISPANIC, false));
        profile.accept(patient(2, 70, Sex.FEMALE, Ethnicity.NOT_HISPANIC, true, "diabetes", "hypertension"));
        profile.accept(patient(3, 110, Sex.FEMALE, Ethnicity.NOT_HISPANIC, false, "diabetes", "diabetes"));
        return profile;
    }

    private static DistributionComparison named(CohortProfile profile, String name) {
        return profile.distributions().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void countsRowsPerTable() {
        Map<String, Long> counts = profileOfFour().tableCounts();

        assertThat(counts.keySet()).containsExactlyElementsOf(CohortProfile.TABLES);
        assertThat(counts).containsEntry("patients", 4L).containsEntry("conditions", 5L).containsEntry("deaths", 1L)
                .containsEntry("encounters", 0L);
    }

    @Test
    void realisesSharesBesideTheConfiguredOnes() {
        DistributionComparison gender = named(profileOfFour(), "gender_dist");

        assertThat(gender.categories()).containsExactly("male", "female");
        assertThat(gender.configured()).containsExactly(0.495, 0.505);
        assertThat(gender.realised()).containsExactly(0.25, 0.75);
        assertThat(gender.counts()).containsExactly(1L, 3L);
    }

    @Test
    void countsHispanicEthnicityAsTheHispanicRaceCategory() {
        DistributionComparison race = named(profileOfFour(), "race_dist");

        assertThat(race.counts().get(race.categories().indexOf("Hispanic (any race)"))).isEqualTo(1L);
        assertThat(race.counts().get(race.categories().indexOf("Asian (non-Hispanic)"))).isEqualTo(3L);
    }

    @Test
    void comparesTheAdultOnlySettingsOverAdultsAlone() {
        DistributionComparison employment = named(profileOfFour(), "employment_dist (adults)");

        assertThat(employment.counts().stream().mapToLong(Long::longValue).sum()).isEqualTo(2L);
        assertThat(employment.categories()).doesNotContain("Not applicable");
        assertThat(employment.realised().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void setsEachPrevalenceOverrideBesideTheShareOfAdultsWhoHaveTheCondition() {
        CohortProfile profile = new CohortProfile(SPEC.toBuilder()
                .conditionPrevalence(Map.of("diabetes", 0.4, "asthma", 0.1, "covid19", 0.05)).build());
        profile.accept(patient(0, 5, Sex.FEMALE, Ethnicity.NOT_HISPANIC, false, "asthma"));
        profile.accept(patient(1, 40, Sex.MALE, Ethnicity.NOT_HISPANIC, false, "diabetes", "diabetes"));
        profile.accept(patient(2, 70, Sex.FEMALE, Ethnicity.NOT_HISPANIC, true, "diabetes"));
        profile.accept(patient(3, 30, Sex.FEMALE, Ethnicity.NOT_HISPANIC, false, "asthma"));

        DistributionComparison overrides = named(profile, "condition_prevalence (adults)");

        // covid19 is acute: its override is a yearly visit rate, which no share of patients measures.
        assertThat(overrides.categories()).containsExactly("asthma", "diabetes");
        assertThat(overrides.configured()).containsExactly(0.1, 0.4);
        assertThat(overrides.counts()).containsExactly(1L, 2L);
        assertThat(overrides.realised()).containsExactly(1 / 3.0, 2 / 3.0);
        assertThat(profileOfFour().distributions()).noneMatch(d -> d.name().startsWith("condition_prevalence"));
    }

    @Test
    void anOverrideOfZeroEverywhereIsAShareOfTheAdultsNotOfNoOne() {
        CohortProfile profile = new CohortProfile(SPEC.toBuilder()
                .conditionPrevalence(Map.of("diabetes", 0.0, "heart_failure", 0.0)).build());
        profile.accept(patient(0, 5, Sex.FEMALE, Ethnicity.NOT_HISPANIC, false, "asthma"));
        profile.accept(patient(1, 40, Sex.MALE, Ethnicity.NOT_HISPANIC, false));
        profile.accept(patient(2, 70, Sex.FEMALE, Ethnicity.NOT_HISPANIC, true));

        DistributionComparison overrides = named(profile, "condition_prevalence (adults)");

        assertThat(overrides.patients()).isEqualTo(2L);
        assertThat(overrides.realised()).containsExactly(0.0, 0.0);
    }

    @Test
    void placesAgesOutsideEveryBandInTheirOwnColumn() {
        CohortProfile profile = profileOfFour();

        assertThat(profile.ageBands()).containsExactly("0-17", "18-100", CohortProfile.OUTSIDE_BANDS);
        assertThat(named(profile, "age_dist").counts()).containsExactly(2L, 1L, 1L);
    }

    @Test
    void countsEachPatientOncePerConditionAndAgeBand() {
        CohortProfile profile = profileOfFour();

        assertThat(profile.conditionCounts()).containsEntry("asthma", List.of(1L, 0L, 0L))
                .containsEntry("diabetes", List.of(0L, 1L, 1L));
        assertThat(profile.conditionPrevalence()).containsEntry("asthma", List.of(0.5, 0.0, 0.0))
                .containsEntry("hypertension", List.of(0.0, 1.0, 0.0));
        assertThat(profile.conditionPrevalence().keySet()).containsExactly("asthma", "diabetes", "hypertension");
    }

    @Test
    void reportTextLeavesTheTimeOutOfItsDeterministicPart() {
        GenerationReport report = GenerationReport.of(profileOfFour(), 42, TODAY, Path.of("out"), List.of("csv"),
                List.of("patients.csv"), Duration.ofMillis(1234));

        assertThat(report.toText()).containsPattern("Time taken: +1.23 s").containsPattern("Seed: +42\\n");
        assertThat(report.deterministicText()).doesNotContain("Time taken").contains("patients.csv")
                .contains("diabetes");
        assertThat(report.summary()).startsWith("Generated 4 patients (seed 42) in 1.23 s into out\n");
    }

    @Test
    void theSummaryNamesTheLargestGapBetweenAConfiguredAndARealisedShareWhenChanceExplainsEveryGap() {
        DistributionComparison d = new DistributionComparison("employment_dist (adults)", List.of("Student", "Other"),
                List.of(0.10, 0.90), List.of(0.09, 0.91), List.of(900L, 9100L));

        String line = LargestGap.of(List.of(d)).orElseThrow().line();

        assertThat(line).isEqualTo("Distributions: every realised share within 1.0 points of the configured one "
                + "(largest gap: employment_dist (adults) Student, configured 10.0%, realised 9.0%); --report-file "
                + "lists them all");
    }

    @Test
    void theSummaryFlagsAGapLargerThanChanceExplains() {
        DistributionComparison d = new DistributionComparison("employment_dist (adults)",
                List.of("Student", "Employed", "Retired"), List.of(0.10, 0.60, 0.30), List.of(0.066, 0.62, 0.314),
                List.of(660L, 6200L, 3140L));

        String line = LargestGap.of(List.of(d)).orElseThrow().line();

        assertThat(line).isEqualTo("Distributions: a realised share is 3.4 points from the configured one, where "
                + "chance explains at most 1.2 (employment_dist (adults) Student, configured 10.0%, realised 6.6%): "
                + "social history follows age, so the cohort's ages may explain part of it (see the age rules in "
                + "engine.md); --report-file lists them all");
    }

    @Test
    void aShareOfOneHasNoChanceGapYetTheLineShowsTheSmallestOneCalledBeyondChance() {
        DistributionComparison d = new DistributionComparison("housing_dist", List.of("Assisted Living"),
                List.of(1.0), List.of(0.2), List.of(60L));

        String line = LargestGap.of(List.of(d)).orElseThrow().line();

        assertThat(line).startsWith("Distributions: a realised share is 80.0 points from the configured one, where "
                + "chance explains at most 0.1 (housing_dist Assisted Living, configured 100.0%, realised 20.0%)");
    }

    @Test
    void aSurplusIsNotPutDownToTheAgeRulesWhichOnlyEverRemove() {
        DistributionComparison d = new DistributionComparison("race_dist", List.of("Asian (non-Hispanic)"),
                List.of(0.01), List.of(0.2), List.of(5L));

        assertThat(LargestGap.of(List.of(d)).orElseThrow().line()).isEqualTo("Distributions: a realised share is 19.0 "
                + "points from the configured one, where chance explains at most 17.8 (race_dist Asian (non-Hispanic), "
                + "configured 1.0%, realised 20.0%); --report-file lists them all");
    }

    @Test
    void anAdultOnlyDistributionWithoutAdultsSaysSoInsteadOfShowingZeroShares() {
        CohortProfile children = new CohortProfile(SPEC);
        children.accept(patient(0, 5, Sex.FEMALE, Ethnicity.NOT_HISPANIC, false));
        children.accept(patient(1, 10, Sex.MALE, Ethnicity.NOT_HISPANIC, false));

        assertThat(named(children, "smoking_dist (adults)").patients()).isZero();
        assertThat(named(children, "gender_dist").patients()).isEqualTo(2L);
        String text = GenerationReport.of(children, 42, TODAY, Path.of("out"), List.of("csv"),
                List.of("patients.csv"), Duration.ofMillis(5)).toText();
        String smoking = text.substring(text.indexOf("smoking_dist (adults)"), text.indexOf("alcohol_dist (adults)"));
        assertThat(smoking).containsPattern("Never +65\\.0% +n/a +0\\n")
                .contains("(no patient in this cohort is described by it)").doesNotContain("0.0%");
        String gender = text.substring(text.indexOf("gender_dist"), text.indexOf("race_dist"));
        assertThat(gender).doesNotContain("n/a").doesNotContain("no patient in this cohort");
    }
}

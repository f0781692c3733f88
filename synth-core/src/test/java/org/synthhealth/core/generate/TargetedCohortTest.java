package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.Requirements;
import org.synthhealth.core.model.Patient;
import org.synthhealth.core.model.Sex;

/** A targeted cohort holds exactly the requested number of patients, every one meeting the requirements. */
class TargetedCohortTest {

    private static CohortSpec spec(int count, Requirements requirements) {
        return CohortSpec.builder().patients(count).seed(11L).referenceDate(SampleCohort.REFERENCE)
                .concurrentWorkers(2).requirements(requirements).build();
    }

    @Test
    void elderlyDiabeticWomenAliveAreExactlyWhatIsReturned() {
        Requirements req = new Requirements(List.of("diabetes"), Optional.of(65), Optional.of(80),
                Optional.of(Sex.FEMALE), Optional.of(false));

        Cohort cohort = Cohort.generate(spec(400, req));

        assertThat(cohort.patients()).hasSize(400).allSatisfy(p -> {
            assertThat(RequirementMatcher.matches(p, req, SampleCohort.REFERENCE)).as(p.id()).isTrue();
            assertThat(p.ageOn(SampleCohort.REFERENCE)).isBetween(65, 80);
            assertThat(p.demographics().sex()).isEqualTo(Sex.FEMALE);
            assertThat(p.isDeceased()).isFalse();
        });
    }

    @Test
    void conditionsCanBeNamedByIcd10SnomedOrName() {
        Requirements req = new Requirements(List.of("I10", "44054006", "Heart Failure"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());

        List<Patient> patients = Cohort.generate(spec(200, req)).patients();

        assertThat(patients).hasSize(200).allSatisfy(p -> assertThat(p.conditions())
                .extracting(c -> c.key()).contains("hypertension", "diabetes", "heart_failure"));
    }

    @Test
    void deceasedPatientsDieOfOneOfTheirConditions() {
        Requirements req = new Requirements(List.of("copd"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(true));

        List<Patient> patients = Cohort.generate(spec(200, req)).patients();

        assertThat(patients).hasSize(200).allSatisfy(p -> {
            assertThat(p.death()).isPresent();
            assertThat(p.condition(p.death().get().causeConditionId())).isPresent();
            assertThat(p.conditions()).anyMatch(c -> c.key().equals("copd")
                    && !c.onsetDate().isAfter(p.death().get().dateTime().atZone(java.time.ZoneOffset.UTC)
                    .toLocalDate()));
        });
    }

    @Test
    void deceasedInfantsHaveACoherentShortRecord() {
        Requirements req = new Requirements(List.of(), Optional.empty(), Optional.of(0), Optional.empty(),
                Optional.of(true));

        List<Patient> patients = Cohort.generate(spec(300, req)).patients();

        assertThat(patients).hasSize(300).allSatisfy(p -> {
            java.time.Instant death = p.death().orElseThrow().dateTime();
            assertThat(death).isAfter(p.demographics().birthDate().atStartOfDay(java.time.ZoneOffset.UTC)
                    .toInstant()).isBefore(SampleCohort.REFERENCE.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
            assertThat(p.encounters()).allSatisfy(e -> assertThat(e.end()).isBeforeOrEqualTo(death));
            assertThat(p.condition(p.death().get().causeConditionId())).isPresent();
        });
    }

    @Test
    void childrenWithAsthmaCanBeRequested() {
        Requirements req = new Requirements(List.of("asthma"), Optional.of(3), Optional.of(12), Optional.empty(),
                Optional.empty());

        List<Patient> patients = Cohort.generate(spec(150, req)).patients();

        assertThat(patients).allSatisfy(p -> assertThat(RequirementMatcher.matches(p, req, SampleCohort.REFERENCE))
                .isTrue());
    }

    @Test
    void aTargetedPatientIsStillDeterminedByTheSeed() {
        Requirements req = new Requirements(List.of("ckd"), Optional.of(50), Optional.empty(), Optional.empty(),
                Optional.empty());

        assertThat(Cohort.generate(spec(30, req)).patients().get(20).toString())
                .isEqualTo(Cohort.generate(spec(300, req)).patients().get(20).toString());
    }

    @Test
    void rejectsAnUnknownConditionAndSuggestsTheNearestKey() {
        Requirements req = new Requirements(List.of("diabetis"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());

        assertThatThrownBy(() -> Cohort.generate(spec(5, req))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("diabetis").hasMessageContaining("'diabetes'");
    }

    @Test
    void rejectsAMinimumAgeAboveTheMaximum() {
        Requirements req = new Requirements(List.of(), Optional.of(70), Optional.of(60), Optional.empty(),
                Optional.empty());

        assertThatThrownBy(() -> Cohort.generate(spec(5, req))).isInstanceOf(InvalidInputException.class)
                .hasMessage("requirements.max_age: is 60, below min_age 70; make max_age at least min_age");
    }

    @Test
    void rejectsAConditionThatCannotOccurWithinTheAgeRange() {
        Requirements req = new Requirements(List.of("copd"), Optional.empty(), Optional.of(30), Optional.empty(),
                Optional.empty());

        assertThatThrownBy(() -> Cohort.generate(spec(5, req))).isInstanceOf(InvalidInputException.class)
                .hasMessage("requirements.conditions[0]: condition 'copd' is not diagnosed before age 40 but "
                        + "max_age is 30; raise max_age to at least 40 or drop the condition");
    }

    @Test
    void anAgeLimitCutsTheBandsWithoutChangingTheMixOfTheAgesItKeeps() {
        List<Patient> all = Cohort.generate(spec(6000, new Requirements(List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()))).patients();
        List<Patient> upTo75 = Cohort.generate(spec(6000, new Requirements(List.of(), Optional.empty(),
                Optional.of(75), Optional.empty(), Optional.empty()))).patients();

        double before = count(all, 66, 75) / count(all, 41, 65);
        double after = count(upTo75, 66, 75) / count(upTo75, 41, 65);

        assertThat(upTo75).allSatisfy(p -> assertThat(p.ageOn(SampleCohort.REFERENCE)).isLessThanOrEqualTo(75));
        assertThat(after).as("66-75 per 41-65 with max_age 75, against %s without", before)
                .isBetween(before * 0.85, before * 1.15);
    }

    private static double count(List<Patient> cohort, int from, int to) {
        return cohort.stream().filter(p -> p.ageOn(SampleCohort.REFERENCE) >= from
                && p.ageOn(SampleCohort.REFERENCE) <= to).count();
    }
}

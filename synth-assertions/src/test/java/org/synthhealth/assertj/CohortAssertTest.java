package org.synthhealth.assertj;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.synthhealth.assertj.SynthAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.Requirements;
import org.synthhealth.core.model.Encounter;
import org.synthhealth.core.model.Medication;
import org.synthhealth.core.model.MedicationStatus;
import org.synthhealth.core.model.Patient;
import org.synthhealth.core.model.Sex;

class CohortAssertTest {

    @Test
    void aGeneratedCohortPassesEveryCheck() {
        Cohort cohort = Cohorts.of(300, 17L);

        assertThat(cohort).hasSize(300).hasReferentialIntegrity().hasPlausibleTimelines()
                .hasGenderDistributionMatchingSpec().hasAgeDistributionMatchingSpec().meetsItsRequirements();
    }

    @Test
    void hasSizeNamesBothCounts() {
        Cohort cohort = Cohorts.of(20, 7L);

        assertThatThrownBy(() -> assertThat(cohort).hasSize(3))
                .hasMessage("Expecting cohort (seed 7) to hold 3 patients but it holds 20");
    }

    @Test
    void aMedicationTreatingAConditionThePatientLacksBreaksIntegrity() {
        Cohort cohort = Cohorts.withMedicatedPatientFirst(Cohorts.of(40, 7L));
        Patient patient = cohort.patients().get(0);
        Medication m = patient.medications().get(0);
        Medication orphan = new Medication(m.id(), m.patientId(), m.encounterId(), "no-such-condition", m.name(),
                m.rxnorm(), m.ndc(), m.dosage(), m.frequency(), m.startDate(), m.endDate(), m.status());
        Cohort broken = Cohorts.withFirstPatientChanged(cohort, p -> Cohorts.withMedications(p, List.of(orphan)));

        assertThatThrownBy(() -> assertThat(broken).hasReferentialIntegrity())
                .hasMessageContaining("to have referential integrity, but found 1 problem(s)")
                .hasMessageContaining("patient " + patient.id() + ": medication " + m.id()
                        + " refers to treated condition no-such-condition, which the patient does not have");
    }

    @Test
    void aVisitThatEndsBeforeItStartsIsImplausible() {
        Cohort cohort = Cohorts.of(20, 7L);
        Patient patient = cohort.patients().get(0);
        Encounter e = patient.encounters().get(0);
        Encounter backwards = new Encounter(e.id(), e.patientId(), e.encounterClass(), e.start(),
                e.start().minusSeconds(3600), e.reasonConditionId(), e.provider(), e.facility());
        List<Encounter> encounters = new ArrayList<>(patient.encounters());
        encounters.set(0, backwards);
        Cohort broken = Cohorts.withFirstPatientChanged(cohort, p -> Cohorts.withEncounters(p, encounters));

        assertThatThrownBy(() -> assertThat(broken).hasPlausibleTimelines())
                .hasMessageContaining("patient " + patient.id() + ": encounter " + e.id() + " ends ")
                .hasMessageContaining(", before it starts " + e.start());
    }

    @Test
    void aCohortOfOneSexFailsTheGenderDistributionWithTheCountTable() {
        Cohort cohort = Cohorts.of(300, 17L);
        List<Patient> women = cohort.patients().stream().filter(p -> p.demographics().sex() == Sex.FEMALE).toList();
        Cohort skewed = Cohort.of(cohort.spec(), cohort.seed(), women);

        assertThatThrownBy(() -> assertThat(skewed).hasGenderDistributionMatchingSpec())
                .hasMessageContaining("Expecting the sex distribution of " + women.size() + " patients (seed 17)")
                .hasMessageContaining("but the chi-square test rejects it")
                .hasMessageMatching("(?s).*\\n  MALE +observed +0 .*");
    }

    @Test
    void aPatientOutsideTheRequiredAgeRangeIsNamed() {
        Cohort cohort = Cohorts.of(20, 7L);
        // A spec can only require ages the engine makes, so the claimed minimum is one above the oldest patient here.
        int minAge = cohort.patients().stream().mapToInt(p -> p.ageOn(cohort.spec().referenceDate())).max()
                .orElseThrow() + 1;
        CohortSpec targeted = cohort.spec().toBuilder().requirements(new Requirements(List.of(), Optional.of(minAge),
                Optional.empty(), Optional.empty(), Optional.empty())).build();
        Cohort claimed = Cohort.of(targeted, cohort.seed(), cohort.patients());

        assertThatThrownBy(() -> assertThat(claimed).meetsItsRequirements())
                .hasMessageContaining("found 20 problem(s)")
                .hasMessageContaining("patient " + cohort.patients().get(0).id() + ": age ")
                .hasMessageContaining("is below minAge " + minAge);
    }

    @Test
    void rejectsASignificanceLevelOutsideTheOpenUnitInterval() {
        assertThatThrownBy(() -> assertThat(Cohorts.of(20, 7L)).hasGenderDistributionMatchingSpec(1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("significance must lie in (0, 1), was 1.5");
    }
}

package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.model.FamilyMemberHistory;
import org.synthhealth.core.model.Patient;

/** Relatives' conditions fit the ages relatives of this patient can have. */
class FamilyHistoryAgesTest {

    /** The oldest a parent can be beyond the patient, and a sibling. */
    private static final int PARENT_GAP = 44;
    private static final int SIBLING_GAP = 8;

    @Test
    void noRelativeHadAConditionAtAnAgeTheyCannotHaveReachedOverTenThousandPatients() {
        assertOnsetsFit(SampleCohort.patients());
    }

    @Test
    void newbornsRelativesAreYoung() {
        List<Patient> newborns = Cohort.generate(SampleCohort.SPEC.toBuilder().patients(3_000)
                .ageDistribution(Map.of(new AgeBand(0, 0), 1.0)).build()).patients();

        assertOnsetsFit(newborns);
        for (Patient p : newborns) {
            for (FamilyMemberHistory f : p.familyHistory()) {
                if (f.relationship().equals("SIB")) {
                    // A sibling of at most eight can have had childhood asthma, nothing of adult onset.
                    assertThat(f.condition()).as("a newborn's sibling").isEqualTo("Asthma");
                }
            }
        }
    }

    @Test
    void olderPatientsReportMoreOfTheirParentsConditionsOfLaterLife() {
        double young = parentsHeartDiseasePerPatient(new AgeBand(0, 5));
        double old = parentsHeartDiseasePerPatient(new AgeBand(60, 70));

        assertThat(young).as("coronary disease of a young child's parents").isLessThan(0.02);
        assertThat(old).as("of a sixty-year-old's parents").isGreaterThan(0.1);
    }

    private static double parentsHeartDiseasePerPatient(AgeBand ages) {
        List<Patient> patients = Cohort.generate(SampleCohort.SPEC.toBuilder().patients(2_000)
                .ageDistribution(Map.of(ages, 1.0)).build()).patients();
        long rows = patients.stream().flatMap(p -> p.familyHistory().stream())
                .filter(f -> !f.relationship().equals("SIB") && f.condition().equals("Coronary artery disease"))
                .count();
        return rows / (double) patients.size();
    }

    private static void assertOnsetsFit(List<Patient> patients) {
        int withOnset = 0;
        for (Patient p : patients) {
            int age = p.lastAge(SampleCohort.REFERENCE);
            for (FamilyMemberHistory f : p.familyHistory()) {
                if (f.onsetAge().isEmpty()) {
                    continue;
                }
                withOnset++;
                int oldest = age + (f.relationship().equals("SIB") ? SIBLING_GAP : PARENT_GAP);
                assertThat(f.onsetAge().get()).as("%s of %s (aged %d), %s", f.relationship(), p.id(), age,
                        f.condition()).isBetween(0, oldest);
            }
        }
        assertThat(withOnset).as("rows with an onset age").isPositive();
    }
}

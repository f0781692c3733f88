package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.model.Medication;
import org.synthhealth.core.model.Patient;

/**
 * Stable coronary disease is treated with one antiplatelet, and a patient anticoagulated for atrial fibrillation takes
 * the anticoagulant alone: no aspirin with clopidogrel, no antiplatelet with warfarin, at any time.
 */
class AntithromboticTest {

    private static final String ASPIRIN = "243670";
    private static final String CLOPIDOGREL = "309362";
    private static final String WARFARIN = "855332";

    private final List<Patient> patients = SampleCohort.patients();

    @Test
    void noPatientTakesAspirinWithClopidogrel() {
        assertThat(patientsTaking(Set.of(ASPIRIN), Set.of(CLOPIDOGREL))).as("patients on dual antiplatelets (seed %d)",
                SampleCohort.SPEC.seed().orElseThrow()).isEmpty();
    }

    @Test
    void noPatientTakesAnAntiplateletWithWarfarin() {
        assertThat(patientsTaking(Set.of(WARFARIN), Set.of(ASPIRIN, CLOPIDOGREL)))
                .as("patients on warfarin and an antiplatelet (seed %d)", SampleCohort.SPEC.seed().orElseThrow())
                .isEmpty();
    }

    @Test
    void coronaryDiseaseWithoutWarfarinIsStillGivenAspirin() {
        long withAspirin = patients.stream().filter(p -> p.medications().stream()
                .anyMatch(m -> m.rxnorm().code().equals(ASPIRIN))).count();

        assertThat(withAspirin).as("patients on aspirin").isGreaterThan(100);
    }

    private List<String> patientsTaking(Set<String> some, Set<String> others) {
        return patients.stream().filter(p -> p.medications().stream().anyMatch(a -> some.contains(a.rxnorm().code())
                && p.medications().stream().anyMatch(b -> others.contains(b.rxnorm().code()) && overlap(a, b))))
                .map(Patient::id).toList();
    }

    private static boolean overlap(Medication a, Medication b) {
        return a.startDate().isBefore(end(b)) && b.startDate().isBefore(end(a));
    }

    private static LocalDate end(Medication m) {
        return m.endDate().orElse(LocalDate.MAX);
    }
}

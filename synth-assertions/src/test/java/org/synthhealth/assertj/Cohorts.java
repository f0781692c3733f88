package org.synthhealth.assertj;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.model.Encounter;
import org.synthhealth.core.model.Medication;
import org.synthhealth.core.model.Patient;

/** Generated cohorts for the assertion tests, each generated once, and broken copies of their patients. */
final class Cohorts {

    private static final Map<String, Cohort> CACHE = new ConcurrentHashMap<>();

    private Cohorts() {
    }

    /** A cohort of {@code count} patients from {@code seed}, with the default population. */
    static Cohort of(int count, long seed) {
        return CACHE.computeIfAbsent(count + "/" + seed,
                k -> Cohort.generate(CohortSpec.builder().patients(count).seed(seed).build()));
    }

    /** The cohort with its first patient replaced by {@code change} of it. */
    static Cohort withFirstPatientChanged(Cohort cohort, UnaryOperator<Patient> change) {
        List<Patient> patients = new ArrayList<>(cohort.patients());
        patients.set(0, change.apply(patients.get(0)));
        return Cohort.of(cohort.spec(), cohort.seed(), patients);
    }

    /** The first patient with a cohort index that has medications, moved to the front. */
    static Cohort withMedicatedPatientFirst(Cohort cohort) {
        List<Patient> patients = new ArrayList<>(cohort.patients());
        Patient medicated = patients.stream().filter(p -> !p.medications().isEmpty()).findFirst().orElseThrow();
        patients.remove(medicated);
        patients.add(0, medicated);
        return Cohort.of(cohort.spec(), cohort.seed(), patients);
    }

    /** A copy of {@code p} with other medications. */
    static Patient withMedications(Patient p, List<Medication> medications) {
        return new Patient(p.id(), p.index(), p.demographics(), p.socialHistory(), p.encounters(), p.conditions(),
                medications, p.allergies(), p.procedures(), p.immunizations(), p.observations(), p.death(),
                p.familyHistory());
    }

    /** A copy of {@code p} with other encounters. */
    static Patient withEncounters(Patient p, List<Encounter> encounters) {
        return new Patient(p.id(), p.index(), p.demographics(), p.socialHistory(), encounters, p.conditions(),
                p.medications(), p.allergies(), p.procedures(), p.immunizations(), p.observations(), p.death(),
                p.familyHistory());
    }
}

package org.synthhealth.core.model;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * One synthetic patient and everything recorded about them. Immutable.
 *
 * <p>A patient is a pure function of the cohort seed and {@link #index()}: patient 7 is the same whether 10 or
 * 10 million patients are generated, on one thread or many.
 *
 * @param id the patient id, the same in every format (CSV {@code patient_id}, FHIR {@code Patient.id}, the
 *     {@code patient_id} of every clinical row)
 * @param index the zero-based position in the cohort
 * @param death present when the patient has died
 */
public record Patient(
        String id,
        long index,
        Demographics demographics,
        SocialHistory socialHistory,
        List<Encounter> encounters,
        List<Condition> conditions,
        List<Medication> medications,
        List<Allergy> allergies,
        List<Procedure> procedures,
        List<Immunization> immunizations,
        List<Observation> observations,
        Optional<Death> death,
        List<FamilyMemberHistory> familyHistory) {

    public Patient {
        encounters = List.copyOf(encounters);
        conditions = List.copyOf(conditions);
        medications = List.copyOf(medications);
        allergies = List.copyOf(allergies);
        procedures = List.copyOf(procedures);
        immunizations = List.copyOf(immunizations);
        observations = List.copyOf(observations);
        familyHistory = List.copyOf(familyHistory);
    }

    /** Whether the patient has died. */
    public boolean isDeceased() {
        return death.isPresent();
    }

    /** The patient's age in whole years on the given date. */
    public int ageOn(LocalDate date) {
        return Period.between(demographics.birthDate(), date).getYears();
    }

    /**
     * The age the record last knew: at death for a patient who died, otherwise on {@code referenceDate}. The social
     * history describes the patient at this age.
     */
    public int lastAge(LocalDate referenceDate) {
        return death.map(d -> ageOn(LocalDate.ofInstant(d.dateTime(), ZoneOffset.UTC))).orElseGet(() -> ageOn(
                referenceDate));
    }

    /** The encounter with this id, if the patient has it. */
    public Optional<Encounter> encounter(String encounterId) {
        return encounters.stream().filter(e -> e.id().equals(encounterId)).findFirst();
    }

    /**
     * The stay in hospital in which the patient was born, when the record holds it: the admission without a reason
     * condition that starts on the birth date (UTC, the zone of every time in the record). Only a record that starts
     * at birth has one.
     */
    public Optional<Encounter> birthStay() {
        return encounters.stream().filter(e -> e.encounterClass() == EncounterClass.INPATIENT
                && e.reasonConditionId().isEmpty()
                && LocalDate.ofInstant(e.start(), ZoneOffset.UTC).equals(demographics.birthDate())).findFirst();
    }

    /** The condition with this id, if the patient has it. */
    public Optional<Condition> condition(String conditionId) {
        return conditions.stream().filter(c -> c.id().equals(conditionId)).findFirst();
    }
}

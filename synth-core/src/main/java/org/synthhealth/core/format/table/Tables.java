package org.synthhealth.core.format.table;

import static org.synthhealth.core.format.table.ColumnType.BOOLEAN;
import static org.synthhealth.core.format.table.ColumnType.DATE;
import static org.synthhealth.core.format.table.ColumnType.DECIMAL;
import static org.synthhealth.core.format.table.ColumnType.INTEGER;
import static org.synthhealth.core.format.table.ColumnType.STRING;
import static org.synthhealth.core.format.table.ColumnType.TIMESTAMP;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.synthhealth.core.model.Allergy;
import org.synthhealth.core.model.Code;
import org.synthhealth.core.model.Condition;
import org.synthhealth.core.model.Death;
import org.synthhealth.core.model.Encounter;
import org.synthhealth.core.model.FamilyMemberHistory;
import org.synthhealth.core.model.Immunization;
import org.synthhealth.core.model.Medication;
import org.synthhealth.core.model.Observation;
import org.synthhealth.core.model.Patient;
import org.synthhealth.core.model.Procedure;

/**
 * The ten tables every table format writes, in file order.
 *
 * <p>Every table starts with {@code patient_id}; every table except {@code patients} and {@code deaths} has its own
 * id second ({@code encounter_id}, {@code condition_id}, ...), and rows that happened in a visit carry
 * {@code encounter_id} third. A code is written as code, code-system URI and display. A death has no id of its own:
 * a patient dies at most once, so {@code patient_id} is the key of {@code deaths}.
 */
public final class Tables {

    /** One row per patient: identifiers, demographics, contact details and social history. */
    public static final Table<Patient> PATIENTS = Table.<Patient>builder("patients", List::of)
            .requiredId("patient_id", Patient::id)
            .required("mrn", STRING, p -> p.demographics().mrn())
            .required("ssn", STRING, p -> p.demographics().ssn())
            .required("first_name", STRING, p -> p.demographics().firstName())
            .optional("middle_name", STRING, p -> p.demographics().middleName())
            .required("last_name", STRING, p -> p.demographics().lastName())
            .required("gender", STRING, p -> p.demographics().sex().code())
            .required("birthdate", DATE, p -> p.demographics().birthDate())
            .required("race", STRING, p -> p.demographics().race().label())
            .required("ethnicity", STRING, p -> p.demographics().ethnicity().label())
            .required("language", STRING, p -> p.demographics().language())
            .required("marital_status", STRING, p -> p.demographics().maritalStatus().display())
            .required("phone", STRING, p -> p.demographics().phone())
            .required("email", STRING, p -> p.demographics().email())
            .required("address", STRING, p -> p.demographics().address().line())
            .required("city", STRING, p -> p.demographics().address().city())
            .required("state", STRING, p -> p.demographics().address().state())
            .required("zip", STRING, p -> p.demographics().address().postalCode())
            .required("insurance", STRING, p -> p.demographics().insurance())
            .required("smoking", STRING, p -> p.socialHistory().smoking().label())
            .required("alcohol", STRING, p -> p.socialHistory().alcohol().label())
            .required("education", STRING, p -> p.socialHistory().education().label())
            .required("employment", STRING, p -> p.socialHistory().employment().label())
            .required("housing", STRING, p -> p.socialHistory().housing().label())
            .required("deceased", BOOLEAN, Patient::isDeceased)
            .optional("death_date", DATE, p -> p.death().map(d -> utcDate(d)))
            .build();

    /** One row per visit. */
    public static final Table<Encounter> ENCOUNTERS = Table.builder("encounters", Patient::encounters)
            .requiredId("patient_id", Encounter::patientId)
            .requiredId("encounter_id", Encounter::id)
            .required("encounter_class", STRING, e -> e.encounterClass().label())
            .required("class_code", STRING, e -> e.encounterClass().fhirClass())
            .required("type_code", STRING, e -> e.encounterClass().type().code())
            .required("type_system", STRING, e -> e.encounterClass().type().system().uri())
            .required("type_display", STRING, e -> e.encounterClass().type().display())
            .required("start_time", TIMESTAMP, Encounter::start)
            .required("end_time", TIMESTAMP, Encounter::end)
            .optionalId("reason_condition_id", Encounter::reasonConditionId)
            .required("provider", STRING, Encounter::provider)
            .required("facility", STRING, Encounter::facility)
            .build();

    /** One row per diagnosis. */
    public static final Table<Condition> CONDITIONS = Table.builder("conditions", Patient::conditions)
            .requiredId("patient_id", Condition::patientId)
            .requiredId("condition_id", Condition::id)
            .requiredId("encounter_id", Condition::encounterId)
            .required("condition_name", STRING, Condition::name)
            .required("icd10_code", STRING, c -> c.icd10().code())
            .required("snomed_code", STRING, c -> c.snomed().code())
            .required("status", STRING, c -> c.status().code())
            .required("onset_date", DATE, Condition::onsetDate)
            .optional("resolution_date", DATE, Condition::resolutionDate)
            .required("condition_key", STRING, Condition::key)
            .required("chronic", BOOLEAN, Condition::chronic)
            .required("icd10_display", STRING, c -> c.icd10().display())
            .required("snomed_display", STRING, c -> c.snomed().display())
            .build();

    /** One row per prescription. */
    public static final Table<Medication> MEDICATIONS = Table.builder("medications", Patient::medications)
            .requiredId("patient_id", Medication::patientId)
            .requiredId("medication_id", Medication::id)
            .requiredId("encounter_id", Medication::encounterId)
            .required("medication_name", STRING, Medication::name)
            .required("rxnorm_code", STRING, m -> m.rxnorm().code())
            .optional("ndc_code", STRING, m -> m.ndc().map(Code::code))
            .required("dosage", STRING, Medication::dosage)
            .required("frequency", STRING, Medication::frequency)
            .required("start_date", DATE, Medication::startDate)
            .optional("end_date", DATE, Medication::endDate)
            .requiredId("condition_id", Medication::conditionId)
            .required("rxnorm_display", STRING, m -> m.rxnorm().display())
            .required("status", STRING, m -> m.status().code())
            .build();

    /** One row per allergy or intolerance. */
    public static final Table<Allergy> ALLERGIES = Table.builder("allergies", Patient::allergies)
            .requiredId("patient_id", Allergy::patientId)
            .requiredId("allergy_id", Allergy::id)
            .requiredId("encounter_id", Allergy::encounterId)
            .required("substance_code", STRING, a -> a.substance().code())
            .required("substance_system", STRING, a -> a.substance().system().uri())
            .required("substance_display", STRING, a -> a.substance().display())
            .required("category", STRING, a -> a.category().code())
            .required("reaction_code", STRING, a -> a.reaction().code())
            .required("reaction_display", STRING, a -> a.reaction().display())
            .required("severity", STRING, Allergy::severity)
            .required("onset_date", DATE, Allergy::onsetDate)
            .build();

    /** One row per procedure done. */
    public static final Table<Procedure> PROCEDURES = Table.builder("procedures", Patient::procedures)
            .requiredId("patient_id", Procedure::patientId)
            .requiredId("procedure_id", Procedure::id)
            .requiredId("encounter_id", Procedure::encounterId)
            .required("code", STRING, p -> p.code().code())
            .required("code_system", STRING, p -> p.code().system().uri())
            .required("display", STRING, p -> p.code().display())
            .required("performed_time", TIMESTAMP, Procedure::performed)
            .optionalId("reason_condition_id", Procedure::reasonConditionId)
            .build();

    /** One row per vaccine given. */
    public static final Table<Immunization> IMMUNIZATIONS = Table.builder("immunizations", Patient::immunizations)
            .requiredId("patient_id", Immunization::patientId)
            .requiredId("immunization_id", Immunization::id)
            .requiredId("encounter_id", Immunization::encounterId)
            .required("vaccine_code", STRING, i -> i.vaccine().code())
            .required("vaccine_system", STRING, i -> i.vaccine().system().uri())
            .required("vaccine_display", STRING, i -> i.vaccine().display())
            .required("occurred_time", TIMESTAMP, Immunization::occurred)
            .build();

    /** One row per measured value: vital signs and laboratory results. */
    public static final Table<Observation> OBSERVATIONS = Table.builder("observations", Patient::observations)
            .requiredId("patient_id", Observation::patientId)
            .requiredId("observation_id", Observation::id)
            .requiredId("encounter_id", Observation::encounterId)
            .required("category", STRING, o -> o.category().code())
            .required("code", STRING, o -> o.code().code())
            .required("code_system", STRING, o -> o.code().system().uri())
            .required("display", STRING, o -> o.code().display())
            .required("value", DECIMAL, Observation::value)
            .required("unit", STRING, Observation::unit)
            .required("effective_time", TIMESTAMP, Observation::effective)
            .optional("reference_low", DECIMAL, Observation::referenceLow)
            .optional("reference_high", DECIMAL, Observation::referenceHigh)
            .optional("interpretation", STRING, Observation::interpretation)
            .optional("panel_code", STRING, o -> o.panel().map(Code::code))
            .optional("panel_display", STRING, o -> o.panel().map(Code::display))
            .optionalId("panel_id", Observation::panelId)
            .build();

    /** One row per deceased patient. */
    public static final Table<Death> DEATHS = Table.builder("deaths", (Patient p) -> p.death().stream().toList())
            .requiredId("patient_id", Death::patientId)
            .required("death_time", TIMESTAMP, Death::dateTime)
            .required("death_date", DATE, Tables::utcDate)
            .requiredId("cause_condition_id", Death::causeConditionId)
            .required("cause_code", STRING, d -> d.cause().code())
            .required("cause_system", STRING, d -> d.cause().system().uri())
            .required("cause_display", STRING, d -> d.cause().display())
            .build();

    /** One row per condition a relative had. */
    public static final Table<FamilyMemberHistory> FAMILY_HISTORY =
            Table.builder("family_history", Patient::familyHistory)
                    .requiredId("patient_id", FamilyMemberHistory::patientId)
                    .requiredId("family_history_id", FamilyMemberHistory::id)
                    .required("relationship", STRING, FamilyMemberHistory::relationship)
                    .required("condition_name", STRING, FamilyMemberHistory::condition)
                    .required("icd10_code", STRING, f -> f.icd10().code())
                    .required("snomed_code", STRING, f -> f.snomed().code())
                    .required("snomed_display", STRING, f -> f.snomed().display())
                    .optional("onset_age", INTEGER, FamilyMemberHistory::onsetAge)
                    .build();

    /** All ten tables, in the order files are written and documented. */
    public static final List<Table<?>> ALL = List.of(PATIENTS, ENCOUNTERS, CONDITIONS, MEDICATIONS, ALLERGIES,
            PROCEDURES, IMMUNIZATIONS, OBSERVATIONS, DEATHS, FAMILY_HISTORY);

    private Tables() {
    }

    /** The table called {@code name}, if there is one. */
    public static Optional<Table<?>> named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The file names of all tables with the given extension, in table order. */
    public static List<String> fileNames(String extension) {
        return ALL.stream().map(t -> t.fileName(extension)).toList();
    }

    private static LocalDate utcDate(Death death) {
        return LocalDate.ofInstant(death.dateTime(), ZoneOffset.UTC);
    }
}

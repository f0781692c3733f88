package org.synthhealth.core.format.fhir;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.synthhealth.core.model.Address;
import org.synthhealth.core.model.AlcoholUse;
import org.synthhealth.core.model.Allergy;
import org.synthhealth.core.model.AllergyCategory;
import org.synthhealth.core.model.ClinicalStatus;
import org.synthhealth.core.model.Code;
import org.synthhealth.core.model.CodeSystem;
import org.synthhealth.core.model.Condition;
import org.synthhealth.core.model.Death;
import org.synthhealth.core.model.Demographics;
import org.synthhealth.core.model.Education;
import org.synthhealth.core.model.Employment;
import org.synthhealth.core.model.Encounter;
import org.synthhealth.core.model.EncounterClass;
import org.synthhealth.core.model.Ethnicity;
import org.synthhealth.core.model.Housing;
import org.synthhealth.core.model.Ids;
import org.synthhealth.core.model.Immunization;
import org.synthhealth.core.model.MaritalStatus;
import org.synthhealth.core.model.Medication;
import org.synthhealth.core.model.MedicationStatus;
import org.synthhealth.core.model.Observation;
import org.synthhealth.core.model.ObservationCategory;
import org.synthhealth.core.model.Patient;
import org.synthhealth.core.model.Procedure;
import org.synthhealth.core.model.Race;
import org.synthhealth.core.model.Sex;
import org.synthhealth.core.model.SmokingStatus;
import org.synthhealth.core.model.SocialHistory;

/**
 * Builds model patients by hand, as a pure function of (seed, index), until the engine generates them. Every kind of
 * row the FHIR export maps appears across a few dozen patients: both sexes, every race and ethnicity, chronic and
 * resolved conditions, medications with and without NDC, blood-pressure pairs, pulse oximetry, labs with ranges and
 * flags, deaths, and awkward decimals ({@code 1E+2}, {@code 0.0000001}).
 */
final class HandmadePatients {

    private static final Instant EPOCH = Instant.parse("2015-01-01T00:00:00Z");
    private static final Code[][] CONDITIONS = {
        {Code.of(CodeSystem.ICD10CM, "I10", "Essential (primary) hypertension"),
            Code.of(CodeSystem.SNOMED, "59621000", "Essential hypertension (disorder)")},
        {Code.of(CodeSystem.ICD10CM, "E11.9", "Type 2 diabetes mellitus without complications"),
            Code.of(CodeSystem.SNOMED, "44054006", "Diabetes mellitus type 2 (disorder)")},
        {Code.of(CodeSystem.ICD10CM, "J02.9", "Acute pharyngitis, unspecified"),
            Code.of(CodeSystem.SNOMED, "363746003", "Acute pharyngitis (disorder)")},
        {Code.of(CodeSystem.ICD10CM, "N39.0", "Urinary tract infection, site not specified"),
            Code.of(CodeSystem.SNOMED, "68566005", "Urinary tract infectious disease (disorder)")},
    };
    private static final Code[] DRUGS = {
        Code.of(CodeSystem.RXNORM, "314076", "lisinopril 10 MG Oral Tablet"),
        Code.of(CodeSystem.RXNORM, "861007", "metformin hydrochloride 500 MG Oral Tablet"),
        Code.of(CodeSystem.RXNORM, "308191", "amoxicillin 500 MG Oral Capsule"),
    };
    private static final Code[] VACCINES = {
        Code.of(CodeSystem.CVX, "140", "Influenza, seasonal, injectable, preservative free"),
        Code.of(CodeSystem.CVX, "115", "Tdap (tetanus, reduced diphtheria, acellular pertussis), adsorbed"),
    };

    private HandmadePatients() {
    }

    /** The first {@code count} patients of the cohort with this seed. */
    static List<Patient> cohort(long seed, int count) {
        List<Patient> patients = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            patients.add(patient(seed, i));
        }
        return patients;
    }

    /** The patient at {@code index}. */
    static Patient patient(long seed, long index) {
        SplittableRandom random = new SplittableRandom(Ids.mix(seed ^ Ids.mix(index)));
        String id = Ids.patient(seed, index);
        Sex sex = random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
        Race race = Race.values()[(int) (index % Race.values().length)];
        Ethnicity ethnicity = index % 3 == 0 ? Ethnicity.HISPANIC : Ethnicity.NOT_HISPANIC;
        LocalDate birth = LocalDate.of(1930 + random.nextInt(80), 1 + random.nextInt(12), 1 + random.nextInt(28));
        Demographics demographics = new Demographics(Long.toString(1_000_000_000L + index),
                Long.toString(900_000_000L + index), "Given" + index,
                index % 2 == 0 ? Optional.of("Middle") : Optional.empty(), "O'Family-" + index, sex, birth, race,
                ethnicity, index % 4 == 0 ? "es" : "en", MaritalStatus.values()[(int) (index % 5)],
                "555-555-01" + String.format(java.util.Locale.ROOT, "%02d", index % 100),
                "patient" + index + "@example.com", new Address(index + " Main St", "Springfield", "IL", "62701"),
                "Self-pay");
        SocialHistory social = new SocialHistory(SmokingStatus.NEVER, AlcoholUse.NEVER, Education.HIGH_SCHOOL,
                Employment.EMPLOYED, Housing.STABLE);

        List<Encounter> encounters = new ArrayList<>();
        List<Condition> conditions = new ArrayList<>();
        List<Medication> medications = new ArrayList<>();
        List<Allergy> allergies = new ArrayList<>();
        List<Procedure> procedures = new ArrayList<>();
        List<Immunization> immunizations = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        int visits = 1 + random.nextInt(3);
        int obs = 0;
        for (int v = 0; v < visits; v++) {
            String encounterId = Ids.of(seed, index, "encounter", v);
            Instant start = EPOCH.plus(random.nextInt(3000), ChronoUnit.DAYS).plusSeconds(random.nextInt(86_000));
            EncounterClass kind = EncounterClass.values()[random.nextInt(EncounterClass.values().length)];
            Code[] dx = CONDITIONS[random.nextInt(CONDITIONS.length)];
            boolean chronic = dx[0].code().startsWith("I") || dx[0].code().startsWith("E");
            String conditionId = Ids.of(seed, index, "condition", v);
            LocalDate onset = LocalDate.ofInstant(start, java.time.ZoneOffset.UTC);
            conditions.add(new Condition(conditionId, id, encounterId, "key" + v, dx[0].display(), dx[0], dx[1],
                    chronic, chronic ? ClinicalStatus.ACTIVE : ClinicalStatus.RESOLVED, onset,
                    chronic ? Optional.empty() : Optional.of(onset.plusDays(10))));
            encounters.add(new Encounter(encounterId, id, kind, start, start.plusSeconds(1800),
                    Optional.of(conditionId), "Dr. Alice Smith", "Springfield Clinic"));
            Code drug = DRUGS[random.nextInt(DRUGS.length)];
            medications.add(new Medication(Ids.of(seed, index, "medication", v), id, encounterId, conditionId,
                    drug.display(), drug, v == 1 ? Optional.of(Code.of(CodeSystem.NDC, "00000-0000-00",
                    "placeholder NDC for tests")) : Optional.empty(), "1 tablet", "daily", onset,
                    chronic ? Optional.empty() : Optional.of(onset.plusDays(10)),
                    chronic ? MedicationStatus.ACTIVE : MedicationStatus.COMPLETED));
            procedures.add(new Procedure(Ids.of(seed, index, "procedure", v), id, encounterId,
                    Code.of(CodeSystem.SNOMED, "430193006", "Medication reconciliation (procedure)"),
                    start.plusSeconds(600), Optional.of(conditionId)));
            Code vaccine = VACCINES[v % VACCINES.length];
            immunizations.add(new Immunization(Ids.of(seed, index, "immunization", v), id, encounterId, vaccine,
                    start.plusSeconds(900)));
            String bp = Ids.of(seed, index, "bp", v);
            Code panel = Code.of(CodeSystem.LOINC, "85354-9", "Blood pressure panel with all children optional");
            observations.add(vital(seed, index, obs++, id, encounterId, "8480-6", "Systolic blood pressure",
                    new BigDecimal(100 + random.nextInt(60)), "mm[Hg]", start, Optional.of(panel), Optional.of(bp)));
            observations.add(vital(seed, index, obs++, id, encounterId, "8462-4", "Diastolic blood pressure",
                    new BigDecimal(60 + random.nextInt(40)), "mm[Hg]", start, Optional.of(panel), Optional.of(bp)));
            observations.add(vital(seed, index, obs++, id, encounterId, "8867-4", "Heart rate",
                    new BigDecimal(60 + random.nextInt(40)), "/min", start, Optional.empty(), Optional.empty()));
            observations.add(vital(seed, index, obs++, id, encounterId, "9279-1", "Respiratory rate",
                    new BigDecimal(12 + random.nextInt(8)), "/min", start, Optional.empty(), Optional.empty()));
            observations.add(vital(seed, index, obs++, id, encounterId, "8310-5", "Body temperature",
                    new BigDecimal("36.8"), "Cel", start, Optional.empty(), Optional.empty()));
            observations.add(vital(seed, index, obs++, id, encounterId, v % 2 == 0 ? "59408-5" : "2708-6",
                    "Oxygen saturation", new BigDecimal(95 + random.nextInt(5)), "%", start, Optional.empty(),
                    Optional.empty()));
            observations.add(vital(seed, index, obs++, id, encounterId, "8302-2", "Body height",
                    new BigDecimal("172.5"), "cm", start, Optional.empty(), Optional.empty()));
            observations.add(vital(seed, index, obs++, id, encounterId, "29463-7", "Body weight",
                    new BigDecimal("1E+2"), "kg", start, Optional.empty(), Optional.empty()));
            observations.add(vital(seed, index, obs++, id, encounterId, "39156-5", "Body mass index",
                    new BigDecimal("33.6"), "kg/m2", start, Optional.empty(), Optional.empty()));
            BigDecimal a1c = new BigDecimal(BigDecimal.valueOf(40 + random.nextInt(60), 1).toPlainString());
            observations.add(new Observation(Ids.of(seed, index, "observation", obs++), id, encounterId,
                    ObservationCategory.LABORATORY, Code.of(CodeSystem.LOINC, "4548-4",
                    "Hemoglobin A1c/Hemoglobin.total in Blood"), a1c, "%", start,
                    Optional.of(new BigDecimal("4.0")), Optional.of(new BigDecimal("5.6")),
                    Optional.of(a1c.compareTo(new BigDecimal("5.6")) > 0 ? "H" : "N"), Optional.empty(),
                    Optional.empty()));
            observations.add(new Observation(Ids.of(seed, index, "observation", obs++), id, encounterId,
                    ObservationCategory.LABORATORY, Code.of(CodeSystem.LOINC, "2160-0",
                    "Creatinine [Mass/volume] in Serum or Plasma"), new BigDecimal("0.0000001"), "mg/dL", start,
                    Optional.of(new BigDecimal("0.6")), Optional.of(new BigDecimal("1.3")), Optional.of("LL"),
                    Optional.empty(), Optional.empty()));
        }
        if (index % 2 == 1) {
            allergies.add(new Allergy(Ids.of(seed, index, "allergy", 0), id, encounters.get(0).id(),
                    Code.of(CodeSystem.SNOMED, "91936005", "Allergy to penicillin (finding)"),
                    AllergyCategory.MEDICATION, Code.of(CodeSystem.SNOMED, "247472004", "Wheal (finding)"),
                    "moderate", birth.plusYears(5)));
        }
        Optional<Death> death = Optional.empty();
        if (index % 7 == 3) {
            Condition cause = conditions.get(0);
            Instant last = encounters.stream().map(Encounter::end).max(Instant::compareTo).orElseThrow();
            death = Optional.of(new Death(id, last.plus(2, ChronoUnit.DAYS), cause.id(), cause.icd10()));
        }
        return new Patient(id, index, demographics, social, encounters, conditions, medications, allergies,
                procedures, immunizations, observations, death, List.of());
    }

    private static Observation vital(long seed, long index, int ordinal, String patientId, String encounterId,
            String loinc, String display, BigDecimal value, String unit, Instant at, Optional<Code> panel,
            Optional<String> panelId) {
        return new Observation(Ids.of(seed, index, "observation", ordinal), patientId, encounterId,
                ObservationCategory.VITAL_SIGNS, Code.of(CodeSystem.LOINC, loinc, display), value, unit, at,
                Optional.empty(), Optional.empty(), Optional.empty(), panel, panelId);
    }
}

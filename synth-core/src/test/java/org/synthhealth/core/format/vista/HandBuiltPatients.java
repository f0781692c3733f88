package org.synthhealth.core.format.vista;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.synthhealth.core.model.Address;
import org.synthhealth.core.model.Allergy;
import org.synthhealth.core.model.AllergyCategory;
import org.synthhealth.core.model.ClinicalStatus;
import org.synthhealth.core.model.Code;
import org.synthhealth.core.model.CodeSystem;
import org.synthhealth.core.model.Condition;
import org.synthhealth.core.model.Death;
import org.synthhealth.core.model.Demographics;
import org.synthhealth.core.model.Encounter;
import org.synthhealth.core.model.EncounterClass;
import org.synthhealth.core.model.Ethnicity;
import org.synthhealth.core.model.Ids;
import org.synthhealth.core.model.Immunization;
import org.synthhealth.core.model.MaritalStatus;
import org.synthhealth.core.model.Medication;
import org.synthhealth.core.model.MedicationStatus;
import org.synthhealth.core.model.Observation;
import org.synthhealth.core.model.ObservationCategory;
import org.synthhealth.core.model.Patient;
import org.synthhealth.core.model.Race;
import org.synthhealth.core.model.Sex;
import org.synthhealth.core.model.SocialHistory;

/**
 * Patients built by hand for the VistA tests until the engine generates them: varied, deterministic from
 * {@code (seed, index)}, and with awkward text (accents, apostrophes, carets, control characters, long names).
 */
final class HandBuiltPatients {

    private static final String[] LAST = {"O'Brien", "Muñoz", "Smith", "Van der Berg", "Nguyen",
        "Kowalczyk-Wiśniewska-Zielińska", "Li", "Ødegård", "Dubois^Caret"};
    private static final String[] FIRST = {"José", "Mary", "Zoë", "Al", "Jean-Luc", "Christopher-Alexander",
        "Bob\tTab", "Łucja"};
    private static final String[] STATES = {"MA", "CA", "TX", "NY", "PR", "ZZ"};
    private static final Code[] ICD = {
        Code.of(CodeSystem.ICD10CM, "E11.9", "Type 2 diabetes mellitus without complications"),
        Code.of(CodeSystem.ICD10CM, "I10", "Essential (primary) hypertension"),
        Code.of(CodeSystem.ICD10CM, "J02.9", "Acute pharyngitis, unspecified")};
    private static final Code[] SNOMED = {Code.of(CodeSystem.SNOMED, "44054006", "Diabetes"),
        Code.of(CodeSystem.SNOMED, "38341003", "Hypertension"), Code.of(CodeSystem.SNOMED, "363746003", "Pharyngitis")};

    private HandBuiltPatients() {
    }

    /** Patients 0 to {@code count - 1} for {@code seed}. */
    static List<Patient> cohort(long seed, int count) {
        List<Patient> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(patient(seed, i));
        }
        return out;
    }

    /** The patient at {@code index}. */
    static Patient patient(long seed, long index) {
        SplittableRandom r = new SplittableRandom(Ids.mix(seed ^ index));
        String id = Ids.patient(seed, index);
        LocalDate birth = LocalDate.of(1920, 1, 1).plusDays(r.nextInt(365 * 100));
        Demographics d = new Demographics(Long.toString(1_000_000_000L + index),
                String.format(java.util.Locale.ROOT, "9%08d", r.nextInt(100_000_000)),
                FIRST[r.nextInt(FIRST.length)], r.nextBoolean() ? Optional.of("Ann-Marie") : Optional.empty(),
                LAST[r.nextInt(LAST.length)], r.nextBoolean() ? Sex.MALE : Sex.FEMALE, birth,
                Race.values()[r.nextInt(Race.values().length)], r.nextBoolean() ? Ethnicity.HISPANIC
                        : Ethnicity.NOT_HISPANIC, "en", MaritalStatus.values()[r.nextInt(5)], "555-555-01" + (10 + r
                        .nextInt(90)), "p" + index + "@example.com", new Address(index + " Main St \"Apt 2\"",
                        "Springfield", STATES[r.nextInt(STATES.length)], "0" + (1000 + r.nextInt(8999))), "Self-pay");
        List<Encounter> encounters = new ArrayList<>();
        List<Condition> conditions = new ArrayList<>();
        List<Medication> medications = new ArrayList<>();
        List<Allergy> allergies = new ArrayList<>();
        List<Immunization> immunizations = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        int visits = 1 + r.nextInt(4);
        for (int v = 0; v < visits; v++) {
            Instant start = Instant.parse("2015-01-01T00:00:00Z").plus(r.nextInt(3000), ChronoUnit.DAYS)
                    .plusSeconds(r.nextInt(4) == 0 ? 0 : r.nextInt(86_400));
            EncounterClass cls = EncounterClass.values()[r.nextInt(EncounterClass.values().length)];
            Instant end = start.plus(cls == EncounterClass.INPATIENT ? 3 : 0, ChronoUnit.DAYS).plusSeconds(1800);
            String encId = Ids.of(seed, index, "encounter", v);
            encounters.add(new Encounter(encId, id, cls, start, end, Optional.empty(), "Dr. Who", "Clinic"));
            LocalDate day = start.atZone(java.time.ZoneOffset.UTC).toLocalDate();
            int c = r.nextInt(ICD.length);
            String condId = Ids.of(seed, index, "condition", v);
            boolean resolved = c == 2;
            conditions.add(new Condition(condId, id, encId, "k" + c, "cond", ICD[c], SNOMED[c], !resolved,
                    resolved ? ClinicalStatus.RESOLVED : ClinicalStatus.ACTIVE, day,
                    resolved ? Optional.of(day.plusDays(10)) : Optional.empty()));
            Optional<LocalDate> stop = r.nextBoolean() ? Optional.of(day.plusDays(90)) : Optional.empty();
            medications.add(new Medication(Ids.of(seed, index, "medication", v), id, encId, condId, "metformin",
                    Code.of(CodeSystem.RXNORM, "860975", "24 HR Metformin hydrochloride 500 MG Extended Release Oral"
                            + " Tablet"), v == 0 ? Optional.of(Code.of(CodeSystem.NDC, "00093-1048-01", "x"))
                            : Optional.empty(), "500 mg", "daily", day, stop,
                    stop.isPresent() ? MedicationStatus.COMPLETED : MedicationStatus.ACTIVE));
            String panel = Ids.of(seed, index, "bp", v);
            Code bpPanel = Code.of(CodeSystem.LOINC, "85354-9", "Blood pressure panel");
            observations.add(vital(seed, index, 3 * v, id, encId, "8480-6", new BigDecimal(110 + r.nextInt(40)),
                    "mm[Hg]", start, Optional.of(bpPanel), Optional.of(panel)));
            observations.add(vital(seed, index, 3 * v + 1, id, encId, "8462-4", new BigDecimal(70 + r.nextInt(20)),
                    "mm[Hg]", start, Optional.of(bpPanel), Optional.of(panel)));
            observations.add(vital(seed, index, 3 * v + 2, id, encId, "29463-7", new BigDecimal("72.5"), "kg",
                    start, Optional.empty(), Optional.empty()));
            immunizations.add(new Immunization(Ids.of(seed, index, "immunization", v), id, encId,
                    Code.of(CodeSystem.CVX, "08", "Hep B, adolescent or pediatric"), start));
        }
        if (r.nextBoolean()) {
            allergies.add(new Allergy(Ids.of(seed, index, "allergy", 0), id, encounters.get(0).id(),
                    Code.of(CodeSystem.SNOMED, "91936005", "Allergy to penicillin^G\n"), AllergyCategory.MEDICATION,
                    Code.of(CodeSystem.SNOMED, "247472004", "Hives"), "mild", birth.plusYears(5)));
        }
        Optional<Death> death = r.nextInt(5) == 0
                ? Optional.of(new Death(id, encounters.get(0).end().plus(1, ChronoUnit.DAYS), conditions.get(0).id(),
                        conditions.get(0).icd10()))
                : Optional.empty();
        return new Patient(id, index, d, new SocialHistory(null, null, null, null, null), encounters, conditions,
                medications, allergies, List.of(), immunizations, observations, death, List.of());
    }

    private static Observation vital(long seed, long index, int ordinal, String patientId, String encId, String loinc,
            BigDecimal value, String unit, Instant at, Optional<Code> panel, Optional<String> panelId) {
        return new Observation(Ids.of(seed, index, "observation", ordinal), patientId, encId,
                ObservationCategory.VITAL_SIGNS, Code.of(CodeSystem.LOINC, loinc, loinc), value, unit, at,
                Optional.empty(), Optional.empty(), Optional.empty(), panel, panelId);
    }
}

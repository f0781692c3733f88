package org.synthhealth.core.format.hl7;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
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
import org.synthhealth.core.model.MaritalStatus;
import org.synthhealth.core.model.Observation;
import org.synthhealth.core.model.ObservationCategory;
import org.synthhealth.core.model.Patient;
import org.synthhealth.core.model.Race;
import org.synthhealth.core.model.Sex;
import org.synthhealth.core.model.SmokingStatus;
import org.synthhealth.core.model.SocialHistory;

/**
 * Varied patients built by hand from {@code (seed, index)}, standing in for the patient engine in HL7 tests: visits
 * of every class (and patients without any), diagnoses, allergies, vital signs, laboratory orders with and without
 * reference ranges (drawn together, or at two draws of one visit), deaths, middle names, and names with apostrophes
 * and non-ASCII letters.
 */
final class HandBuiltPatients {

    private static final String[] FAMILY = {"Smith", "O'Brien", "García", "Nguyen", "Johnson", "Müller", "Okafor"};
    private static final String[] GIVEN = {"Ana", "John", "Zoë", "Wei", "Fatima", "José", "Mary-Jane"};
    private static final Code[] DIAGNOSES = {
        Code.of(CodeSystem.ICD10CM, "E11.9", "Type 2 diabetes mellitus without complications"),
        Code.of(CodeSystem.ICD10CM, "I10", "Essential (primary) hypertension"),
        Code.of(CodeSystem.ICD10CM, "J02.9", "Acute pharyngitis, unspecified"),
        Code.of(CodeSystem.ICD10CM, "E78.5", "Hyperlipidemia, unspecified"),
    };
    private static final Code[] SUBSTANCES = {
        Code.of(CodeSystem.SNOMED, "762952008", "Peanut (substance)"),
        Code.of(CodeSystem.RXNORM, "7980", "Penicillin G"),
        Code.of(CodeSystem.SNOMED, "256259004", "Pollen (substance)"),
    };
    private static final AllergyCategory[] CATEGORIES = {
        AllergyCategory.FOOD, AllergyCategory.MEDICATION, AllergyCategory.ENVIRONMENT};
    private static final String[] SEVERITIES = {"mild", "moderate", "severe"};
    private static final Code HIVES = Code.of(CodeSystem.SNOMED, "247472004", "Wheal (finding)");
    private static final Code GLUCOSE = Code.of(CodeSystem.LOINC, "2345-7", "Glucose [Mass/volume] in Serum or Plasma");
    private static final Code SODIUM = Code.of(CodeSystem.LOINC, "2951-2", "Sodium [Moles/volume] in Serum or Plasma");
    private static final Code POTASSIUM = Code.of(CodeSystem.LOINC, "2823-3", "Potassium [Moles/volume] in Serum or "
            + "Plasma");
    private static final Code CREATININE = Code.of(CodeSystem.LOINC, "2160-0", "Creatinine [Mass/volume] in Serum or "
            + "Plasma");
    private static final Code A1C = Code.of(CodeSystem.LOINC, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood");
    private static final Instant EPOCH = LocalDate.of(2012, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private HandBuiltPatients() {
    }

    /** The patients at indexes {@code 0..count-1} for {@code seed}. */
    static List<Patient> cohort(long seed, int count) {
        return LongStream.range(0, count).mapToObj(i -> patient(seed, i)).toList();
    }

    static Patient patient(long seed, long index) {
        SplittableRandom random = new SplittableRandom(Ids.mix(seed ^ Ids.mix(index)));
        String id = Ids.patient(seed, index);
        Demographics demographics = demographics(random, index);

        List<Encounter> encounters = new ArrayList<>();
        List<Condition> conditions = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        Instant start = EPOCH.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 365)));
        int visits = index % 17 == 5 ? 0 : 1 + random.nextInt(5);
        for (int v = 0; v < visits; v++) {
            EncounterClass kind = EncounterClass.values()[random.nextInt(EncounterClass.values().length)];
            Duration length = kind == EncounterClass.INPATIENT ? Duration.ofDays(3) : Duration.ofMinutes(40);
            Encounter e = new Encounter(Ids.of(seed, index, "encounter", v), id, kind, start, start.plus(length),
                    Optional.empty(), "Dr. Casey Jones", v % 2 == 0 ? "Synth Clinic & Lab" : "General Hospital");
            encounters.add(e);
            if (random.nextInt(3) == 0) {
                Code icd = DIAGNOSES[random.nextInt(DIAGNOSES.length)];
                conditions.add(new Condition(Ids.of(seed, index, "condition", conditions.size()), id, e.id(),
                        "k", icd.display(), icd, Code.of(CodeSystem.SNOMED, "44054006", "Diabetes"), true,
                        ClinicalStatus.ACTIVE, LocalDate.ofInstant(start, ZoneOffset.UTC), Optional.empty()));
            }
            observations.add(vital(seed, index, observations.size(), id, e));
            labs(random, seed, index, id, e, observations);
            start = start.plus(Duration.ofDays(30 + random.nextInt(400)));
        }

        List<Allergy> allergies = new ArrayList<>();
        for (int a = 0, n = random.nextInt(3); a < n; a++) {
            int k = random.nextInt(SUBSTANCES.length);
            allergies.add(new Allergy(Ids.of(seed, index, "allergy", a), id, encounters.isEmpty() ? ""
                    : encounters.get(0).id(), SUBSTANCES[k], CATEGORIES[k], HIVES, SEVERITIES[random.nextInt(3)],
                    LocalDate.of(2000 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28))));
        }
        Optional<Death> death = index % 9 == 3 && !conditions.isEmpty()
                ? Optional.of(new Death(id, start.plusSeconds(3600), conditions.get(0).id(), conditions.get(0).icd10()))
                : Optional.empty();
        return new Patient(id, index, demographics,
                new SocialHistory(SmokingStatus.NEVER, AlcoholUse.NEVER, Education.BACHELOR, Employment.EMPLOYED,
                        Housing.STABLE),
                encounters, conditions, List.of(), allergies, List.of(), List.of(), observations, death, List.of());
    }

    private static Demographics demographics(SplittableRandom random, long index) {
        Optional<String> middle = random.nextBoolean() ? Optional.of(GIVEN[random.nextInt(GIVEN.length)])
                : Optional.empty();
        return new Demographics(Long.toString(1_000_000_000L + index),
                String.format(Locale.ROOT, "9%02d%02d%04d", random.nextInt(100), 1 + random.nextInt(99),
                        1 + random.nextInt(9999)),
                GIVEN[random.nextInt(GIVEN.length)], middle, FAMILY[random.nextInt(FAMILY.length)],
                random.nextBoolean() ? Sex.FEMALE : Sex.MALE,
                LocalDate.of(1930 + random.nextInt(90), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                Race.values()[random.nextInt(Race.values().length)],
                random.nextInt(5) == 0 ? Ethnicity.HISPANIC : Ethnicity.NOT_HISPANIC, "en",
                MaritalStatus.values()[random.nextInt(MaritalStatus.values().length)],
                String.format(Locale.ROOT, "555-555-01%02d", random.nextInt(100)),
                index % 4 == 0 ? "" : "patient" + index + "@example.org",
                new Address((1 + random.nextInt(999)) + " Main St, Apt #4", "Springfield", "MA", "01103"),
                "Self-pay");
    }

    private static Observation vital(long seed, long index, int ordinal, String patientId, Encounter e) {
        return new Observation(Ids.of(seed, index, "observation", ordinal), patientId, e.id(),
                ObservationCategory.VITAL_SIGNS, Code.of(CodeSystem.LOINC, "8867-4", "Heart rate"),
                new BigDecimal("72"), "/min", e.start(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /**
     * The visit's laboratory results, each an order of its own named by its own code: sometimes a glucose, a sodium,
     * a potassium and a creatinine drawn together ten minutes into the visit, and sometimes an HbA1c, drawn with them
     * or, for odd patient indexes, at a second draw twenty minutes later in the same visit.
     */
    private static void labs(SplittableRandom random, long seed, long index, String patientId, Encounter e,
            List<Observation> out) {
        Instant drawn = e.start().plusSeconds(600);
        if (random.nextBoolean()) {
            out.add(lab(seed, index, out.size(), patientId, e, drawn, GLUCOSE, decimal(random, 60, 250, 0), "mg/dL",
                    "70", "99"));
            out.add(lab(seed, index, out.size(), patientId, e, drawn, SODIUM, decimal(random, 130, 150, 0), "mmol/L",
                    "136", "145"));
            out.add(lab(seed, index, out.size(), patientId, e, drawn, POTASSIUM, decimal(random, 3, 6, 1), "mmol/L",
                    "3.5", "5.1"));
            out.add(lab(seed, index, out.size(), patientId, e, drawn, CREATININE,
                    new BigDecimal("0.0012").add(decimal(random, 0, 2, 2)), "mg/dL", null, "1.3"));
        }
        if (random.nextInt(3) == 0) {
            Instant at = index % 2 == 1 ? drawn.plusSeconds(1200) : drawn;
            out.add(lab(seed, index, out.size(), patientId, e, at, A1C, decimal(random, 4, 11, 1), "%", null, null));
        }
    }

    /** One result as an order of its own: a panel id of its own and no panel code. */
    private static Observation lab(long seed, long index, int ordinal, String patientId, Encounter e, Instant at,
            Code code, BigDecimal value, String unit, String low, String high) {
        Optional<BigDecimal> lo = Optional.ofNullable(low).map(BigDecimal::new);
        Optional<BigDecimal> hi = Optional.ofNullable(high).map(BigDecimal::new);
        Optional<String> flag = lo.isEmpty() && hi.isEmpty() ? Optional.empty()
                : Optional.of(lo.isPresent() && value.compareTo(lo.get()) < 0 ? "L"
                        : hi.isPresent() && value.compareTo(hi.get()) > 0 ? "H" : "N");
        return new Observation(Ids.of(seed, index, "observation", ordinal), patientId, e.id(),
                ObservationCategory.LABORATORY, code, value, unit, at, lo, hi, flag, Optional.empty(),
                Optional.of(Ids.of(seed, index, "panel", ordinal)));
    }

    private static BigDecimal decimal(SplittableRandom random, int low, int high, int scale) {
        return BigDecimal.valueOf(low + random.nextDouble() * (high - low)).setScale(scale, RoundingMode.HALF_UP);
    }
}

package org.synthhealth.core.format.table;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.synthhealth.core.model.Address;
import org.synthhealth.core.model.Allergy;
import org.synthhealth.core.model.AllergyCategory;
import org.synthhealth.core.model.AlcoholUse;
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
import org.synthhealth.core.model.FamilyMemberHistory;
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
 * Patients built by hand from {@code (seed, index)}, for format tests that must not depend on the engine.
 *
 * <p>The first patients carry names that break naive CSV writers (apostrophe, hyphen, accents, comma, double quote,
 * line break); every third patient leaves every optional value empty.
 */
public final class HandmadePatients {

    private static final String[][] NASTY_NAMES = {
        {"Siobhan", "O'Brien"}, {"Mary", "Smith-Jones"}, {"José", "Ñúñez"}, {"John", "Doe, Jr."},
        {"Robert \"Bob\"", "Tables"}, {"Anne\nMarie", "Line\r\nBreak"}, {"Zoë", "Ærøskøbing 李"},
    };
    private static final Code HYPERTENSION_ICD = Code.of(CodeSystem.ICD10CM, "I10", "Essential (primary) hypertension");
    private static final Code HYPERTENSION_SCT =
            Code.of(CodeSystem.SNOMED, "59621000", "Essential hypertension (disorder)");
    private static final Code LISINOPRIL = Code.of(CodeSystem.RXNORM, "314076", "lisinopril 10 MG Oral Tablet");
    private static final Code SYSTOLIC = Code.of(CodeSystem.LOINC, "8480-6", "Systolic blood pressure");
    private static final Code HBA1C = Code.of(CodeSystem.LOINC, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood");
    private static final Code BP_PANEL = Code.of(CodeSystem.LOINC, "85354-9", "Blood pressure panel");
    private static final Code FLU =
            Code.of(CodeSystem.CVX, "140", "Influenza, seasonal, injectable, preservative free");
    private static final Code PEANUT = Code.of(CodeSystem.SNOMED, "762952008", "Peanut (substance)");
    private static final Code HIVES = Code.of(CodeSystem.SNOMED, "247472004", "Wheal (finding)");
    private static final Code EXAM = Code.of(CodeSystem.SNOMED, "171207006", "Depression screening (procedure)");
    private static final Instant EPOCH = LocalDate.of(2010, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    private HandmadePatients() {
    }

    /** Patients {@code 0 .. count-1} of the cohort with {@code seed}. */
    public static List<Patient> cohort(long seed, int count) {
        return IntStream.range(0, count).mapToObj(i -> patient(seed, i)).toList();
    }

    /** The patient at {@code index}; the same for the same seed and index. */
    public static Patient patient(long seed, long index) {
        SplittableRandom random = new SplittableRandom(Ids.mix(seed ^ Ids.mix(index)));
        String id = Ids.patient(seed, index);
        boolean sparse = index % 3 == 2;
        String[] name = index < NASTY_NAMES.length ? NASTY_NAMES[(int) index]
                : new String[] {"Given" + index, "Family" + random.nextInt(1000)};
        LocalDate birth = LocalDate.of(1930 + random.nextInt(90), 1 + random.nextInt(12), 1 + random.nextInt(28));
        Demographics demographics = new Demographics(Long.toString(1_000_000_000L + index),
                "9" + (10_000_000 + random.nextInt(89_999_999)), name[0],
                sparse ? Optional.empty() : Optional.of("Middle"), name[1], pick(random, Sex.values()), birth,
                pick(random, Race.values()), pick(random, Ethnicity.values()), "en",
                pick(random, MaritalStatus.values()), "555-555-01" + (10 + random.nextInt(90)),
                "patient" + index + "@example.org", new Address(index + " Main St, Apt \"B\"", "Springfield", "IL",
                "627" + (10 + random.nextInt(90))), index % 5 == 0 ? "Self-pay" : "Acme Health");
        SocialHistory social = new SocialHistory(pick(random, SmokingStatus.values()),
                pick(random, AlcoholUse.values()), pick(random, Education.values()),
                pick(random, Employment.values()), pick(random, Housing.values()));

        List<Encounter> encounters = new ArrayList<>();
        List<Condition> conditions = new ArrayList<>();
        List<Medication> medications = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        List<Procedure> procedures = new ArrayList<>();
        List<Immunization> immunizations = new ArrayList<>();
        int visits = 1 + random.nextInt(8);
        for (int v = 0; v < visits; v++) {
            Instant start = EPOCH.plus(Duration.ofMinutes(random.nextInt(8_000_000)));
            Instant end = start.plus(Duration.ofMinutes(15 + random.nextInt(120)));
            String encounterId = Ids.of(seed, index, "encounter", v);
            String conditionId = Ids.of(seed, index, "condition", v);
            encounters.add(new Encounter(encounterId, id, pick(random, EncounterClass.values()), start, end,
                    sparse || v % 2 == 1 ? Optional.empty() : Optional.of(conditionId), "Dr. Who, MD",
                    "General Hospital"));
            LocalDate day = LocalDate.ofInstant(start, ZoneOffset.UTC);
            if (v % 2 == 0) {
                conditions.add(new Condition(conditionId, id, encounterId, "hypertension", "Hypertension",
                        HYPERTENSION_ICD, HYPERTENSION_SCT, v == 0, v == 0 ? ClinicalStatus.ACTIVE
                        : ClinicalStatus.RESOLVED, day, v == 0 ? Optional.empty() : Optional.of(day.plusDays(30))));
                medications.add(new Medication(Ids.of(seed, index, "medication", v), id, encounterId, conditionId,
                        "lisinopril", LISINOPRIL, sparse ? Optional.empty()
                        : Optional.of(Code.of(CodeSystem.NDC, "00093-7339-01", "lisinopril")), "10 mg", "once daily",
                        day, sparse ? Optional.empty() : Optional.of(day.plusDays(90)),
                        sparse ? MedicationStatus.ACTIVE : MedicationStatus.COMPLETED));
            }
            for (int o = 0; o < 6; o++) {
                observations.add(observation(seed, index, random, id, encounterId, v * 6 + o, start, sparse));
            }
            procedures.add(new Procedure(Ids.of(seed, index, "procedure", v), id, encounterId, EXAM,
                    start.plusSeconds(60), sparse ? Optional.empty() : Optional.of(conditionId)));
            if (v % 3 == 0) {
                immunizations.add(new Immunization(Ids.of(seed, index, "immunization", v), id, encounterId, FLU,
                        start.plusSeconds(120)));
            }
        }
        List<Allergy> allergies = index % 4 == 0 ? List.of() : List.of(new Allergy(Ids.of(seed, index, "allergy", 0),
                id, encounters.get(0).id(), PEANUT, AllergyCategory.FOOD, HIVES, "moderate", birth.plusYears(3)));
        Optional<Death> death = index % 7 == 3 && !conditions.isEmpty()
                ? Optional.of(new Death(id, encounters.get(visits - 1).end().plusSeconds(3600),
                        conditions.get(0).id(), HYPERTENSION_ICD))
                : Optional.empty();
        List<FamilyMemberHistory> family = List.of(new FamilyMemberHistory(Ids.of(seed, index, "family", 0), id, "MTH",
                "Hypertension", HYPERTENSION_ICD, HYPERTENSION_SCT,
                sparse ? Optional.empty() : Optional.of(40 + random.nextInt(30))));
        return new Patient(id, index, demographics, social, encounters, conditions, medications, allergies, procedures,
                immunizations, observations, death, family);
    }

    private static Observation observation(long seed, long index, SplittableRandom random, String patientId,
            String encounterId, int ordinal, Instant start, boolean sparse) {
        boolean vital = ordinal % 2 == 0;
        BigDecimal value = vital ? BigDecimal.valueOf(90 + random.nextInt(80))
                : BigDecimal.valueOf(40 + random.nextInt(60), 1);
        return new Observation(Ids.of(seed, index, "observation", ordinal), patientId, encounterId,
                vital ? ObservationCategory.VITAL_SIGNS : ObservationCategory.LABORATORY, vital ? SYSTOLIC : HBA1C,
                value, vital ? "mm[Hg]" : "%", start.plusSeconds(300 + ordinal),
                sparse ? Optional.empty() : Optional.of(vital ? BigDecimal.valueOf(90) : new BigDecimal("4.0")),
                sparse ? Optional.empty() : Optional.of(vital ? BigDecimal.valueOf(120) : new BigDecimal("5.6")),
                sparse ? Optional.empty() : Optional.of("N"),
                vital && !sparse ? Optional.of(BP_PANEL) : Optional.empty(),
                vital && !sparse ? Optional.of(Ids.of(seed, index, "panel", ordinal)) : Optional.empty());
    }

    private static <E> E pick(SplittableRandom random, E[] values) {
        return values[random.nextInt(values.length)];
    }
}

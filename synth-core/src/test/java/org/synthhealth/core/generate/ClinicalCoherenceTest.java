package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.AgeBand;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.generate.codes.Drug;
import org.synthhealth.core.generate.codes.Drugs;
import org.synthhealth.core.model.Allergy;
import org.synthhealth.core.model.Condition;
import org.synthhealth.core.model.Immunization;
import org.synthhealth.core.model.Medication;
import org.synthhealth.core.model.Observation;
import org.synthhealth.core.model.Patient;

/** What a clinician reading the records expects: treatments, results and vaccines that fit the patient. */
class ClinicalCoherenceTest {

    private final List<Patient> patients = SampleCohort.patients();

    @Test
    void everyMedicationTreatsAConditionThePatientAlreadyHas() {
        long count = 0;
        for (Patient p : patients) {
            for (Medication m : p.medications()) {
                count++;
                Optional<Condition> treated = p.condition(m.conditionId());
                assertThat(treated).as("condition of %s", m.id()).isPresent();
                assertThat(m.startDate()).as(m.name()).isAfterOrEqualTo(treated.get().onsetDate());
                Set<String> allowed = drugsThatMayTreat(treated.get().key());
                assertThat(allowed).as("%s for %s", m.name(), treated.get().key()).contains(m.rxnorm().code());
                assertThat(m.ndc()).as("no NDC in codes.md is verified").isEmpty();
            }
        }
        assertThat(count).as("medications in the cohort").isGreaterThan(5_000);
    }

    /**
     * The codes of the drugs in the condition's regimens, of the course given for its exacerbations and of the
     * substitutes that may stand in for them.
     */
    static Set<String> drugsThatMayTreat(String conditionKey) {
        Set<String> codes = new HashSet<>();
        List<Drug> planned = new ArrayList<>(Drugs.regimensFor(conditionKey).stream().flatMap(List::stream).toList());
        Drugs.forExacerbation(conditionKey).ifPresent(planned::add);
        for (Drug first : planned) {
            for (Optional<Drug> d = Optional.of(first); d.isPresent(); d = Drugs.substituteFor(d.get())) {
                codes.add(d.get().rxnorm().code());
            }
        }
        return codes;
    }

    @Test
    void noPatientTakesADrugOfAClassTheyAreAllergicToOnOrAfterTheAllergy() {
        Map<String, Set<String>> classes = Map.of(
                "373270004", Set.of("308191", "308189", "309113"),
                "387406002", Set.of("310798", "313988", "198335", "313134"));
        long sulfonamideAllergic = 0;
        for (Patient p : patients) {
            for (Allergy a : p.allergies()) {
                Set<String> ruledOut = classes.getOrDefault(a.substance().code(), Set.of());
                sulfonamideAllergic += a.substance().code().equals("387406002") ? 1 : 0;

                assertThat(p.medications()).as("drugs of patient %d allergic to %s since %s (seed %d)", p.index(),
                        a.substance().display(), a.onsetDate(), SampleCohort.SPEC.seed().orElseThrow())
                        .noneMatch(m -> ruledOut.contains(m.rxnorm().code())
                                && !m.startDate().isBefore(a.onsetDate()));
            }
        }
        assertThat(sulfonamideAllergic).as("patients with a sulfonamide allergy").isGreaterThan(100);
    }

    @Test
    void patientsAllergicToPenicillinNeverGetAmoxicillin() {
        for (Patient p : patients) {
            boolean allergic = p.allergies().stream().anyMatch(a -> a.substance().code().equals("373270004"));
            if (allergic) {
                assertThat(p.medications()).noneMatch(m -> m.rxnorm().code().equals("308191")
                        || m.rxnorm().code().equals("308189"));
            }
        }
    }

    @Test
    void hba1cInTheDiabeticRangeOnlyForDiabeticsAndEveryDiabeticHasOne() {
        for (Patient p : patients) {
            Optional<LocalDate> onset = onset(p, "diabetes");
            for (Observation o : results(p, "4548-4")) {
                LocalDate day = LocalDate.ofInstant(o.effective(), ZoneOffset.UTC);
                boolean diabetic = onset.isPresent() && !day.isBefore(onset.get());
                assertThat(o.value().compareTo(new BigDecimal("6.5")) >= 0).as("HbA1c %s of %s", o.value(), p.id())
                        .isEqualTo(diabetic);
                assertThat(o.interpretation()).contains(o.value().compareTo(new BigDecimal("5.6")) > 0 ? "H" : "N");
            }
            if (onset.isPresent()) {
                assertThat(results(p, "4548-4")).as("HbA1c of diabetic %s", p.id()).isNotEmpty();
            }
        }
    }

    @Test
    void hyperlipidemiaShowsInTheLipidPanelAndOnlyThere() {
        for (Patient p : patients) {
            Optional<LocalDate> onset = onset(p, "hyperlipidemia");
            for (Observation o : results(p, "2093-3")) {
                LocalDate day = LocalDate.ofInstant(o.effective(), ZoneOffset.UTC);
                boolean high = onset.isPresent() && !day.isBefore(onset.get());
                assertThat(o.value().intValue() >= 240).as("cholesterol %s of %s", o.value(), p.id())
                        .isEqualTo(high);
            }
            if (onset.isPresent()) {
                assertThat(results(p, "2093-3")).as("lipids of %s", p.id()).isNotEmpty();
            }
        }
    }

    /**
     * Stage 3 is an eGFR of 30-59 ({@code KidneyFunctionTest}); an older woman's creatinine there can lie inside the
     * reference range, so some results of CKD patients are normal, but most are high and none is low.
     */
    @Test
    void creatinineIsHighOnlyWithChronicKidneyDiseaseAndMostlyHighWithIt() {
        long kidneyResults = 0;
        long high = 0;
        for (Patient p : patients) {
            Optional<LocalDate> onset = onset(p, "ckd");
            for (Observation o : results(p, "2160-0")) {
                LocalDate day = LocalDate.ofInstant(o.effective(), ZoneOffset.UTC);
                boolean kidney = onset.isPresent() && !day.isBefore(onset.get());
                assertThat(o.interpretation()).as("creatinine %s of %s", o.value(), p.id())
                        .hasValueSatisfying(flag -> assertThat(flag).isIn(kidney ? List.of("H", "N") : List.of("N")));
                if (kidney) {
                    kidneyResults++;
                    high += o.interpretation().orElseThrow().equals("H") ? 1 : 0;
                }
            }
        }
        assertThat((double) high / kidneyResults).as("share of high creatinine with CKD, of %d", kidneyResults)
                .isGreaterThan(0.8);
    }

    @Test
    void childrensLabResultsAreNormalForTheirAgeAndJudgedByItsRanges() {
        Set<String> childLabs = Set.of("2160-0", "718-7", "2345-7", "2823-3", "2951-2");
        long checked = 0;
        long newborns = 0;
        for (Patient p : childHeavyCohort()) {
            for (Observation o : p.observations()) {
                String code = o.code().code();
                LocalDate day = LocalDate.ofInstant(o.effective(), ZoneOffset.UTC);
                int age = p.ageOn(day);
                if (age >= 18 || !childLabs.contains(code)) {
                    continue;
                }
                long days = ChronoUnit.DAYS.between(p.demographics().birthDate(), day);
                double low = o.referenceLow().orElseThrow().doubleValue();
                double high = o.referenceHigh().orElseThrow().doubleValue();
                String what = code + " " + o.value() + " [" + low + ", " + high + "] at " + days + " days of " + p.id();
                assertThat(o.value().doubleValue()).as(what).isBetween(low, high);
                assertThat(o.interpretation()).as(what).contains("N");
                switch (code) {
                    // An adult's creatinine (0.6-1.3) would read as kidney failure in a small child.
                    case "2160-0" -> assertThat(high).as(what).isLessThanOrEqualTo(days < 7 ? 1.0 : age < 10 ? 0.57
                            : 1.0);
                    // A newborn's hemoglobin is far above an adult's; a toddler's below it.
                    case "718-7" -> assertThat(low).as(what).isBetween(days < 28 ? 13.0 : 9.0, days < 28 ? 15.0
                            : age < 12 ? 11.5 : 13.0);
                    case "2345-7" -> assertThat(low).as(what).isEqualTo(days < 28 ? 50.0 : 70.0);
                    case "2951-2" -> assertThat(low).as(what).isEqualTo(136.0);
                    default -> assertThat(high).as(what).isEqualTo(days < 28 ? 5.9 : days < 365 ? 5.3 : 5.1);
                }
                newborns += days < 28 ? 1 : 0;
                checked++;
            }
        }
        assertThat(checked).as("children's lab results").isGreaterThan(200);
        // No acute illness begins before 28 days of age, so no newborn comes to hospital ill and has blood drawn, and
        // the birth stay records no laboratory result; the neonatal ranges above wait for a newborn's admission.
        assertThat(newborns).as("results in the first four weeks").isZero();
    }

    /** Children only, so that the few labs of the first weeks of life occur often enough to test. */
    private static List<Patient> childHeavyCohort() {
        Map<AgeBand, Double> children = new LinkedHashMap<>();
        children.put(new AgeBand(0, 1), 0.5);
        children.put(new AgeBand(2, 17), 0.5);
        return Cohort.generate(CohortSpec.builder().patients(3_000).seed(11).referenceDate(SampleCohort.REFERENCE)
                .ageDistribution(children).build()).patients();
    }

    @Test
    void bloodPressureComesAsTwoComponentsSharingAPanel() {
        for (Patient p : patients) {
            Map<String, List<Observation>> byPanel = p.observations().stream()
                    .filter(o -> o.panel().map(c -> c.code().equals("85354-9")).orElse(false))
                    .collect(Collectors.groupingBy(o -> o.panelId().orElseThrow()));
            byPanel.values().forEach(pair -> {
                assertThat(pair).extracting(o -> o.code().code()).containsExactlyInAnyOrder("8480-6", "8462-4");
                assertThat(pair.get(0).encounterId()).isEqualTo(pair.get(1).encounterId());
                assertThat(pair).allSatisfy(o -> assertThat(o.unit()).isEqualTo("mm[Hg]"));
            });
        }
    }

    @Test
    void vitalsArePlausibleForAgeAndSex() {
        for (Patient p : patients) {
            for (Observation o : p.observations()) {
                double age = ChronoUnit.DAYS.between(p.demographics().birthDate(),
                        LocalDate.ofInstant(o.effective(), ZoneOffset.UTC)) / 365.25;
                double v = o.value().doubleValue();
                switch (o.code().code()) {
                    case "8302-2" -> assertThat(v).as("height at %.1f", age).isBetween(age < 1 ? 40 : 60.0,
                            age < 2 ? 100 : 215.0);
                    case "29463-7" -> assertThat(v).as("weight at %.1f", age).isBetween(age < 1 ? 2 : 7.0,
                            age < 2 ? 20 : 250.0);
                    case "8480-6" -> {
                        assertThat(age).as("blood pressure age").isGreaterThanOrEqualTo(3);
                        assertThat(v).isBetween(80.0, 180.0);
                    }
                    case "8867-4" -> assertThat(v).isBetween(age < 1 ? 100 : 50.0, age < 1 ? 170 : 140.0);
                    case "59408-5" -> assertThat(v).isBetween(85.0, 100.0);
                    case "8310-5" -> assertThat(v).isBetween(35.5, 40.0);
                    default -> {
                    }
                }
            }
        }
    }

    @Test
    void adultsWithoutHypertensionHaveNormalBloodPressure() {
        for (Patient p : patients) {
            Optional<LocalDate> onset = onset(p, "hypertension");
            for (Observation o : p.observations()) {
                LocalDate day = LocalDate.ofInstant(o.effective(), ZoneOffset.UTC);
                boolean hypertensive = onset.isPresent() && !day.isBefore(onset.get());
                if (!hypertensive && o.code().code().equals("8480-6")) {
                    assertThat(o.value().intValue()).as("systolic of %s", p.id()).isLessThan(130);
                }
                if (!hypertensive && o.code().code().equals("8462-4")) {
                    assertThat(o.value().intValue()).as("diastolic of %s", p.id()).isLessThan(80);
                }
            }
        }
    }

    @Test
    void bodyMassIndexAgreesWithObesityInAdults() {
        for (Patient p : patients) {
            Optional<LocalDate> onset = onset(p, "obesity");
            for (Observation o : results(p, "39156-5")) {
                LocalDate day = LocalDate.ofInstant(o.effective(), ZoneOffset.UTC);
                if (ChronoUnit.YEARS.between(p.demographics().birthDate(), day) < 18) {
                    continue;
                }
                boolean obese = onset.isPresent() && !day.isBefore(onset.get());
                assertThat(o.value().doubleValue() >= 30).as("BMI %s of %s", o.value(), p.id()).isEqualTo(obese);
            }
        }
    }

    @Test
    void immunizationsFollowTheScheduleForAge() {
        for (Patient p : patients) {
            for (Immunization i : p.immunizations()) {
                LocalDate day = LocalDate.ofInstant(i.occurred(), ZoneOffset.UTC);
                long months = ChronoUnit.MONTHS.between(p.demographics().birthDate(), day);
                long years = months / 12;
                String what = i.vaccine().code() + " at " + months + " months for " + p.id();
                switch (i.vaccine().code()) {
                    case "08" -> assertThat(months).as(what).isBetween(0L, 7L);
                    case "03", "21" -> assertThat(months).as(what).isBetween(12L, 72L);
                    case "115" -> assertThat(years).as(what).isBetween(11L, 12L);
                    case "62", "165" -> assertThat(years).as(what).isBetween(11L, 13L);
                    case "140", "150" -> assertThat(months).as(what).isGreaterThanOrEqualTo(6L);
                    case "121", "187" -> assertThat(years).as(what).isGreaterThanOrEqualTo(50L);
                    case "133", "216", "33" -> assertThat(years).as(what).isGreaterThanOrEqualTo(65L);
                    case "113" -> assertThat(years).as(what).isGreaterThanOrEqualTo(18L);
                    case "208" -> assertThat(years).as(what).isGreaterThanOrEqualTo(12L);
                    case "213" -> assertThat(months).as(what).isBetween(6L, 12 * 12L - 1);
                    default -> throw new AssertionError("unexpected vaccine " + what);
                }
            }
        }
    }

    @Test
    void youngChildrenGetTheirFirstHepatitisBDoseAndMmr() {
        long children = patients.stream().filter(p -> p.ageOn(SampleCohort.REFERENCE) >= 2
                && p.ageOn(SampleCohort.REFERENCE) < 18).count();
        long withMmr = patients.stream().filter(p -> p.ageOn(SampleCohort.REFERENCE) >= 2
                && p.ageOn(SampleCohort.REFERENCE) < 18)
                .filter(p -> p.immunizations().stream().anyMatch(i -> i.vaccine().code().equals("03"))).count();
        assertThat((double) withMmr / children).as("children 2-17 with MMR").isGreaterThan(0.85);
    }

    @Test
    void conditionsBelongToTheirAgeGroup() {
        Set<String> adultOnly = Set.of("hypertension", "diabetes", "hyperlipidemia", "copd", "heart_disease",
                "ckd", "atrial_fibrillation", "heart_failure", "nicotine_dependence");
        for (Patient p : patients) {
            for (Condition c : p.conditions()) {
                long age = ChronoUnit.YEARS.between(p.demographics().birthDate(), c.onsetDate());
                if (adultOnly.contains(c.key())) {
                    assertThat(age).as("%s onset age of %s", c.key(), p.id()).isGreaterThanOrEqualTo(18);
                }
            }
        }
        long pediatricAsthma = patients.stream().filter(p -> p.ageOn(SampleCohort.REFERENCE) < 18)
                .filter(p -> p.conditions().stream().anyMatch(c -> c.key().equals("asthma"))).count();
        assertThat(pediatricAsthma).as("children with asthma").isPositive();
    }

    @Test
    void deathCarriesACauseFromThePatientsConditions() {
        for (Patient p : patients) {
            p.death().ifPresent(d -> {
                Optional<Condition> cause = p.condition(d.causeConditionId());
                assertThat(cause).as("cause of death of %s", p.id()).isPresent();
                assertThat(d.cause()).isEqualTo(cause.get().icd10());
                assertThat(cause.get().onsetDate()).isBeforeOrEqualTo(LocalDate.ofInstant(d.dateTime(),
                        ZoneOffset.UTC));
            });
        }
    }

    @Test
    void deathsAreMoreCommonInOlderPatients() {
        double young = deathRate(0, 40);
        double old = deathRate(75, 120);
        assertThat(old).as("death rate 75+ vs under 40 (%.4f)", young).isGreaterThan(10 * young + 0.01);
    }

    @Test
    void currentSmokersAreTheOnlyOnesWithNicotineDependence() {
        for (Patient p : patients) {
            if (p.conditions().stream().anyMatch(c -> c.key().equals("nicotine_dependence"))) {
                assertThat(p.socialHistory().smoking().name()).isEqualTo("CURRENT");
            }
        }
    }

    private double deathRate(int from, int to) {
        List<Patient> group = patients.stream().filter(p -> p.ageOn(SampleCohort.REFERENCE) >= from
                && p.ageOn(SampleCohort.REFERENCE) < to).toList();
        return (double) group.stream().filter(Patient::isDeceased).count() / group.size();
    }

    private static Optional<LocalDate> onset(Patient p, String key) {
        return p.conditions().stream().filter(c -> c.key().equals(key)).map(Condition::onsetDate).findFirst();
    }

    private static List<Observation> results(Patient p, String loinc) {
        return p.observations().stream().filter(o -> o.code().code().equals(loinc)).toList();
    }

}

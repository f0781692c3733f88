package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.model.Condition;
import org.synthhealth.core.model.Patient;
import org.synthhealth.core.model.Sex;

/**
 * An adult's creatinine reads as a clinician would read it, through the eGFR a laboratory reports (CKD-EPI 2021,
 * without race, for the age and sex on the day): in stage 3 (30 to under 60) from a CKD stage 3 diagnosis on, and 60
 * or more without one. The equation is written out here again so that the test does not lean on the engine's.
 */
class KidneyFunctionTest {

    private static final String CREATININE = "2160-0";
    private static final String CKD_STAGE_3 = "N18.30";

    private final List<Patient> patients = SampleCohort.patients();

    @Test
    void everyCreatinineAfterACkdStage3DiagnosisGivesAnEgfrInStage3() {
        int checked = 0;
        for (Patient p : patients) {
            Optional<LocalDate> onset = onset(p);
            for (Result r : adultCreatinines(p)) {
                if (onset.isPresent() && !r.day.isBefore(onset.get())) {
                    assertThat(r.egfr).as("eGFR of creatinine %s mg/dL, %s aged %d on %s, CKD stage 3 since %s (%s)",
                            r.creatinine, p.demographics().sex(), r.age, r.day, onset.get(), p.id())
                            .isGreaterThanOrEqualTo(30).isLessThan(60);
                    checked++;
                }
            }
        }
        assertThat(checked).as("creatinine results of patients with CKD stage 3").isGreaterThan(1_000);
    }

    @Test
    void noAdultWithoutAckdDiagnosisHasAnEgfrBelow60() {
        int checked = 0;
        for (Patient p : patients) {
            Optional<LocalDate> onset = onset(p);
            for (Result r : adultCreatinines(p)) {
                if (onset.isEmpty() || r.day.isBefore(onset.get())) {
                    assertThat(r.egfr).as("eGFR of creatinine %s mg/dL, %s aged %d on %s, no CKD diagnosis (%s)",
                            r.creatinine, p.demographics().sex(), r.age, r.day, p.id()).isGreaterThanOrEqualTo(60);
                    checked++;
                }
            }
        }
        assertThat(checked).as("creatinine results of adults without CKD").isGreaterThan(10_000);
    }

    /** The creatinine that confirms the diagnosis is drawn at the visit that makes it, whenever the last one was. */
    @Test
    void everyCkdStage3DiagnosisHasACreatinineAtItsVisit() {
        List<String> without = new ArrayList<>();
        int diagnoses = 0;
        for (Patient p : patients) {
            for (Condition c : p.conditions()) {
                if (c.icd10().code().equals(CKD_STAGE_3)) {
                    diagnoses++;
                    boolean drawn = p.observations().stream().anyMatch(o -> o.code().code().equals(CREATININE)
                            && o.encounterId().equals(c.encounterId()));
                    if (!drawn) {
                        without.add(c.id() + " of " + p.id() + " on " + c.onsetDate());
                    }
                }
            }
        }
        assertThat(without).as("CKD stage 3 diagnoses without a creatinine at their visit").isEmpty();
        assertThat(diagnoses).isGreaterThan(100);
    }

    private record Result(LocalDate day, int age, double creatinine, double egfr) {
    }

    private static List<Result> adultCreatinines(Patient p) {
        boolean female = p.demographics().sex() != Sex.MALE;
        LocalDate birth = p.demographics().birthDate();
        return p.observations().stream().filter(o -> o.code().code().equals(CREATININE)).map(o -> {
            LocalDate day = LocalDate.ofInstant(o.effective(), ZoneOffset.UTC);
            int age = (int) ChronoUnit.YEARS.between(birth, day);
            double creatinine = o.value().doubleValue();
            return new Result(day, age, creatinine, egfr(creatinine, age, female));
        }).filter(r -> r.age >= 18).toList();
    }

    private static Optional<LocalDate> onset(Patient p) {
        return p.conditions().stream().filter(c -> c.icd10().code().equals(CKD_STAGE_3)).map(Condition::onsetDate)
                .min(LocalDate::compareTo);
    }

    /** CKD-EPI 2021: 142 x min(Scr/k,1)^a x max(Scr/k,1)^-1.2 x 0.9938^age x 1.012 if female. */
    private static double egfr(double creatinine, int age, boolean female) {
        double k = female ? 0.7 : 0.9;
        double a = female ? -0.241 : -0.302;
        double ratio = creatinine / k;
        return 142 * Math.pow(Math.min(ratio, 1), a) * Math.pow(Math.max(ratio, 1), -1.2) * Math.pow(0.9938, age)
                * (female ? 1.012 : 1);
    }
}

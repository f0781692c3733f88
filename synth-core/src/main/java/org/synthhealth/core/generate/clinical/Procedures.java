package org.synthhealth.core.generate.clinical;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.synthhealth.core.generate.codes.Snomed;
import org.synthhealth.core.model.Code;
import org.synthhealth.core.model.Procedure;
import org.synthhealth.core.model.Sex;

/**
 * Procedures, coded in SNOMED CT: the planned ones (colonoscopy screening, an ECG or echocardiogram when heart disease
 * is diagnosed, a chest X-ray for pneumonia), depression screening at wellness visits from age 12, mammography for
 * women 50 to 74 (at most once in eleven months), and medication reconciliation at follow-ups and admissions of
 * patients who take medications.
 */
final class Procedures {

    /**
     * The fewest months between screening mammograms: USPSTF (2016) advises one every two years from 50 to 74 and many
     * women have one yearly, so a mammogram comes at a wellness visit at least eleven months after the last.
     */
    private static final int MAMMOGRAPHY_GAP_MONTHS = 11;

    private Procedures() {
    }

    static void record(Recorder rec, Visit visit, SplittableRandom random) {
        Chart chart = rec.chart;
        int age = chart.age(visit.date());
        long minute = 10;
        for (Code code : visit.procedures) {
            Diagnosis reason = code.equals(Snomed.COLONOSCOPY) ? null : visit.reason;
            rec.perform(visit, code, visit.plusMinutes(minute), reason);
            minute += 5;
        }
        if (visit.purpose == Purpose.WELLNESS) {
            if (age >= 12 && random.nextDouble() < 0.5) {
                rec.perform(visit, Snomed.DEPRESSION_SCREENING, visit.plusMinutes(minute), null);
            }
            if (chart.demographics.sex() == Sex.FEMALE && age >= 50 && age <= 74 && random.nextDouble() < 0.45
                    && mammogramDue(rec, visit)) {
                rec.perform(visit, Snomed.MAMMOGRAPHY, visit.plusMinutes(minute + 5), null);
            }
        } else if ((visit.purpose == Purpose.FOLLOW_UP || visit.purpose == Purpose.INPATIENT
                || visit.purpose == Purpose.TERMINAL) && Prescriber.onMedication(rec, visit.date())
                && random.nextDouble() < 0.6) {
            rec.perform(visit, Snomed.MEDICATION_RECONCILIATION, visit.plusMinutes(minute), null);
        }
    }

    /**
     * Whether screening mammography is due: every one to two years, so not within eleven months of the last one.
     * Visits are recorded in time order, so the last mammogram recorded is the latest before this visit.
     */
    private static boolean mammogramDue(Recorder rec, Visit visit) {
        for (int i = rec.procedures.size() - 1; i >= 0; i--) {
            Procedure done = rec.procedures.get(i);
            if (done.code().equals(Snomed.MAMMOGRAPHY)) {
                LocalDate last = LocalDate.ofInstant(done.performed(), ZoneOffset.UTC);
                return !visit.date().isBefore(last.plusMonths(MAMMOGRAPHY_GAP_MONTHS));
            }
        }
        return true;
    }
}

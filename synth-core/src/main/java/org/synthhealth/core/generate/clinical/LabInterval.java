package org.synthhealth.core.generate.clinical;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import org.synthhealth.core.generate.codes.Loinc;
import org.synthhealth.core.model.Code;
import org.synthhealth.core.model.Observation;

/**
 * The fewest days between two draws of a laboratory test at the clinic. A wellness visit and a follow-up can fall
 * days apart, and each would otherwise draw: an HbA1c that moves a point and a half in three days reads as a bad
 * record, since the test reflects about three months of glucose.
 *
 * <p>A clinic draw (wellness, diagnosis or follow-up visit) is skipped when the same test was drawn fewer than
 * {@link #minDays()} days before, at any visit, unless the visit diagnoses a condition the test confirms. A draw that
 * is not the one confirming a diagnosis also gives way to a visit within that span that diagnoses a condition the
 * test confirms (diabetes for HbA1c, for example), so the confirming result is the one in the record. The emergency
 * department and the wards draw whatever came before: an admission does not wait for an interval.
 */
enum LabInterval {

    /**
     * HbA1c: 90 days. It reflects the last two to three months, and the ADA Standards of Care test it at most
     * quarterly (when treatment changed or the goal is missed), twice a year when at goal.
     */
    HBA1C(90, Loinc.HBA1C, Set.of("diabetes")),

    /**
     * Lipid panel: 42 days. A statin's effect is checked 4 to 12 weeks after it starts (ACC/AHA 2018 cholesterol
     * guideline); six weeks is the shortest repeat the engine gives.
     */
    LIPID_PANEL(42, Loinc.CHOLESTEROL, Set.of("hyperlipidemia")),

    /**
     * The metabolic tests (glucose, creatinine, sodium, potassium) at the clinic: 30 days. Kidney function in stage 3
     * CKD is followed once to a few times a year (KDIGO 2012), and a follow-up for diabetes, heart failure or
     * hypertension needs no second set within a month of the last.
     */
    METABOLIC(30, Loinc.GLUCOSE, Set.of("ckd", "diabetes", "heart_failure")),

    /**
     * INR on warfarin: 28 days. Once the dose is stable the INR is checked every 4 to 12 weeks (CHEST 2012 allows up
     * to 12); the engine models no dose finding, whose checks come days apart, so four weeks is its shortest repeat.
     * Unlike the others it is drawn at any outpatient visit, urgent or planned ({@link InrChecks}).
     */
    INR(28, Loinc.INR, Set.of());

    private final int minDays;
    private final Code marker;
    private final Set<String> confirms;

    LabInterval(int minDays, Code marker, Set<String> confirms) {
        this.minDays = minDays;
        this.marker = marker;
        this.confirms = confirms;
    }

    /** The fewest days from one draw of the test to the next at the clinic. */
    int minDays() {
        return minDays;
    }

    /**
     * Whether the clinic visit may draw the test: not within {@link #minDays()} of the last draw, and, unless the
     * visit itself diagnoses a condition the test confirms, not within that span before a visit that does.
     */
    boolean allows(Recorder rec, Visit visit) {
        if (confirmsDiagnosisAt(visit)) {
            // The result that confirms a diagnosis is always drawn, even days after another diagnosis's draw of the
            // same test (a CKD diagnosis two weeks after a diabetes one): a diagnosis without its result misleads.
            return true;
        }
        LocalDate date = visit.date();
        Optional<LocalDate> last = lastDrawn(rec);
        if (last.isPresent() && ChronoUnit.DAYS.between(last.get(), date) < minDays) {
            return false;
        }
        return !confirmingVisitAhead(rec.chart, visit);
    }

    /** The day of the last draw of the test recorded so far; visits are recorded in time order. */
    private Optional<LocalDate> lastDrawn(Recorder rec) {
        for (int i = rec.observations.size() - 1; i >= 0; i--) {
            Observation o = rec.observations.get(i);
            if (o.code().equals(marker)) {
                return Optional.of(LocalDate.ofInstant(o.effective(), ZoneOffset.UTC));
            }
        }
        return Optional.empty();
    }

    private boolean confirmsDiagnosisAt(Visit visit) {
        return visit.purpose == Purpose.DIAGNOSIS && visit.reason != null && visit.reason.diagnosedAt == visit
                && confirms.contains(visit.reason.key());
    }

    private boolean confirmingVisitAhead(Chart chart, Visit visit) {
        LocalDate until = visit.date().plusDays(minDays);
        for (Visit other : chart.visits) {
            if (other.start.isAfter(visit.start) && other.date().isBefore(until) && confirmsDiagnosisAt(other)) {
                return true;
            }
        }
        return false;
    }
}

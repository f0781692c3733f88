package org.synthhealth.core.generate.clinical;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.synthhealth.core.generate.codes.Loinc;
import org.synthhealth.core.generate.codes.TherapeuticClass;
import org.synthhealth.core.model.Medication;
import org.synthhealth.core.model.ObservationCategory;

/**
 * The INR of a patient on warfarin, checked at any clinic visit (wellness or outpatient, whatever its reason) no closer
 * than {@link LabInterval#INR} (28 days) to the last check, so a patient seen at least every twelve weeks has an INR at
 * least that often. Nobody else has one, and the engine orders no coagulation tests in the emergency department or on
 * the wards.
 *
 * <p>The target for atrial fibrillation is 2.0 to 3.0, and patients spend about 60 to 65 % of their time there: about
 * 62 % of results fall in that range, 23 % between 1.5 and 2.0 and 15 % between 3.1 and 4.0. The reference range is
 * the one a laboratory prints, 0.9 to 1.1 for a person not anticoagulated, not the treatment target, so a result on
 * warfarin is flagged H, as a laboratory report flags it.
 */
final class InrChecks {

    private static final double NORMAL_LOW = 0.9;
    private static final double NORMAL_HIGH = 1.1;

    private InrChecks() {
    }

    /**
     * Records an INR at a clinic visit (the caller checks the class) when the patient was already on warfarin and the
     * interval allows.
     */
    static void record(Recorder rec, Visit visit, Instant at, SplittableRandom random) {
        if (!onWarfarin(rec, visit.date()) || !LabInterval.INR.allows(rec, visit)) {
            return;
        }
        double u = random.nextDouble();
        double value = u < 0.62 ? 2.0 + random.nextDouble() : u < 0.85 ? 1.5 + 0.45 * random.nextDouble()
                : 3.1 + 0.9 * random.nextDouble();
        rec.observe(visit, ObservationCategory.LABORATORY, Loinc.INR, value, 1, "{INR}", at, NORMAL_LOW, NORMAL_HIGH,
                null, rec.newPanelId());
    }

    /**
     * Whether a vitamin K antagonist started before {@code date} is still taken that day; one started at this visit
     * is not yet in the record, and its first check belongs to a later visit.
     */
    private static boolean onWarfarin(Recorder rec, LocalDate date) {
        for (Medication m : rec.medications) {
            boolean vka = TherapeuticClass.ofRxnorm(m.rxnorm().code())
                    .filter(c -> c == TherapeuticClass.VITAMIN_K_ANTAGONIST).isPresent();
            if (vka && m.startDate().isBefore(date) && m.endDate().map(e -> e.isAfter(date)).orElse(true)) {
                return true;
            }
        }
        return false;
    }
}

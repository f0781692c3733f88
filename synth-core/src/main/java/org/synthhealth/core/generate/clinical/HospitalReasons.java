package org.synthhealth.core.generate.clinical;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Chooses why a patient comes to the emergency department or is admitted. A chronic condition qualifies only when
 * its flare-ups or complications bring patients to hospital: asthma, COPD, heart failure, coronary disease, atrial
 * fibrillation, diabetes and CKD, and for the emergency department also a crisis of depression or anxiety. Obesity,
 * hyperlipidemia, nicotine dependence and uncomplicated hypertension never do: a visit for them belongs to the clinic.
 * A patient with none of the qualifying conditions comes instead with an acute illness of theirs that year (pneumonia,
 * a urinary tract infection or COVID-19, and for the emergency department also a sore throat), which is then
 * diagnosed there rather than at the clinic; a patient with neither has no such visit.
 */
final class HospitalReasons {

    private static final Set<String> ADMISSION_CAUSES = Set.of("asthma", "copd", "heart_failure", "heart_disease",
            "atrial_fibrillation", "diabetes", "ckd");
    private static final Set<String> EMERGENCY_ONLY_CAUSES = Set.of("depression", "anxiety");
    private static final Set<String> ACUTE_ADMISSION_CAUSES = Set.of("pneumonia", "uti", "covid19");
    private static final Set<String> ACUTE_EMERGENCY_ONLY_CAUSES = Set.of("pharyngitis", "strep_throat");

    private HospitalReasons() {
    }

    /**
     * A chronic condition diagnosed before {@code date} that brings the patient in, chosen at random among those the
     * patient has; empty when they have none.
     */
    static Optional<Diagnosis> chronic(Chart chart, LocalDate date, boolean admission, SplittableRandom random) {
        List<Diagnosis> candidates = new ArrayList<>();
        for (Diagnosis d : chart.chronicOn(date)) {
            boolean qualifies = ADMISSION_CAUSES.contains(d.key())
                    || (!admission && EMERGENCY_ONLY_CAUSES.contains(d.key()));
            if (qualifies && d.onset.isBefore(date)) {
                candidates.add(d);
            }
        }
        return candidates.isEmpty() ? Optional.empty()
                : Optional.of(candidates.get(random.nextInt(candidates.size())));
    }

    /**
     * An episode of an acute illness that brings patients to hospital, beginning in the year from {@code from} and so
     * far diagnosed at a clinic or urgent care visit; empty when the patient has none. Taking an episode the record
     * already holds keeps the yearly rates of these illnesses what the catalogue says.
     */
    static Optional<Diagnosis> acute(Chart chart, LocalDate from, boolean admission, SplittableRandom random) {
        LocalDate to = from.plusYears(1);
        List<Diagnosis> candidates = new ArrayList<>();
        for (Diagnosis d : chart.diagnoses) {
            boolean qualifies = ACUTE_ADMISSION_CAUSES.contains(d.key())
                    || (!admission && ACUTE_EMERGENCY_ONLY_CAUSES.contains(d.key()));
            if (qualifies && !d.onset.isBefore(from) && d.onset.isBefore(to)
                    && d.diagnosedAt != null && d.diagnosedAt.purpose == Purpose.ACUTE) {
                candidates.add(d);
            }
        }
        return candidates.isEmpty() ? Optional.empty()
                : Optional.of(candidates.get(random.nextInt(candidates.size())));
    }
}

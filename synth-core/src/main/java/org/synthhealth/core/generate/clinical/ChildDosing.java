package org.synthhealth.core.generate.clinical;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.synthhealth.core.generate.codes.Drug;
import org.synthhealth.core.generate.codes.Loinc;
import org.synthhealth.core.generate.codes.WeightDose;
import org.synthhealth.core.generate.codes.WeightDoses;
import org.synthhealth.core.model.Observation;

/**
 * Writes the dose of a drug for the patient at a visit. A fixed-dose drug keeps its catalogue dose; a suspension
 * dosed by weight ({@link WeightDoses}) takes the weight recorded at the same visit, which {@link Vitals} records
 * before the prescriptions and takes at every visit of a child, so the dose agrees with the weight in the record.
 * Takes no random draw.
 */
final class ChildDosing {

    private ChildDosing() {
    }

    /**
     * The dosage text of {@code drug} for the patient at {@code visit}; empty when it cannot be given: the child is
     * younger than the youngest age in months the dose is given at, or no weight was taken.
     */
    static Optional<String> dosage(Recorder rec, Visit visit, Drug drug) {
        Optional<WeightDose> rule = WeightDoses.of(drug);
        if (rule.isEmpty()) {
            return Optional.of(drug.dosage());
        }
        if (ChronoUnit.MONTHS.between(rec.chart.birth, visit.date()) < rule.get().fromMonths()) {
            return Optional.empty();
        }
        return weightAt(rec, visit).map(weight -> rule.get().text(weight));
    }

    /** The weight in kg recorded at {@code visit}, whose observations are the last ones recorded so far. */
    private static Optional<BigDecimal> weightAt(Recorder rec, Visit visit) {
        for (int i = rec.observations.size() - 1; i >= 0; i--) {
            Observation o = rec.observations.get(i);
            if (!o.encounterId().equals(visit.id)) {
                break;
            }
            if (o.code().equals(Loinc.WEIGHT)) {
                return Optional.of(o.value());
            }
        }
        return Optional.empty();
    }
}

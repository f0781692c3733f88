package org.synthhealth.core.generate.clinical;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.synthhealth.core.generate.codes.ConditionCatalogue;
import org.synthhealth.core.generate.codes.ConditionDefinition;
import org.synthhealth.core.model.FamilyMemberHistory;

/** Conditions of parents and siblings, as a patient reports them; common heritable conditions only. */
final class FamilyHistory {

    private static final List<String> RELATIVES = List.of("MTH", "FTH", "SIB");
    private static final List<String> KEYS = List.of("hypertension", "diabetes", "heart_disease", "hyperlipidemia",
            "asthma", "depression");
    private static final double[] CHANCE = {0.30, 0.12, 0.10, 0.12, 0.05, 0.05};

    private FamilyHistory() {
    }

    static void record(Recorder rec, SplittableRandom random) {
        for (String relative : RELATIVES) {
            double factor = relative.equals("SIB") ? 0.3 : 1.0;
            for (int i = 0; i < KEYS.size(); i++) {
                if (random.nextDouble() < CHANCE[i] * factor) {
                    ConditionDefinition def = ConditionCatalogue.get(KEYS.get(i));
                    Optional<Integer> onset = random.nextDouble() < 0.7
                            ? Optional.of(Math.max(def.minOnsetAge(), 30 + random.nextInt(40))) : Optional.empty();
                    if (def.key().equals("asthma") && onset.isPresent()) {
                        onset = Optional.of(3 + random.nextInt(20));
                    }
                    rec.familyHistory.add(new FamilyMemberHistory(rec.id("family", rec.familyHistory.size()),
                            rec.chart.patientId, relative, def.name(), def.icd10(), def.snomed(), onset));
                }
            }
        }
    }
}

package org.synthhealth.core.generate.clinical;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.synthhealth.core.generate.codes.ConditionCatalogue;
import org.synthhealth.core.generate.codes.ConditionDefinition;
import org.synthhealth.core.model.FamilyMemberHistory;

/**
 * Conditions of parents and siblings, as a patient reports them; common heritable conditions only.
 *
 * <p>Each relative is given an age that fits the patient's, as of the end of the patient's record (death or the
 * reference date): a parent is 18 to 44 years older, a sibling up to 8 years older or younger. A relative reports
 * only conditions of an age they have reached, and every onset lies before the relative's age; so a newborn's
 * parents have no coronary disease from their sixties. The chance of having had a condition grows with the square
 * of the share of its onset span the relative has lived through, as the prevalence of these conditions climbs
 * steeply with age, and onsets are drawn from the same curve.
 */
final class FamilyHistory {

    private static final List<String> RELATIVES = List.of("MTH", "FTH", "SIB");
    private static final List<String> KEYS = List.of("hypertension", "diabetes", "heart_disease", "hyperlipidemia",
            "asthma", "depression");
    /** The chance that a relative who has lived through the whole span of onsets has had the condition. */
    private static final double[] CHANCE = {0.30, 0.12, 0.10, 0.12, 0.05, 0.05};
    /** The first and last onset age drawn, per condition (childhood asthma; adult onset for the others). */
    private static final int[] FIRST_ONSET = {30, 30, 30, 30, 3, 30};
    private static final int[] LAST_ONSET = {69, 69, 69, 69, 22, 69};

    private FamilyHistory() {
    }

    static void record(Recorder rec, SplittableRandom random) {
        Chart chart = rec.chart;
        LocalDate end = chart.deathDate.orElse(chart.reference);
        int patientAge = Math.max(0, chart.age(end));
        for (String relative : RELATIVES) {
            boolean sibling = relative.equals("SIB");
            int relativeAge = sibling ? Math.max(0, patientAge - 8 + random.nextInt(17))
                    : patientAge + 18 + random.nextInt(27);
            double factor = sibling ? 0.3 : 1.0;
            for (int i = 0; i < KEYS.size(); i++) {
                ConditionDefinition def = ConditionCatalogue.get(KEYS.get(i));
                int first = Math.max(def.minOnsetAge(), FIRST_ONSET[i]);
                int last = Math.min(LAST_ONSET[i], relativeAge);
                double draw = random.nextDouble();
                if (last < first) {
                    continue;
                }
                int lived = last - first + 1;
                double share = lived / (double) (LAST_ONSET[i] - first + 1);
                if (draw < CHANCE[i] * factor * share * share) {
                    Optional<Integer> onset = random.nextDouble() < 0.7
                            ? Optional.of(first + (int) (lived * Math.sqrt(random.nextDouble()))) : Optional.empty();
                    rec.familyHistory.add(new FamilyMemberHistory(rec.id(Recorder.FAMILY, rec.familyHistory.size()),
                            chart.patientId, relative, def.name(), def.icd10(), def.snomed(), onset));
                }
            }
        }
    }
}

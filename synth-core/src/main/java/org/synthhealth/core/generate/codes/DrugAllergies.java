package org.synthhealth.core.generate.codes;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.synthhealth.core.model.Code;

/**
 * Which drugs of {@link Drugs} an allergy rules out: amoxicillin for a penicillin allergy; hydrochlorothiazide and
 * furosemide, which carry a sulfonamide group, for a sulfonamide allergy. Whether a sulfonamide antibiotic allergy
 * extends to these diuretics is debated; the engine takes the cautious reading a prescriber often takes.
 */
public final class DrugAllergies {

    private static final Map<Code, Set<Drug>> RULED_OUT = Map.of(
            Snomed.PENICILLIN, Set.of(Drugs.AMOXICILLIN_500),
            Snomed.SULFONAMIDE, Set.of(Drugs.HCTZ_25, Drugs.FUROSEMIDE_40));

    private DrugAllergies() {
    }

    /** Whether a patient allergic to {@code substance} (an allergy substance code) must not take {@code drug}. */
    public static boolean rulesOut(Code substance, Drug drug) {
        return RULED_OUT.getOrDefault(substance, Set.of()).contains(drug);
    }

    /** Whether any of {@code substances} rules out {@code drug}. */
    public static boolean rulesOut(List<Code> substances, Drug drug) {
        for (Code substance : substances) {
            if (rulesOut(substance, drug)) {
                return true;
            }
        }
        return false;
    }
}

package org.synthhealth.core.generate.codes;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.synthhealth.core.model.Code;

/**
 * Which drugs of {@link Drugs} an allergy rules out. A penicillin allergy rules out amoxicillin, and cephalexin too:
 * a cephalosporin with the same side chain as amoxicillin and ampicillin, the one a penicillin-allergic patient is
 * most often advised to avoid. A sulfonamide allergy rules out trimethoprim-sulfamethoxazole, a sulfonamide
 * antibiotic, and hydrochlorothiazide and furosemide, which carry a sulfonamide group. Whether a sulfonamide
 * antibiotic allergy extends to these diuretics is debated, as is how far a penicillin allergy extends to
 * cephalosporins; the engine takes the cautious reading a prescriber often takes.
 */
public final class DrugAllergies {

    private static final Map<Code, Set<Drug>> RULED_OUT = Map.of(
            Snomed.PENICILLIN, Set.of(Drugs.AMOXICILLIN_500, Drugs.AMOXICILLIN_SUSPENSION_PHARYNGITIS,
                    Drugs.AMOXICILLIN_SUSPENSION_PNEUMONIA, Drugs.CEPHALEXIN_SUSPENSION),
            Snomed.SULFONAMIDE, Set.of(Drugs.HCTZ_25, Drugs.FUROSEMIDE_40, Drugs.SMX_TMP_DS, Drugs.SMX_TMP_DS_MEN,
                    Drugs.SMX_TMP_SUSPENSION));

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

package org.synthhealth.core.generate.codes;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The weight-based dose of each oral suspension in {@link Drugs}, with the guideline it follows (see the regimens
 * there) and the youngest age it is given at. A suspension's strength is the one its RxNorm name states: amoxicillin
 * 80 mg/mL (400 mg/5 mL), azithromycin 40 mg/mL (200 mg/5 mL), cephalexin 50 mg/mL (250 mg/5 mL),
 * trimethoprim-sulfamethoxazole 8 mg/mL of trimethoprim (40 mg/200 mg per 5 mL), whose dose counts the trimethoprim.
 *
 * <p>The youngest ages: amoxicillin for pneumonia from 3 months (the IDSA/PIDS 2011 guideline covers children over 3
 * months, and the label caps younger infants at 30 mg/kg a day; a younger infant with pneumonia is admitted for
 * intravenous treatment, which the engine does not model, so goes without); azithromycin for pneumonia from 6 months
 * and for pharyngitis from 2 years (the ages its label gives for those uses); trimethoprim-sulfamethoxazole from 2
 * months (contraindicated below, by its label). Cephalexin and amoxicillin for strep throat need no limit here: the
 * engine diagnoses no UTI before 1 year and no strep throat before 3.
 */
public final class WeightDoses {

    private static final BigDecimal AMOXICILLIN = new BigDecimal("80");
    private static final BigDecimal AZITHROMYCIN = new BigDecimal("40");

    private static final Map<Drug, WeightDose> BY_DRUG = Map.of(
            Drugs.AMOXICILLIN_SUSPENSION_PHARYNGITIS, dose(50, 1000, AMOXICILLIN, 0),
            Drugs.AMOXICILLIN_SUSPENSION_PNEUMONIA, dose(45, 2000, AMOXICILLIN, 3),
            Drugs.AZITHROMYCIN_SUSPENSION_PHARYNGITIS, dose(12, 500, AZITHROMYCIN, 24),
            Drugs.AZITHROMYCIN_SUSPENSION_PNEUMONIA, new WeightDose(10, 500, AZITHROMYCIN, "", 6,
                    Optional.of(dose(5, 250, AZITHROMYCIN, 6))),
            Drugs.CEPHALEXIN_SUSPENSION, dose(12.5, 500, new BigDecimal("50"), 0),
            Drugs.SMX_TMP_SUSPENSION, new WeightDose(4, 160, new BigDecimal("8"), "trimethoprim", 2,
                    Optional.empty()));

    private WeightDoses() {
    }

    /** How {@code drug} is dosed by weight; empty for a drug taken at a fixed dose. */
    public static Optional<WeightDose> of(Drug drug) {
        return Optional.ofNullable(BY_DRUG.get(drug));
    }

    private static WeightDose dose(double mgPerKg, int maxMg, BigDecimal mgPerMl, int fromMonths) {
        return new WeightDose(mgPerKg, maxMg, mgPerMl, "", fromMonths, Optional.empty());
    }
}

package org.synthhealth.core.generate.codes;

import java.util.Map;
import java.util.Optional;

/**
 * The therapeutic class of each drug in {@link Drugs}: a patient takes at most one drug of a class at a time, so a
 * prescriber who finds one already taken lets it cover the new indication instead of adding a second.
 *
 * <p>ACE inhibitors and angiotensin receptor blockers form one class, {@link #RENIN_ANGIOTENSIN_BLOCKER}: taken
 * together they raise the risk of hyperkalaemia and kidney injury without added benefit, and either one serves both
 * hypertension and chronic kidney disease. Aspirin and clopidogrel are classes of their own; the regimens never pair
 * them (stable coronary disease takes one antiplatelet, see {@code Drugs}).
 *
 * <pre>{@code
 * TherapeuticClass.of(Drugs.LOSARTAN_50);   // RENIN_ANGIOTENSIN_BLOCKER, as for lisinopril
 * }</pre>
 */
public enum TherapeuticClass {
    RENIN_ANGIOTENSIN_BLOCKER,
    THIAZIDE_DIURETIC,
    LOOP_DIURETIC,
    CALCIUM_CHANNEL_BLOCKER,
    BETA_BLOCKER,
    STATIN,
    BIGUANIDE,
    INSULIN,
    SALICYLATE,
    P2Y12_INHIBITOR,
    VITAMIN_K_ANTAGONIST,
    SSRI,
    SYSTEMIC_CORTICOSTEROID,
    INHALED_CORTICOSTEROID,
    SHORT_ACTING_BETA_AGONIST,
    PENICILLIN,
    MACROLIDE,
    CEPHALOSPORIN,
    SULFONAMIDE_ANTIBIOTIC,
    NITROFURAN;

    private static final Map<String, TherapeuticClass> BY_RXCUI = Map.ofEntries(
            Map.entry(Drugs.LISINOPRIL_10.rxnorm().code(), RENIN_ANGIOTENSIN_BLOCKER),
            Map.entry(Drugs.LISINOPRIL_20.rxnorm().code(), RENIN_ANGIOTENSIN_BLOCKER),
            Map.entry(Drugs.LOSARTAN_50.rxnorm().code(), RENIN_ANGIOTENSIN_BLOCKER),
            Map.entry(Drugs.HCTZ_25.rxnorm().code(), THIAZIDE_DIURETIC),
            Map.entry(Drugs.FUROSEMIDE_40.rxnorm().code(), LOOP_DIURETIC),
            Map.entry(Drugs.AMLODIPINE_5.rxnorm().code(), CALCIUM_CHANNEL_BLOCKER),
            Map.entry(Drugs.AMLODIPINE_10.rxnorm().code(), CALCIUM_CHANNEL_BLOCKER),
            Map.entry(Drugs.METOPROLOL_25.rxnorm().code(), BETA_BLOCKER),
            Map.entry(Drugs.METOPROLOL_XL_100.rxnorm().code(), BETA_BLOCKER),
            Map.entry(Drugs.ATORVASTATIN_20.rxnorm().code(), STATIN),
            Map.entry(Drugs.ATORVASTATIN_40.rxnorm().code(), STATIN),
            Map.entry(Drugs.SIMVASTATIN_20.rxnorm().code(), STATIN),
            Map.entry(Drugs.ROSUVASTATIN_10.rxnorm().code(), STATIN),
            Map.entry(Drugs.METFORMIN_500.rxnorm().code(), BIGUANIDE),
            Map.entry(Drugs.METFORMIN_ER_500.rxnorm().code(), BIGUANIDE),
            Map.entry(Drugs.INSULIN_GLARGINE.rxnorm().code(), INSULIN),
            Map.entry(Drugs.ASPIRIN_81.rxnorm().code(), SALICYLATE),
            Map.entry(Drugs.CLOPIDOGREL_75.rxnorm().code(), P2Y12_INHIBITOR),
            Map.entry(Drugs.WARFARIN_5.rxnorm().code(), VITAMIN_K_ANTAGONIST),
            Map.entry(Drugs.SERTRALINE_50.rxnorm().code(), SSRI),
            Map.entry(Drugs.ESCITALOPRAM_10.rxnorm().code(), SSRI),
            Map.entry(Drugs.PREDNISONE_10.rxnorm().code(), SYSTEMIC_CORTICOSTEROID),
            Map.entry(Drugs.FLUTICASONE.rxnorm().code(), INHALED_CORTICOSTEROID),
            Map.entry(Drugs.ALBUTEROL.rxnorm().code(), SHORT_ACTING_BETA_AGONIST),
            Map.entry(Drugs.AMOXICILLIN_500.rxnorm().code(), PENICILLIN),
            Map.entry(Drugs.AZITHROMYCIN_250.rxnorm().code(), MACROLIDE),
            Map.entry(Drugs.AMOXICILLIN_SUSPENSION_PHARYNGITIS.rxnorm().code(), PENICILLIN),
            Map.entry(Drugs.AZITHROMYCIN_SUSPENSION_PHARYNGITIS.rxnorm().code(), MACROLIDE),
            Map.entry(Drugs.CEPHALEXIN_SUSPENSION.rxnorm().code(), CEPHALOSPORIN),
            Map.entry(Drugs.SMX_TMP_SUSPENSION.rxnorm().code(), SULFONAMIDE_ANTIBIOTIC),
            Map.entry(Drugs.SMX_TMP_DS.rxnorm().code(), SULFONAMIDE_ANTIBIOTIC),
            Map.entry(Drugs.NITROFURANTOIN_100.rxnorm().code(), NITROFURAN));

    /**
     * The class of {@code drug}.
     *
     * @throws IllegalArgumentException when the drug is not one of {@link Drugs}
     */
    public static TherapeuticClass of(Drug drug) {
        return ofRxnorm(drug.rxnorm().code()).orElseThrow(() -> new IllegalArgumentException("RxNorm "
                + drug.rxnorm().code() + " (" + drug.name() + ") has no therapeutic class; add one to "
                + "TherapeuticClass"));
    }

    /** The class of the drug with this RxNorm code; empty when it is not one of {@link Drugs}. */
    public static Optional<TherapeuticClass> ofRxnorm(String rxcui) {
        return Optional.ofNullable(BY_RXCUI.get(rxcui));
    }
}

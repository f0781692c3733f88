package org.synthhealth.core.generate.codes;

import java.time.LocalDate;
import java.time.Year;
import java.util.Map;

/**
 * The year each drug in {@link Drugs} could first be prescribed in the US; no prescription starts before 1 January
 * of it.
 *
 * <p>The year is the drug's first US approval as the FDA label states it ("Initial U.S. Approval"), or that of the
 * product the RxNorm code names where it is later than the molecule: the albuterol code names the HFA inhaler of
 * NDA 020503 (1996), not the first albuterol inhaler (1981); the azithromycin suspension is Pfizer's Zithromax
 * 200 mg/5 mL, first marketed in 1995 (FDA NDC directory, NDC 0069-3130), not the 1991 tablet; the nitrofurantoin
 * code names the monohydrate/macrocrystals capsule (Macrobid, NDA 020064, 1991), not nitrofurantoin (1953). The
 * amoxicillin suspension takes the 1974 its label states; the year its 400 mg/5 mL strength was first sold is not
 * verified. Aspirin was sold before drugs needed approval. Only the year is kept, so a drug approved in December may
 * be prescribed from January of that year. The table with its sources is in {@code docs/guide/engine.md}.
 *
 * <pre>{@code
 * DrugApprovals.of(Drugs.ATORVASTATIN_20);                                   // 1996
 * DrugApprovals.available(Drugs.ATORVASTATIN_20, LocalDate.of(1990, 5, 1));  // false
 * }</pre>
 */
public final class DrugApprovals {

    private static final Map<String, Integer> BY_RXCUI = Map.ofEntries(
            Map.entry(Drugs.LISINOPRIL_10.rxnorm().code(), 1988),
            Map.entry(Drugs.LISINOPRIL_20.rxnorm().code(), 1988),
            Map.entry(Drugs.HCTZ_25.rxnorm().code(), 1959),
            Map.entry(Drugs.AMLODIPINE_5.rxnorm().code(), 1992),
            Map.entry(Drugs.AMLODIPINE_10.rxnorm().code(), 1992),
            Map.entry(Drugs.LOSARTAN_50.rxnorm().code(), 1995),
            Map.entry(Drugs.METOPROLOL_25.rxnorm().code(), 1978),
            Map.entry(Drugs.METOPROLOL_XL_100.rxnorm().code(), 1992),
            Map.entry(Drugs.ATORVASTATIN_20.rxnorm().code(), 1996),
            Map.entry(Drugs.ATORVASTATIN_40.rxnorm().code(), 1996),
            Map.entry(Drugs.SIMVASTATIN_20.rxnorm().code(), 1991),
            Map.entry(Drugs.ROSUVASTATIN_10.rxnorm().code(), 2003),
            Map.entry(Drugs.METFORMIN_500.rxnorm().code(), 1995),
            Map.entry(Drugs.METFORMIN_ER_500.rxnorm().code(), 2000),
            Map.entry(Drugs.INSULIN_GLARGINE.rxnorm().code(), 2000),
            Map.entry(Drugs.ASPIRIN_81.rxnorm().code(), 1900),
            Map.entry(Drugs.CLOPIDOGREL_75.rxnorm().code(), 1997),
            Map.entry(Drugs.WARFARIN_5.rxnorm().code(), 1954),
            Map.entry(Drugs.SERTRALINE_50.rxnorm().code(), 1991),
            Map.entry(Drugs.ESCITALOPRAM_10.rxnorm().code(), 2002),
            Map.entry(Drugs.FUROSEMIDE_40.rxnorm().code(), 1966),
            Map.entry(Drugs.PREDNISONE_10.rxnorm().code(), 1955),
            Map.entry(Drugs.AMOXICILLIN_500.rxnorm().code(), 1974),
            Map.entry(Drugs.AZITHROMYCIN_250.rxnorm().code(), 1991),
            Map.entry(Drugs.AMOXICILLIN_SUSPENSION_PHARYNGITIS.rxnorm().code(), 1974),
            Map.entry(Drugs.AZITHROMYCIN_SUSPENSION_PHARYNGITIS.rxnorm().code(), 1995),
            Map.entry(Drugs.CEPHALEXIN_SUSPENSION.rxnorm().code(), 1971),
            Map.entry(Drugs.SMX_TMP_SUSPENSION.rxnorm().code(), 1973),
            Map.entry(Drugs.SMX_TMP_DS.rxnorm().code(), 1973),
            Map.entry(Drugs.NITROFURANTOIN_100.rxnorm().code(), 1991),
            Map.entry(Drugs.ALBUTEROL.rxnorm().code(), 1996),
            Map.entry(Drugs.FLUTICASONE.rxnorm().code(), 1996));

    private DrugApprovals() {
    }

    /**
     * The first year {@code drug} could be prescribed in the US.
     *
     * @throws IllegalArgumentException when the drug is not one of {@link Drugs}
     */
    public static Year of(Drug drug) {
        Integer year = BY_RXCUI.get(drug.rxnorm().code());
        if (year == null) {
            throw new IllegalArgumentException("RxNorm " + drug.rxnorm().code() + " (" + drug.name()
                    + ") has no approval year; add one to DrugApprovals");
        }
        return Year.of(year);
    }

    /** Whether {@code drug} could be prescribed in the US on {@code date}. */
    public static boolean available(Drug drug, LocalDate date) {
        return date.getYear() >= of(drug).getValue();
    }
}

package org.synthhealth.core.generate.codes;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which drugs treat which condition, and which drug stands in for one a patient cannot take. Every RxNorm code is
 * one of the verified codes in {@code reference/codes.md}; no NDC there is verified, so medications carry none.
 *
 * <p>A drug's minimum age is the youngest age its label allows for the product the code names, or the age from
 * which the catalogue's fixed adult dose suits: the albuterol and fluticasone HFA inhalers are labelled from 4 years
 * (younger children need a spacer with mask or a nebulizer solution, neither verified); the antibiotic capsules and
 * tablets and the 40 mg prednisone burst are given from 12, below which children are dosed by weight with liquids
 * the verified table lacks; the SSRIs from 12; the rest are adult drugs (18).
 */
public final class Drugs {

    static final Drug LISINOPRIL_10 = Drug.of("314076", "lisinopril 10 MG Oral Tablet", "10 mg", "once daily", 0, 18);
    static final Drug LISINOPRIL_20 = Drug.of("314077", "lisinopril 20 MG Oral Tablet", "20 mg", "once daily", 0, 18);
    static final Drug HCTZ_25 = Drug.of("310798", "hydrochlorothiazide 25 MG Oral Tablet", "25 mg", "once daily", 0,
            18);
    static final Drug AMLODIPINE_5 = Drug.of("197361", "amlodipine 5 MG Oral Tablet", "5 mg", "once daily", 0, 18);
    static final Drug AMLODIPINE_10 = Drug.of("308135", "amlodipine 10 MG Oral Tablet", "10 mg", "once daily", 0, 18);
    static final Drug LOSARTAN_50 = Drug.of("979492", "losartan potassium 50 MG Oral Tablet", "50 mg", "once daily",
            0, 18);
    static final Drug METOPROLOL_25 = Drug.of("866924", "metoprolol tartrate 25 MG Oral Tablet", "25 mg",
            "twice daily", 0, 18);
    static final Drug METOPROLOL_XL_100 = Drug.of("866412",
            "24 HR metoprolol succinate 100 MG Extended Release Oral Tablet", "100 mg", "once daily", 0, 18);
    static final Drug ATORVASTATIN_20 = Drug.of("617310", "atorvastatin 20 MG Oral Tablet", "20 mg", "once daily",
            0, 18);
    static final Drug ATORVASTATIN_40 = Drug.of("617311", "atorvastatin 40 MG Oral Tablet", "40 mg", "once daily",
            0, 18);
    static final Drug SIMVASTATIN_20 = Drug.of("312961", "simvastatin 20 MG Oral Tablet", "20 mg", "once daily at "
            + "bedtime", 0, 18);
    static final Drug ROSUVASTATIN_10 = Drug.of("859747", "rosuvastatin calcium 10 MG Oral Tablet", "10 mg",
            "once daily", 0, 18);
    static final Drug METFORMIN_500 = Drug.of("861007", "metformin hydrochloride 500 MG Oral Tablet", "500 mg",
            "twice daily", 0, 18);
    static final Drug METFORMIN_ER_500 = Drug.of("860975",
            "24 HR metformin hydrochloride 500 MG Extended Release Oral Tablet", "1000 mg", "once daily", 0, 18);
    static final Drug INSULIN_GLARGINE = Drug.of("311041", "insulin glargine 100 UNT/ML Injectable Solution",
            "20 units", "once daily at bedtime", 0, 18);
    static final Drug ASPIRIN_81 = Drug.of("243670", "aspirin 81 MG Oral Tablet", "81 mg", "once daily", 0, 18);
    static final Drug CLOPIDOGREL_75 = Drug.of("309362", "clopidogrel 75 MG Oral Tablet", "75 mg", "once daily", 0,
            18);
    static final Drug WARFARIN_5 = Drug.of("855332", "warfarin sodium 5 MG Oral Tablet", "5 mg", "once daily", 0, 18);
    static final Drug SERTRALINE_50 = Drug.of("312941", "sertraline 50 MG Oral Tablet", "50 mg", "once daily", 0, 12);
    static final Drug ESCITALOPRAM_10 = Drug.of("349332", "escitalopram 10 MG Oral Tablet", "10 mg", "once daily", 0,
            12);
    static final Drug FUROSEMIDE_40 = Drug.of("313988", "furosemide 40 MG Oral Tablet", "40 mg", "once daily", 0, 18);
    static final Drug PREDNISONE_10 = Drug.of("198145", "prednisone 10 MG Oral Tablet", "40 mg", "once daily", 5, 12);
    static final Drug AMOXICILLIN_500 = Drug.of("308191", "amoxicillin 500 MG Oral Capsule", "500 mg",
            "every 8 hours", 10, 12);
    static final Drug AZITHROMYCIN_250 = Drug.of("308460", "azithromycin 250 MG Oral Tablet", "250 mg", "once daily",
            5, 12);
    static final Drug ALBUTEROL = Drug.of("2123111",
            "NDA020503 200 ACTUAT Albuterol 0.09 MG/ACTUAT Metered Dose Inhaler", "2 puffs",
            "every 4 to 6 hours as needed", 0, 4);
    static final Drug FLUTICASONE = Drug.of("895994",
            "120 ACTUAT Fluticasone propionate 0.044 MG/ACTUAT Metered Dose Inhaler", "2 puffs", "twice daily", 0, 4);

    /**
     * The regimens for each condition key: each inner list is one line of treatment; the prescriber takes the first
     * drug of a line and may add the next ones as the condition needs more.
     *
     * <p>Some infections have none, on purpose. Sinusitis is coded as viral sinusitis (SNOMED CT 444814009, the only
     * sinusitis code verified), and antibiotics do not treat a viral infection. A urinary tract infection calls for
     * nitrofurantoin, trimethoprim-sulfamethoxazole or fosfomycin, none of which has a verified RxNorm code;
     * amoxicillin alone is not advised for it (too many resistant strains) and azithromycin does not suit it, so it
     * goes without a drug rather than with a wrong one. For the same reason strep throat under 12 goes untreated
     * (no amoxicillin oral suspension is verified; the capsule is prescribed from 12) and an admitted pneumonia
     * gets the oral azithromycin of an outpatient one (no intravenous ceftriaxone is verified).
     *
     * <p>Coronary disease is stable coronary disease (I25.10; the engine records no infarction or stent), which
     * calls for a single antiplatelet, aspirin, and never aspirin with clopidogrel, the dual therapy that follows an
     * acute coronary syndrome or a stent for a limited time; clopidogrel is aspirin's substitute. A beta blocker is
     * part of one line only: without a past infarction or heart failure it is for angina or blood pressure. An
     * anticoagulant taken for atrial fibrillation replaces the antiplatelet (see the prescriber). Prednisone is in
     * no regimen: a steroid burst treats an exacerbation, not the chronic disease (see {@link #forExacerbation}).
     */
    private static final Map<String, List<List<Drug>>> REGIMENS = Map.ofEntries(
            Map.entry("hypertension", List.of(List.of(LISINOPRIL_10, AMLODIPINE_5), List.of(LOSARTAN_50, HCTZ_25),
                    List.of(AMLODIPINE_10, LISINOPRIL_20), List.of(HCTZ_25, LISINOPRIL_10))),
            Map.entry("diabetes", List.of(List.of(METFORMIN_500, INSULIN_GLARGINE),
                    List.of(METFORMIN_ER_500, INSULIN_GLARGINE))),
            Map.entry("hyperlipidemia", List.of(List.of(ATORVASTATIN_20), List.of(SIMVASTATIN_20),
                    List.of(ROSUVASTATIN_10))),
            Map.entry("heart_disease", List.of(List.of(ASPIRIN_81, ATORVASTATIN_40, METOPROLOL_25),
                    List.of(ASPIRIN_81, ATORVASTATIN_40))),
            Map.entry("atrial_fibrillation", List.of(List.of(WARFARIN_5, METOPROLOL_XL_100))),
            Map.entry("heart_failure", List.of(List.of(FUROSEMIDE_40, METOPROLOL_XL_100))),
            Map.entry("ckd", List.of(List.of(LOSARTAN_50))),
            Map.entry("depression", List.of(List.of(SERTRALINE_50), List.of(ESCITALOPRAM_10))),
            Map.entry("anxiety", List.of(List.of(ESCITALOPRAM_10), List.of(SERTRALINE_50))),
            Map.entry("asthma", List.of(List.of(ALBUTEROL, FLUTICASONE))),
            Map.entry("copd", List.of(List.of(ALBUTEROL))),
            Map.entry("strep_throat", List.of(List.of(AMOXICILLIN_500))),
            Map.entry("pneumonia", List.of(List.of(AZITHROMYCIN_250))));

    /**
     * The drug of the same use tried when a patient cannot take one: ruled out by an allergy (see
     * {@link DrugAllergies}) or not yet approved (see {@link DrugApprovals}). A substitute is an older drug of the same
     * class, or for an allergy one of another class; the chains have no cycle. Where a chain ends without a drug the
     * patient can take, nothing is prescribed in its place.
     */
    private static final Map<Drug, Drug> SUBSTITUTES = Map.of(
            AMOXICILLIN_500, AZITHROMYCIN_250,
            HCTZ_25, AMLODIPINE_5,
            LOSARTAN_50, LISINOPRIL_10,
            ROSUVASTATIN_10, ATORVASTATIN_20,
            ATORVASTATIN_20, SIMVASTATIN_20,
            ATORVASTATIN_40, SIMVASTATIN_20,
            METFORMIN_ER_500, METFORMIN_500,
            METOPROLOL_XL_100, METOPROLOL_25,
            ASPIRIN_81, CLOPIDOGREL_75,
            ESCITALOPRAM_10, SERTRALINE_50);

    private Drugs() {
    }

    /** The regimens that treat a condition; empty when the engine prescribes nothing for it. */
    public static List<List<Drug>> regimensFor(String conditionKey) {
        return REGIMENS.getOrDefault(conditionKey, List.of());
    }

    /**
     * The short course given when {@code conditionKey} flares up and brings the patient to hospital: a five-day
     * burst of prednisone 40 mg for an exacerbation of COPD (GOLD) or asthma (GINA; from 12, see the class comment);
     * empty for any other condition.
     */
    public static Optional<Drug> forExacerbation(String conditionKey) {
        return conditionKey.equals("copd") || conditionKey.equals("asthma") ? Optional.of(PREDNISONE_10)
                : Optional.empty();
    }

    /** The drug prescribed instead of {@code drug} when the patient cannot take it; empty when there is none. */
    public static Optional<Drug> substituteFor(Drug drug) {
        return Optional.ofNullable(SUBSTITUTES.get(drug));
    }
}

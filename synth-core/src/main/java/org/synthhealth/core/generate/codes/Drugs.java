package org.synthhealth.core.generate.codes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.synthhealth.core.model.Sex;

/**
 * Which drugs treat which condition, and which drug stands in for one a patient cannot take. Every RxNorm code is
 * one of the verified codes in {@code reference/codes.md}, or one of the antibiotics below checked against two
 * public sources that agree on code and name; no NDC is verified, so medications carry none.
 *
 * <p>A drug's minimum age is the youngest age its label allows for the product the code names, or the age from
 * which the catalogue's fixed adult dose suits: the albuterol and fluticasone HFA inhalers are labelled from 4 years
 * (younger children need a spacer with mask or a nebulizer solution, neither verified); the antibiotic capsules and
 * tablets and the 40 mg prednisone burst are given from 12; the SSRIs from 12; the rest are adult drugs (18). Below
 * 12 a child's strep throat, pneumonia and urinary tract infection are treated with oral suspensions dosed by the
 * weight taken at the visit (see {@link WeightDoses}, which also holds the youngest age in months for each).
 *
 * <p>The antibiotics not in {@code codes.md}, each checked against the VSAC value set "Antibiotic Medications for
 * Pharyngitis" (OID 2.16.840.1.113883.3.464.1003.196.12.1001, eCQM update 2021-05-06, as published in the
 * repository canvas-medical/canvas-plugins, {@code canvas_sdk/value_set/v2022/medication.py}) and against a second
 * source: 308189 amoxicillin 80 MG/ML Oral Suspension and 141963 azithromycin 40 MG/ML Oral Suspension, 309113
 * cephalexin 50 MG/ML Oral Suspension and 313134 sulfamethoxazole 40 MG/ML / trimethoprim 8 MG/ML Oral Suspension
 * against the RxNorm codes the FDA's NDC directory (openFDA, api.fda.gov/drug/ndc.json) gives the products of those
 * strengths (for example NDC 68071-1675, 400 mg/5 mL; 67296-2141, 200 mg/5 mL; 50090-7091, 250 mg/5 mL; 0121-0853,
 * 200 mg/40 mg per 5 mL); 1648755 nitrofurantoin, macrocrystals 25 MG / nitrofurantoin, monohydrate 75 MG Oral
 * Capsule and 198335 sulfamethoxazole 800 MG / trimethoprim 160 MG Oral Tablet against the urinary tract infection
 * module of synthetichealth/synthea ({@code modules/uti/abx_tx.json}), and 1648755 also against the NDC directory
 * (NDC 67046-1198). The nitrofurantoin is the twice-daily monohydrate/macrocrystals capsule (Macrobid), not the
 * macrocrystals-only capsule (1648759), which is taken four times a day.
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
    /**
     * Azithromycin for community-acquired pneumonia from 12: 500 mg on the first day, then 250 mg daily to day 5
     * (ATS/IDSA 2019, Metlay et al., Am J Respir Crit Care Med 200:e45), as two tablets and then one.
     */
    static final Drug AZITHROMYCIN_250 = Drug.of("308460", "azithromycin 250 MG Oral Tablet",
            "500 mg on day 1, then 250 mg", "once daily", 5, 12);
    /**
     * Azithromycin for strep throat from 12, when penicillin cannot be given: 12 mg/kg once daily for 5 days, at most
     * 500 mg (IDSA 2012, Shulman et al., Clin Infect Dis 55:e86), so 500 mg, two tablets, for all but small children.
     */
    static final Drug AZITHROMYCIN_500_PHARYNGITIS = Drug.of("308460", "azithromycin 250 MG Oral Tablet", "500 mg",
            "once daily", 5, 12);
    static final Drug AMOXICILLIN_SUSPENSION_PHARYNGITIS = Drug.of("308189",
            "amoxicillin 80 MG/ML Oral Suspension", "50 mg/kg", "once daily", 10, 0);
    static final Drug AMOXICILLIN_SUSPENSION_PNEUMONIA = Drug.of("308189", "amoxicillin 80 MG/ML Oral Suspension",
            "45 mg/kg", "twice daily", 10, 0);
    static final Drug AZITHROMYCIN_SUSPENSION_PHARYNGITIS = Drug.of("141963",
            "azithromycin 40 MG/ML Oral Suspension", "12 mg/kg", "once daily", 5, 0);
    static final Drug AZITHROMYCIN_SUSPENSION_PNEUMONIA = Drug.of("141963",
            "azithromycin 40 MG/ML Oral Suspension", "10 mg/kg on day 1, then 5 mg/kg", "once daily", 5, 0);
    static final Drug CEPHALEXIN_SUSPENSION = Drug.of("309113", "cephalexin 50 MG/ML Oral Suspension", "12.5 mg/kg",
            "every 6 hours", 7, 0);
    static final Drug SMX_TMP_SUSPENSION = Drug.of("313134",
            "sulfamethoxazole 40 MG/ML / trimethoprim 8 MG/ML Oral Suspension", "trimethoprim 4 mg/kg", "twice daily",
            7, 0);
    static final Drug NITROFURANTOIN_100 = Drug.of("1648755",
            "nitrofurantoin, macrocrystals 25 MG / nitrofurantoin, monohydrate 75 MG Oral Capsule", "100 mg",
            "twice daily", 5, 12);
    static final Drug NITROFURANTOIN_100_MEN = Drug.of("1648755",
            "nitrofurantoin, macrocrystals 25 MG / nitrofurantoin, monohydrate 75 MG Oral Capsule", "100 mg",
            "twice daily", 7, 12);
    static final Drug SMX_TMP_DS = Drug.of("198335", "sulfamethoxazole 800 MG / trimethoprim 160 MG Oral Tablet",
            "1 double-strength tablet", "twice daily", 3, 12);
    static final Drug SMX_TMP_DS_MEN = Drug.of("198335",
            "sulfamethoxazole 800 MG / trimethoprim 160 MG Oral Tablet", "1 double-strength tablet", "twice daily", 7,
            12);
    static final Drug ALBUTEROL = Drug.of("2123111",
            "NDA020503 200 ACTUAT Albuterol 0.09 MG/ACTUAT Metered Dose Inhaler", "2 puffs",
            "every 4 to 6 hours as needed", 0, 4);
    static final Drug FLUTICASONE = Drug.of("895994",
            "120 ACTUAT Fluticasone propionate 0.044 MG/ACTUAT Metered Dose Inhaler", "2 puffs", "twice daily", 0, 4);

    /**
     * The regimens for each condition key: each inner list is one line of treatment; the prescriber takes the first
     * drug of a line and may add the next ones as the condition needs more.
     *
     * <p>Viral sinusitis has none, on purpose: it is coded as viral sinusitis (SNOMED CT 444814009, the only sinusitis
     * code verified), and antibiotics do not treat a viral infection. These are the regimens from 12; a woman's urinary
     * tract infection is treated as uncomplicated cystitis (IDSA 2010, Gupta et al., Clin Infect Dis 52:e103):
     * nitrofurantoin 100 mg twice daily for 5 days, or trimethoprim-sulfamethoxazole for 3 days where nitrofurantoin
     * cannot be given (see {@link #MEN_UTI} for men). An admitted pneumonia gets the oral azithromycin of an outpatient
     * one (no intravenous ceftriaxone is verified). Below 12 the {@link #CHILD_REGIMENS} apply.
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
            Map.entry("pneumonia", List.of(List.of(AZITHROMYCIN_250))),
            Map.entry("uti", List.of(List.of(NITROFURANTOIN_100))));

    /** Children's regimens start below this age; the capsules and tablets from it. */
    static final int CHILD_UNTIL = 12;

    /**
     * The regimens below {@link #CHILD_UNTIL}, oral suspensions dosed by the weight taken at the visit (see
     * {@link WeightDoses}). Strep throat: amoxicillin 50 mg/kg once daily for 10 days, or azithromycin 12 mg/kg once
     * daily for 5 days for a child allergic to penicillin (IDSA 2012, Shulman et al., Clin Infect Dis 55:e86).
     * Community-acquired pneumonia: amoxicillin 90 mg/kg a day in two doses for 10 days, or azithromycin 10 mg/kg on
     * day 1 and 5 mg/kg on days 2 to 5 (IDSA/PIDS 2011, Bradley et al., Clin Infect Dis 53:e25). Urinary tract
     * infection: cephalexin 50 mg/kg a day in four doses, or trimethoprim-sulfamethoxazole 8 mg/kg a day of
     * trimethoprim in two doses, for 7 days (AAP 2011 guideline on febrile UTI in children 2 to 24 months,
     * Pediatrics 128:595, whose oral choices these are; the engine applies it to every child's UTI).
     */
    private static final Map<String, List<List<Drug>>> CHILD_REGIMENS = Map.of(
            "strep_throat", List.of(List.of(AMOXICILLIN_SUSPENSION_PHARYNGITIS)),
            "pneumonia", List.of(List.of(AMOXICILLIN_SUSPENSION_PNEUMONIA)),
            "uti", List.of(List.of(CEPHALEXIN_SUSPENSION)));

    /**
     * A man's urinary tract infection from 12, which counts as complicated: trimethoprim-sulfamethoxazole twice daily
     * for 7 days (Drekonja et al., JAMA 2021;326:324, 7 days as good as 14 in afebrile men), or nitrofurantoin for 7
     * days for a man allergic to sulfonamides.
     */
    private static final List<List<Drug>> MEN_UTI = List.of(List.of(SMX_TMP_DS_MEN));

    /**
     * The drug of the same use tried when a patient cannot take one: ruled out by an allergy (see
     * {@link DrugAllergies}) or not yet approved (see {@link DrugApprovals}). A substitute is an older drug of the same
     * class, or for an allergy one of another class; the chains have no cycle. Where a chain ends without a drug the
     * patient can take, nothing is prescribed in its place.
     */
    private static final Map<Drug, Drug> SUBSTITUTES = Map.ofEntries(
            Map.entry(AMOXICILLIN_500, AZITHROMYCIN_500_PHARYNGITIS),
            Map.entry(AMOXICILLIN_SUSPENSION_PHARYNGITIS, AZITHROMYCIN_SUSPENSION_PHARYNGITIS),
            Map.entry(AMOXICILLIN_SUSPENSION_PNEUMONIA, AZITHROMYCIN_SUSPENSION_PNEUMONIA),
            Map.entry(CEPHALEXIN_SUSPENSION, SMX_TMP_SUSPENSION),
            Map.entry(NITROFURANTOIN_100, SMX_TMP_DS),
            Map.entry(SMX_TMP_DS_MEN, NITROFURANTOIN_100_MEN),
            Map.entry(HCTZ_25, AMLODIPINE_5),
            Map.entry(LOSARTAN_50, LISINOPRIL_10),
            Map.entry(ROSUVASTATIN_10, ATORVASTATIN_20),
            Map.entry(ATORVASTATIN_20, SIMVASTATIN_20),
            Map.entry(ATORVASTATIN_40, SIMVASTATIN_20),
            Map.entry(METFORMIN_ER_500, METFORMIN_500),
            Map.entry(METOPROLOL_XL_100, METOPROLOL_25),
            Map.entry(ASPIRIN_81, CLOPIDOGREL_75),
            Map.entry(ESCITALOPRAM_10, SERTRALINE_50));

    private Drugs() {
    }

    /**
     * Every regimen that may treat a condition, for a patient of any age or sex: those from 12, then the children's,
     * then the men's; empty when the engine prescribes nothing for it.
     */
    public static List<List<Drug>> regimensFor(String conditionKey) {
        List<List<Drug>> all = new ArrayList<>(REGIMENS.getOrDefault(conditionKey, List.of()));
        all.addAll(CHILD_REGIMENS.getOrDefault(conditionKey, List.of()));
        if (conditionKey.equals("uti")) {
            all.addAll(MEN_UTI);
        }
        return List.copyOf(all);
    }

    /**
     * The regimens that treat a condition in a patient of {@code age} (whole years) and {@code sex} on the day it is
     * diagnosed; empty when the engine prescribes nothing for it.
     */
    public static List<List<Drug>> regimensFor(String conditionKey, int age, Sex sex) {
        if (age < CHILD_UNTIL && CHILD_REGIMENS.containsKey(conditionKey)) {
            return CHILD_REGIMENS.get(conditionKey);
        }
        if (conditionKey.equals("uti") && sex == Sex.MALE) {
            return MEN_UTI;
        }
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

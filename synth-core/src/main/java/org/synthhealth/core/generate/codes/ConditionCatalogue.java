package org.synthhealth.core.generate.codes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.synthhealth.core.model.Code;
import org.synthhealth.core.model.CodeSystem;

/**
 * Every condition the engine can give a patient, with verified ICD-10-CM and SNOMED CT codes (the project's
 * {@code reference/codes.md}) and the population figures its defaults follow.
 *
 * <p>{@link #KEYS} is the list of names accepted in {@code condition_prevalence}; the configuration reader uses it to
 * reject unknown keys and suggest the nearest one.
 */
public final class ConditionCatalogue {

    /** Lifelong conditions, in the order the engine considers them (later ones may depend on earlier ones). */
    public static final List<ConditionDefinition> CHRONIC = List.of(
            chronic("hypertension", "Hypertension", "I10", "Essential (primary) hypertension",
                    "59621000", "Essential hypertension (disorder)", 18, 0.477,
                    new double[] {18, 0.234, 40, 0.525, 60, 0.716}, "NHANES 2021-2023, NCHS data brief (47.7%)"),
            chronic("diabetes", "Type 2 diabetes", "E11.9", "Type 2 diabetes mellitus without complications",
                    "44054006", "Diabetes mellitus type 2 (disorder)", 18, 0.113,
                    new double[] {18, 0.03, 45, 0.145, 65, 0.245}, "CDC National Diabetes Statistics Report "
                            + "(11.3% diagnosed)"),
            chronic("hyperlipidemia", "Hyperlipidemia", "E78.5", "Hyperlipidemia, unspecified",
                    "55822004", "Hyperlipidemia (disorder)", 20, 0.113,
                    new double[] {20, 0.07, 40, 0.15, 60, 0.12}, "NHANES 2021-2023, total cholesterol >= 240 (11.3%)"),
            chronic("asthma", "Asthma", "J45.909", "Unspecified asthma, uncomplicated",
                    "195967001", "Asthma (disorder)", 2, 0.080,
                    new double[] {2, 0.065, 18, 0.08}, "NHIS 2021, current asthma in adults (8.0%)"),
            chronic("copd", "Chronic obstructive pulmonary disease", "J44.9",
                    "Chronic obstructive pulmonary disease, unspecified",
                    "185086009", "Chronic obstructive bronchitis (disorder)", 40, 0.060,
                    new double[] {40, 0.05, 65, 0.12}, "BRFSS 2021, MMWR 72(46) (6.0%)"),
            chronic("obesity", "Obesity", "E66.9", "Obesity, unspecified",
                    "414916001", "Obesity (disorder)", 2, 0.403,
                    new double[] {2, 0.18, 12, 0.21, 20, 0.355, 40, 0.464, 60, 0.389},
                    "NHANES 2021-2023, NCHS Data Brief 508 (40.3%)"),
            chronic("heart_disease", "Coronary artery disease", "I25.10",
                    "Atherosclerotic heart disease of native coronary artery without angina pectoris",
                    "53741008", "Coronary arteriosclerosis (disorder)", 30, 0.050,
                    new double[] {30, 0.01, 45, 0.05, 65, 0.14, 75, 0.2}, "engine default, about 5% of adults"),
            chronic("ckd", "Chronic kidney disease stage 3", "N18.30", "Chronic kidney disease, stage 3 unspecified",
                    "433144002", "Chronic kidney disease stage 3 (disorder)", 30, 0.050,
                    new double[] {30, 0.01, 45, 0.04, 65, 0.15}, "engine default, about 5% of adults"),
            chronic("depression", "Major depressive disorder", "F32.9",
                    "Major depressive disorder, single episode, unspecified",
                    "370143000", "Major depressive disorder (disorder)", 12, 0.080,
                    new double[] {12, 0.08, 65, 0.05}, "engine default, about 8% of adults"),
            chronic("anxiety", "Anxiety disorder", "F41.9", "Anxiety disorder, unspecified",
                    "197480006", "Anxiety disorder (disorder)", 12, 0.060,
                    new double[] {12, 0.07, 65, 0.04}, "engine default, about 6% of adults"),
            chronic("atrial_fibrillation", "Atrial fibrillation", "I48.91", "Unspecified atrial fibrillation",
                    "49436004", "Atrial fibrillation (disorder)", 40, 0.020,
                    new double[] {40, 0.005, 55, 0.02, 65, 0.05, 75, 0.1}, "engine default, about 2% of adults"),
            chronic("heart_failure", "Heart failure", "I50.9", "Heart failure, unspecified",
                    "84114007", "Heart failure (disorder)", 40, 0.023,
                    new double[] {40, 0.004, 55, 0.015, 65, 0.04, 80, 0.08}, "engine default, about 2.3% of adults"),
            chronic("nicotine_dependence", "Nicotine dependence", "F17.210",
                    "Nicotine dependence, cigarettes, uncomplicated",
                    "449868002", "Smokes tobacco daily (finding)", 18, 0.066,
                    new double[] {18, 1.0}, "60% of current smokers (NHIS 2022: about 11% smoke)"));

    /** Episodes that resolve; {@code adultPrevalence} is the yearly chance of a visit for one, for an adult. */
    public static final List<ConditionDefinition> ACUTE = List.of(
            acute("common_cold", "Common cold", "J00", "Acute nasopharyngitis [common cold]",
                    "82272006", "Common cold (disorder)", 0, 0.20, new double[] {0, 3.0, 6, 1.6, 18, 1.0}),
            acute("pharyngitis", "Acute pharyngitis", "J02.9", "Acute pharyngitis, unspecified",
                    "363746003", "Acute pharyngitis (disorder)", 3, 0.06, new double[] {3, 2.5, 18, 1.0}),
            acute("strep_throat", "Streptococcal pharyngitis", "J02.0", "Streptococcal pharyngitis",
                    "43878008", "Streptococcal sore throat (disorder)", 3, 0.03, new double[] {3, 4.0, 18, 1.0}),
            acute("sinusitis", "Acute sinusitis", "J01.90", "Acute sinusitis, unspecified",
                    "444814009", "Viral sinusitis (disorder)", 2, 0.07, new double[] {2, 0.8, 18, 1.0}),
            acute("uti", "Urinary tract infection", "N39.0", "Urinary tract infection, site not specified",
                    "68566005", "Urinary tract infectious disease (disorder)", 1, 0.05,
                    new double[] {1, 0.5, 18, 1.0, 65, 1.6}),
            acute("pneumonia", "Pneumonia", "J18.9", "Pneumonia, unspecified organism",
                    "233604007", "Pneumonia (disorder)", 0, 0.01, new double[] {0, 1.5, 5, 0.6, 18, 1.0, 65, 3.0}),
            acute("covid19", "COVID-19", "U07.1", "COVID-19",
                    "840539006", "Disease caused by severe acute respiratory syndrome coronavirus 2 (disorder)",
                    0, 0.05, new double[] {0, 0.7, 18, 1.0}));

    /** Every condition, chronic first. */
    public static final List<ConditionDefinition> ALL = concat();

    /** The keys accepted in {@code condition_prevalence} and targeted cohorts, in catalogue order. */
    public static final List<String> KEYS = ALL.stream().map(ConditionDefinition::key).toList();

    /** The day the engine first diagnoses COVID-19: the start of US community spread. */
    public static final LocalDate COVID_START = LocalDate.of(2020, 3, 1);

    private ConditionCatalogue() {
    }

    /** The first day the engine diagnoses the condition {@code key}, for one that appeared in recent history. */
    public static Optional<LocalDate> firstDiagnosed(String key) {
        return key.equals("covid19") ? Optional.of(COVID_START) : Optional.empty();
    }

    /** The condition with this key. */
    public static Optional<ConditionDefinition> byKey(String key) {
        return ALL.stream().filter(d -> d.key().equals(key)).findFirst();
    }

    /** The condition a requirement names by key, code or name, ignoring case. */
    public static Optional<ConditionDefinition> named(String text) {
        return ALL.stream().filter(d -> d.isNamedBy(text)).findFirst();
    }

    /** The condition with this key; fails when the engine has no such key. */
    public static ConditionDefinition get(String key) {
        return byKey(key).orElseThrow(() -> new IllegalArgumentException("no condition " + key));
    }

    private static List<ConditionDefinition> concat() {
        java.util.ArrayList<ConditionDefinition> all = new java.util.ArrayList<>(CHRONIC);
        all.addAll(ACUTE);
        return List.copyOf(all);
    }

    private static ConditionDefinition chronic(String key, String name, String icd, String icdDisplay, String sct,
            String sctDisplay, int minAge, double prevalence, double[] curve, String source) {
        return new ConditionDefinition(key, name, Code.of(CodeSystem.ICD10CM, icd, icdDisplay),
                Code.of(CodeSystem.SNOMED, sct, sctDisplay), true, minAge, prevalence, curve, source);
    }

    private static ConditionDefinition acute(String key, String name, String icd, String icdDisplay, String sct,
            String sctDisplay, int minAge, double yearlyRate, double[] curve) {
        return new ConditionDefinition(key, name, Code.of(CodeSystem.ICD10CM, icd, icdDisplay),
                Code.of(CodeSystem.SNOMED, sct, sctDisplay), false, minAge, yearlyRate, curve,
                "engine default yearly visit rate");
    }
}

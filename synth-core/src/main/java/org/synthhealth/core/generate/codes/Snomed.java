package org.synthhealth.core.generate.codes;

import org.synthhealth.core.model.Code;
import org.synthhealth.core.model.CodeSystem;

/**
 * SNOMED CT procedure, substance and reaction codes. Colonoscopy, depression screening and medication reconciliation
 * come from {@code reference/codes.md}; the others were checked against the SNOMED CT Global Patient Set value set
 * shipped in the HL7 terminology package (hl7.terminology.r4 5.3.0) and the US Core 3.1.1 allergy example.
 */
public final class Snomed {

    public static final Code COLONOSCOPY = sct("73761001", "Colonoscopy (procedure)");
    public static final Code DEPRESSION_SCREENING = sct("171207006", "Depression screening (procedure)");
    public static final Code MEDICATION_RECONCILIATION = sct("430193006", "Medication reconciliation (procedure)");
    public static final Code ECG = sct("29303009", "Electrocardiographic procedure (procedure)");
    public static final Code ECHOCARDIOGRAPHY = sct("40701008", "Echocardiography (procedure)");
    public static final Code MAMMOGRAPHY = sct("71651007", "Mammography (procedure)");
    public static final Code CHEST_XRAY = sct("399208008", "Plain chest X-ray (procedure)");

    public static final Code PENICILLIN = sct("373270004",
            "Substance with penicillin structure and antibacterial mechanism of action (substance)");
    public static final Code SULFONAMIDE = sct("387406002", "Sulfonamide (substance)");
    public static final Code PEANUT = sct("762952008", "Peanut (substance)");
    public static final Code SHELLFISH = sct("735029006", "Shellfish (substance)");
    public static final Code EGG = sct("102263004", "Eggs (edible) (substance)");
    public static final Code LATEX = sct("111088007", "Latex (substance)");
    public static final Code GRASS_POLLEN = sct("256277009", "Grass pollen (substance)");
    public static final Code CAT_DANDER = sct("260152009", "Cat dander (substance)");

    public static final Code SKIN_ERUPTION = sct("271807003", "Eruption of skin (disorder)");
    public static final Code URTICARIA = sct("126485001", "Urticaria (disorder)");
    public static final Code ANAPHYLAXIS = sct("39579001", "Anaphylaxis (disorder)");
    public static final Code COUGH = sct("49727002", "Cough (finding)");
    public static final Code DYSPNEA = sct("267036007", "Dyspnea (finding)");

    private Snomed() {
    }

    private static Code sct(String code, String display) {
        return Code.of(CodeSystem.SNOMED, code, display);
    }
}

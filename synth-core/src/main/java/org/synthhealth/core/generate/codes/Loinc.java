package org.synthhealth.core.generate.codes;

import org.synthhealth.core.model.Code;
import org.synthhealth.core.model.CodeSystem;

/**
 * LOINC codes for vital signs and laboratory results, from {@code reference/codes.md}, and two codes (the lipid panel
 * and the INR) checked against published copies of the LOINC table where noted.
 */
public final class Loinc {

    public static final Code BP_PANEL = loinc("85354-9", "Blood pressure panel with all children optional");
    public static final Code SYSTOLIC = loinc("8480-6", "Systolic blood pressure");
    public static final Code DIASTOLIC = loinc("8462-4", "Diastolic blood pressure");
    public static final Code HEIGHT = loinc("8302-2", "Body height");
    public static final Code WEIGHT = loinc("29463-7", "Body weight");
    public static final Code BMI = loinc("39156-5", "Body mass index (BMI) [Ratio]");
    public static final Code HEART_RATE = loinc("8867-4", "Heart rate");
    public static final Code RESPIRATORY_RATE = loinc("9279-1", "Respiratory rate");
    public static final Code TEMPERATURE = loinc("8310-5", "Body temperature");
    /** Pulse oximetry; US Core also wants 2708-6 beside it, which the FHIR writer adds. */
    public static final Code SPO2 = loinc("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry");
    public static final Code HBA1C = loinc("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood");
    public static final Code GLUCOSE = loinc("2345-7", "Glucose [Mass/volume] in Serum or Plasma");
    public static final Code CHOLESTEROL = loinc("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma");
    public static final Code LDL = loinc("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by "
            + "calculation");
    public static final Code HDL = loinc("2085-9", "Cholesterol in HDL [Mass/volume] in Serum or Plasma");
    public static final Code TRIGLYCERIDES = loinc("2571-8", "Triglyceride [Mass/volume] in Serum or Plasma");
    public static final Code CREATININE = loinc("2160-0", "Creatinine [Mass/volume] in Serum or Plasma");
    public static final Code HEMOGLOBIN = loinc("718-7", "Hemoglobin [Mass/volume] in Blood");
    public static final Code SODIUM = loinc("2951-2", "Sodium [Moles/volume] in Serum or Plasma");
    public static final Code POTASSIUM = loinc("2823-3", "Potassium [Moles/volume] in Serum or Plasma");
    /**
     * The prothrombin time as an INR, checked for patients on warfarin; reported in the UCUM unit {@code {INR}}. Not in
     * {@code reference/codes.md}; code and display checked against an example Observation of the PACIO Sample Data
     * Depot FHIR guide (paciowg/sample-data-fsh) and the SGHI FHIR profile guide's coagulation map (savannahghi), and
     * the unit against the INR Observation of HL7 Switzerland's CH RAD-Order guide.
     */
    public static final Code INR = loinc("6301-6", "INR in Platelet poor plasma by Coagulation assay");
    /**
     * The order code for the four lipid results drawn together: total cholesterol (2093-3), triglycerides (2571-8),
     * HDL (2085-9) and calculated LDL (13457-7). Not in {@code reference/codes.md}; code and display checked against
     * the LOINC order codes listed in the HL7 FHIR specification (DSTU2, value set {@code diagnostic-requests}), and
     * the members against a hospital laboratory's published LOINC coding of its lipid panel.
     */
    public static final Code LIPID_PANEL = loinc("24331-1", "Lipid 1996 panel - Serum or Plasma");

    private Loinc() {
    }

    private static Code loinc(String code, String display) {
        return Code.of(CodeSystem.LOINC, code, display);
    }
}

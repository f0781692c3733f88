package org.synthhealth.core.migration.internal.extract;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where the VistA writer puts things: which globals are keyed by file number, and which piece of each clinical file's
 * zero node points at the patient.
 */
public final class VistaLayout {

    public static final String PATIENT = "DPT";
    public static final String VISIT = "AUPNVSIT";
    public static final String PROBLEM = "AUPNPROB";
    public static final String ALLERGY = "GMR(120.8)";
    public static final String VITAL = "GMR(120.5)";
    public static final String PRESCRIPTION = "PSRX";
    public static final String IMMUNIZATION = "AUPNVIMM";
    public static final String MOVEMENT = "DGPM";
    public static final String POV = "AUPNVPOV";
    public static final String V_PROCEDURE = "AUPNVCPT";
    public static final String RACE = "DIC(10)";
    public static final String ETHNICITY = "DIC(10.2)";
    public static final String STATE = "DIC(5)";
    public static final String MARITAL = "DIC(11)";
    public static final String VITAL_TYPE = "GMRD(120.51)";
    public static final String ICD = "ICD9";
    public static final String DRUG = "PSDRUG";
    public static final String VACCINE = "AUTTIMM";

    /** Globals whose first subscript is a file number rather than an entry number. */
    static final Set<String> FILE_NUMBERED = Set.of("GMR", "GMRD", "DIC");

    /** Clinical files and the piece of their zero node that points at the PATIENT file. */
    static final Map<String, Integer> PATIENT_POINTER = new TreeMap<>(Map.of(
            VISIT, 5, PROBLEM, 2, ALLERGY, 1, VITAL, 2, PRESCRIPTION, 2, IMMUNIZATION, 2, MOVEMENT, 3, POV, 2,
            V_PROCEDURE, 2));

    private VistaLayout() {
    }
}

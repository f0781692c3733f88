package org.synthhealth.core.migration.internal.extract;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where the VistA writer puts things: which globals are keyed by file number, and which piece of each clinical file's
 * zero node points at the patient.
 */
public final class VistaLayout {

    /** PATIENT (#2). */
    public static final String PATIENT = "DPT";
    /** VISIT (#9000010). */
    public static final String VISIT = "AUPNVSIT";
    /** PROBLEM (#9000011). */
    public static final String PROBLEM = "AUPNPROB";
    /** PATIENT ALLERGIES (#120.8). */
    public static final String ALLERGY = "GMR(120.8)";
    /** GMRV VITAL MEASUREMENT (#120.5). */
    public static final String VITAL = "GMR(120.5)";
    /** PRESCRIPTION (#52). */
    public static final String PRESCRIPTION = "PSRX";
    /** V IMMUNIZATION (#9000010.11). */
    public static final String IMMUNIZATION = "AUPNVIMM";
    /** PATIENT MOVEMENT (#405). */
    public static final String MOVEMENT = "DGPM";
    /** V POV (#9000010.07). */
    public static final String POV = "AUPNVPOV";
    /** V CPT (#9000010.18). */
    public static final String V_PROCEDURE = "AUPNVCPT";
    /** RACE (#10). */
    public static final String RACE = "DIC(10)";
    /** ETHNICITY (#10.2). */
    public static final String ETHNICITY = "DIC(10.2)";
    /** STATE (#5). */
    public static final String STATE = "DIC(5)";
    /** MARITAL STATUS (#11). */
    public static final String MARITAL = "DIC(11)";
    /** GMRV VITAL TYPE (#120.51). */
    public static final String VITAL_TYPE = "GMRD(120.51)";
    /** ICD DIAGNOSIS (#80). */
    public static final String ICD = "ICD9";
    /** DRUG (#50). */
    public static final String DRUG = "PSDRUG";
    /** IMMUNIZATION (#9999999.14). */
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

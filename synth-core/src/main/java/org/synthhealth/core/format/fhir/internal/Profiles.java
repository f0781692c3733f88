package org.synthhealth.core.format.fhir.internal;

import java.util.Optional;
import org.synthhealth.core.format.fhir.UsCoreVersion;

/** The profile canonical URL each exported resource claims, per US Core release. */
public final class Profiles {

    private static final String US_CORE = "http://hl7.org/fhir/us/core/StructureDefinition/";
    private static final String CORE = "http://hl7.org/fhir/StructureDefinition/";

    private final UsCoreVersion version;

    /** Profiles of the given release. */
    public Profiles(UsCoreVersion version) {
        this.version = version;
    }

    /** The release these profiles belong to. */
    public UsCoreVersion version() {
        return version;
    }

    /** The canonical of a US Core profile by its short name, for example {@code us-core-patient}. */
    public static String usCore(String name) {
        return US_CORE + name;
    }

    /** The patient profile. */
    public String patient() {
        return usCore("us-core-patient");
    }

    /** The encounter profile. */
    public String encounter() {
        return usCore("us-core-encounter");
    }

    /** The condition profile: problem list (chronic) or encounter diagnosis (acute). */
    public String condition(boolean problemListItem) {
        if (version == UsCoreVersion.V3_1_1) {
            return usCore("us-core-condition");
        }
        return usCore(problemListItem ? "us-core-condition-problems-health-concerns"
                : "us-core-condition-encounter-diagnosis");
    }

    /** The medication request profile. */
    public String medicationRequest() {
        return usCore("us-core-medicationrequest");
    }

    /** The allergy profile. */
    public String allergyIntolerance() {
        return usCore("us-core-allergyintolerance");
    }

    /** The procedure profile. */
    public String procedure() {
        return usCore("us-core-procedure");
    }

    /** The immunization profile. */
    public String immunization() {
        return usCore("us-core-immunization");
    }

    /** The laboratory result profile. */
    public String laboratory() {
        return usCore("us-core-observation-lab");
    }

    /**
     * The profile for the cause-of-death observation: US Core 6.1.0's simple observation; US Core 3.1.1 has no
     * profile for it, so none is claimed there.
     */
    public Optional<String> causeOfDeath() {
        return version == UsCoreVersion.V3_1_1 ? Optional.empty() : Optional.of(usCore("us-core-simple-observation"));
    }

    /** The vital-sign profile for a LOINC code: the specific one when the release has it, else the generic one. */
    public String vitalSign(String loinc) {
        boolean v6 = version == UsCoreVersion.V6_1_0;
        return switch (loinc) {
            case VitalCodes.BP_PANEL -> v6 ? usCore("us-core-blood-pressure") : CORE + "bp";
            case VitalCodes.HEIGHT -> v6 ? usCore("us-core-body-height") : CORE + "bodyheight";
            case VitalCodes.WEIGHT -> v6 ? usCore("us-core-body-weight") : CORE + "bodyweight";
            case VitalCodes.BMI -> v6 ? usCore("us-core-bmi") : CORE + "bmi";
            case VitalCodes.HEART_RATE -> v6 ? usCore("us-core-heart-rate") : CORE + "heartrate";
            case VitalCodes.RESP_RATE -> v6 ? usCore("us-core-respiratory-rate") : CORE + "resprate";
            case VitalCodes.TEMPERATURE -> v6 ? usCore("us-core-body-temperature") : CORE + "bodytemp";
            case VitalCodes.PULSE_OX, VitalCodes.OXYGEN_SATURATION -> usCore("us-core-pulse-oximetry");
            default -> v6 ? usCore("us-core-vital-signs") : CORE + "vitalsigns";
        };
    }
}

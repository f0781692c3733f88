package org.synthhealth.core.format.fhir.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.synthhealth.core.model.CodeSystem;
import org.synthhealth.core.model.ObservationCategory;

/**
 * Maps measured values to US Core vital-sign and laboratory Observations.
 *
 * <p>The model stores a blood pressure as two rows (systolic and diastolic) sharing a {@code panelId}; FHIR wants one
 * panel Observation ({@code 85354-9}) with the two as components. That Observation takes the id of the first of the
 * two rows. A lone systolic or diastolic row becomes a plain vital sign.
 */
public final class ObservationResources {

    private static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    private static final String INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";

    private ObservationResources() {
    }

    /** The Observations of a patient's measured values, in the order of their first row. */
    public static List<Observation> map(List<org.synthhealth.core.model.Observation> rows, MappingContext context) {
        Map<String, List<org.synthhealth.core.model.Observation>> pressures = new LinkedHashMap<>();
        for (org.synthhealth.core.model.Observation row : rows) {
            if (isPressure(row) && row.panelId().isPresent()) {
                pressures.computeIfAbsent(row.panelId().get(), k -> new ArrayList<>()).add(row);
            }
        }
        List<Observation> out = new ArrayList<>(rows.size());
        for (org.synthhealth.core.model.Observation row : rows) {
            List<org.synthhealth.core.model.Observation> panel =
                    row.panelId().map(pressures::get).orElse(List.of());
            if (isPressure(row) && isCompletePanel(panel)) {
                if (panel.get(0) == row) {
                    out.add(bloodPressure(panel, context));
                }
            } else {
                out.add(single(row, context));
            }
        }
        return out;
    }

    private static boolean isPressure(org.synthhealth.core.model.Observation row) {
        String code = row.code().code();
        return row.category() == ObservationCategory.VITAL_SIGNS
                && (code.equals(VitalCodes.SYSTOLIC) || code.equals(VitalCodes.DIASTOLIC));
    }

    private static boolean isCompletePanel(List<org.synthhealth.core.model.Observation> panel) {
        return panel.size() == 2 && !panel.get(0).code().code().equals(panel.get(1).code().code());
    }

    private static Observation bloodPressure(List<org.synthhealth.core.model.Observation> panel,
            MappingContext context) {
        org.synthhealth.core.model.Observation first = panel.get(0);
        Observation observation = base(first, context, context.profiles().vitalSign(VitalCodes.BP_PANEL));
        observation.setCode(loinc(VitalCodes.BP_PANEL, "Blood pressure panel with all children optional"));
        for (org.synthhealth.core.model.Observation row : panel.stream()
                .sorted((a, b) -> a.code().code().equals(VitalCodes.SYSTOLIC) ? -1
                        : b.code().code().equals(VitalCodes.SYSTOLIC) ? 1 : 0)
                .toList()) {
            ObservationComponentComponent component = observation.addComponent();
            component.setCode(FhirValues.concept(row.code()));
            component.setValue(FhirValues.quantity(row.value(), row.unit()));
        }
        return observation;
    }

    private static Observation single(org.synthhealth.core.model.Observation row, MappingContext context) {
        boolean vital = row.category() == ObservationCategory.VITAL_SIGNS;
        String profile = vital ? context.profiles().vitalSign(row.code().code()) : context.profiles().laboratory();
        Observation observation = base(row, context, profile);
        observation.setCode(code(row));
        observation.setValue(FhirValues.quantity(row.value(), row.unit()));
        if (row.referenceLow().isPresent() || row.referenceHigh().isPresent()) {
            Observation.ObservationReferenceRangeComponent range = observation.addReferenceRange();
            row.referenceLow().ifPresent(low -> range.setLow(FhirValues.quantity(low, row.unit())));
            row.referenceHigh().ifPresent(high -> range.setHigh(FhirValues.quantity(high, row.unit())));
        }
        row.interpretation().ifPresent(flag -> observation.addInterpretation(
                FhirValues.concept(INTERPRETATION, flag, interpretationDisplay(flag))));
        return observation;
    }

    private static Observation base(org.synthhealth.core.model.Observation row, MappingContext context,
            String profile) {
        Observation observation = new Observation();
        observation.setId(row.id());
        observation.setMeta(FhirValues.profile(profile));
        observation.setStatus(Observation.ObservationStatus.FINAL);
        String category = row.category().code();
        observation.addCategory(FhirValues.concept(CATEGORY, category,
                row.category() == ObservationCategory.VITAL_SIGNS ? "Vital Signs" : "Laboratory"));
        observation.setSubject(context.subject());
        context.encounter(row.encounterId()).ifPresent(observation::setEncounter);
        observation.setEffective(FhirValues.dateTime(row.effective()));
        return observation;
    }

    // US Core's pulse-oximetry profile requires both oxygen-saturation codes, whichever one the row carries.
    private static CodeableConcept code(org.synthhealth.core.model.Observation row) {
        String loinc = row.code().code();
        if (loinc.equals(VitalCodes.PULSE_OX) || loinc.equals(VitalCodes.OXYGEN_SATURATION)) {
            return loinc(VitalCodes.PULSE_OX, "Oxygen saturation in Arterial blood by Pulse oximetry")
                    .addCoding(new Coding(CodeSystem.LOINC.uri(), VitalCodes.OXYGEN_SATURATION,
                            "Oxygen saturation in Arterial blood"));
        }
        return FhirValues.concept(Optional.of(row.code()));
    }

    private static CodeableConcept loinc(String code, String display) {
        return new CodeableConcept().addCoding(new Coding(CodeSystem.LOINC.uri(), code, display)).setText(display);
    }

    private static String interpretationDisplay(String flag) {
        return switch (flag) {
            case "N" -> "Normal";
            case "L" -> "Low";
            case "H" -> "High";
            case "LL" -> "Critical low";
            case "HH" -> "Critical high";
            case "A" -> "Abnormal";
            default -> flag;
        };
    }
}

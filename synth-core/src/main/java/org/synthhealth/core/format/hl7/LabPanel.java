package org.synthhealth.core.format.hl7;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.synthhealth.core.model.Code;
import org.synthhealth.core.model.Observation;
import org.synthhealth.core.model.ObservationCategory;
import org.synthhealth.core.model.Patient;

/**
 * One laboratory order: the results that share a {@code panelId}, reported as one ORDER_OBSERVATION group (ORC,
 * OBR and its OBX segments) of the ORU^R01 of its draw ({@link LabDraw}).
 *
 * @param id the panel id, written as placer and filler order number (ORC-2, ORC-3, OBR-2, OBR-3)
 * @param code the panel code, or for an order without one the code of its first result (OBR-4); the engine gives
 *     every order of more than one result a panel code, so the result's code names an order of one test
 * @param time the time of the first result (OBR-7)
 * @param encounterId the visit of the first result (PV1-19)
 * @param results the results in the patient's order
 */
record LabPanel(String id, Code code, Instant time, String encounterId, List<Observation> results) {

    LabPanel {
        results = List.copyOf(results);
    }

    /**
     * The patient's laboratory panels in order of first appearance. A result without a panel id stands alone as
     * its own order, named by its own code and id.
     */
    static List<LabPanel> of(Patient patient) {
        Map<String, List<Observation>> groups = new LinkedHashMap<>();
        for (Observation o : patient.observations()) {
            if (o.category() == ObservationCategory.LABORATORY) {
                groups.computeIfAbsent(o.panelId().orElse(o.id()), k -> new ArrayList<>()).add(o);
            }
        }
        List<LabPanel> panels = new ArrayList<>(groups.size());
        for (Map.Entry<String, List<Observation>> group : groups.entrySet()) {
            Observation first = group.getValue().get(0);
            panels.add(new LabPanel(group.getKey(), first.panel().orElse(first.code()), first.effective(),
                    first.encounterId(), group.getValue()));
        }
        return panels;
    }
}

package org.synthhealth.core.format.hl7;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.synthhealth.core.model.Patient;

/**
 * One blood draw: the laboratory orders taken at the same visit at the same instant, reported together in one
 * ORU^R01 with one ORDER_OBSERVATION group per order.
 *
 * @param encounterId the visit of the draw (PV1-19)
 * @param time the instant of the draw (MSH-7, and OBR-7 of every order)
 * @param orders the orders of the draw, in the order they first appear among the patient's observations; never empty
 */
record LabDraw(String encounterId, Instant time, List<LabPanel> orders) {

    LabDraw {
        orders = List.copyOf(orders);
    }

    /**
     * The patient's draws in order of first appearance. Orders join a draw when their visit and time are equal;
     * orders of one visit at different times, or at one time in different visits, are different draws.
     */
    static List<LabDraw> of(Patient patient) {
        Map<Key, List<LabPanel>> draws = new LinkedHashMap<>();
        for (LabPanel order : LabPanel.of(patient)) {
            draws.computeIfAbsent(new Key(order.encounterId(), order.time()), k -> new ArrayList<>()).add(order);
        }
        List<LabDraw> result = new ArrayList<>(draws.size());
        draws.forEach((key, orders) -> result.add(new LabDraw(key.encounterId(), key.time(), orders)));
        return result;
    }

    private record Key(String encounterId, Instant time) {
    }
}

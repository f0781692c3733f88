package org.synthhealth.core.format.hl7;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.v251.group.ORU_R01_ORDER_OBSERVATION;
import ca.uhn.hl7v2.model.v251.message.ORU_R01;
import ca.uhn.hl7v2.model.v251.segment.OBX;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.synthhealth.core.model.Code;
import org.synthhealth.core.model.Observation;
import org.synthhealth.core.model.ObservationCategory;
import org.synthhealth.core.model.Patient;

/**
 * The rule that an ORU^R01 reports one blood draw, whole, and names each of its orders truthfully. A draw is the
 * laboratory results of one visit taken at one instant; the rule is stated here from the patient's observations, not
 * from {@link LabDraw}, so that it checks the message builder rather than repeating it:
 *
 * <ul>
 *   <li>every OBR-7 and OBX-14 of a message equal its MSH-7, and its PV1-19 is the visit of every result in it;
 *   <li>no two messages of a patient report the same draw, and each message holds every result of its draw;
 *   <li>OBR-4 of an order is its panel code, or, for an order without one, the code of its single result.
 * </ul>
 */
final class DrawRule {

    private DrawRule() {
    }

    /** The ways the patient's ORUs break the rule, one line each; empty when they keep it. */
    static List<String> violations(Patient patient, List<ORU_R01> messages) throws HL7Exception {
        Map<String, List<Observation>> draws = new LinkedHashMap<>();
        Map<String, List<Observation>> orders = new LinkedHashMap<>();
        for (Observation o : patient.observations()) {
            if (o.category() == ObservationCategory.LABORATORY) {
                draws.computeIfAbsent(drawKey(o.encounterId(), Hl7Time.instant(o.effective())), k -> new ArrayList<>())
                        .add(o);
                orders.computeIfAbsent(o.panelId().orElse(o.id()), k -> new ArrayList<>()).add(o);
            }
        }

        List<String> broken = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (ORU_R01 oru : messages) {
            String where = patient.id() + " " + oru.getMSH().getMsh10_MessageControlID().getValue();
            String time = oru.getMSH().getMsh7_DateTimeOfMessage().getTs1_Time().getValue();
            String visit = oru.getPATIENT_RESULT().getPATIENT().getVISIT().getPV1().getPv119_VisitNumber()
                    .getCx1_IDNumber().getValue();
            String draw = drawKey(visit, time);
            if (!reported.add(draw)) {
                broken.add(where + ": draw " + draw + " is split across messages");
            }
            int results = 0;
            for (ORU_R01_ORDER_OBSERVATION group : oru.getPATIENT_RESULT().getORDER_OBSERVATIONAll()) {
                results += group.getOBSERVATIONReps();
                checkOrder(group, time, orders, where, broken);
            }
            int expected = draws.getOrDefault(draw, List.of()).size();
            if (results != expected) {
                broken.add(where + ": holds " + results + " results of draw " + draw + ", which has " + expected);
            }
        }
        for (String draw : draws.keySet()) {
            if (!reported.contains(draw)) {
                broken.add(patient.id() + ": draw " + draw + " is in no message");
            }
        }
        return broken;
    }

    private static void checkOrder(ORU_R01_ORDER_OBSERVATION group, String time, Map<String, List<Observation>> orders,
            String where, List<String> broken) throws HL7Exception {
        String id = group.getOBR().getObr2_PlacerOrderNumber().getEi1_EntityIdentifier().getValue();
        String obr4 = group.getOBR().getObr4_UniversalServiceIdentifier().getCe1_Identifier().getValue();
        String obr7 = group.getOBR().getObr7_ObservationDateTime().getTs1_Time().getValue();
        if (!time.equals(obr7)) {
            broken.add(where + ": order " + id + " has OBR-7 " + obr7 + " but MSH-7 " + time);
        }
        for (OBX obx : obxs(group)) {
            String obx14 = obx.getObx14_DateTimeOfTheObservation().getTs1_Time().getValue();
            if (!time.equals(obx14)) {
                broken.add(where + ": order " + id + " holds a result of " + obx14 + " but MSH-7 " + time);
            }
        }
        List<Observation> results = orders.getOrDefault(id, List.of());
        if (results.isEmpty()) {
            broken.add(where + ": order " + id + " is no order of the patient");
            return;
        }
        String truthful = results.get(0).panel().map(Code::code).orElse(results.get(0).code().code());
        if (results.get(0).panel().isEmpty() && results.size() != 1) {
            broken.add(where + ": order " + id + " has no panel code but " + results.size() + " results");
        }
        if (!truthful.equals(obr4)) {
            broken.add(where + ": order " + id + " is named " + obr4 + " but holds " + results.stream()
                    .map(o -> o.code().code()).toList() + " under panel code " + truthful);
        }
    }

    private static OBX[] obxs(ORU_R01_ORDER_OBSERVATION group) throws HL7Exception {
        OBX[] obxs = new OBX[group.getOBSERVATIONReps()];
        for (int i = 0; i < obxs.length; i++) {
            obxs[i] = group.getOBSERVATION(i).getOBX();
        }
        return obxs;
    }

    private static String drawKey(String encounterId, String hl7Time) {
        return encounterId + "@" + hl7Time;
    }
}

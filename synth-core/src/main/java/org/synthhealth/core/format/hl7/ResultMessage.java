package org.synthhealth.core.format.hl7;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.v251.datatype.NM;
import ca.uhn.hl7v2.model.v251.group.ORU_R01_ORDER_OBSERVATION;
import ca.uhn.hl7v2.model.v251.message.ORU_R01;
import ca.uhn.hl7v2.model.v251.segment.OBR;
import ca.uhn.hl7v2.model.v251.segment.OBX;
import ca.uhn.hl7v2.model.v251.segment.ORC;
import ca.uhn.hl7v2.model.v251.segment.PV1;
import java.math.BigDecimal;
import java.util.Optional;
import org.synthhealth.core.model.Encounter;
import org.synthhealth.core.model.Observation;
import org.synthhealth.core.model.Patient;

/**
 * Fills the patient, visit, order and result segments of one ORU^R01 for one laboratory draw, describing the patient
 * as known at the draw time: one PID and PV1, then one ORDER_OBSERVATION group (ORC, OBR, OBX...) per order.
 */
final class ResultMessage {

    private ResultMessage() {
    }

    static void fill(ORU_R01 oru, Patient patient, LabDraw draw) throws HL7Exception {
        RecordAsOf record = new RecordAsOf(patient, draw.time());
        PatientSegment.fill(oru.getPATIENT_RESULT().getPATIENT().getPID(), record);
        PV1 pv1 = oru.getPATIENT_RESULT().getPATIENT().getVISIT().getPV1();
        Optional<Encounter> encounter = patient.encounter(draw.encounterId());
        if (encounter.isPresent()) {
            Hl7Messages.visit(pv1, encounter.get(), record);
        } else {
            // A visit the record does not hold: class U (unknown), but its number still lets the result join.
            pv1.getPv11_SetIDPV1().setValue("1");
            pv1.getPv12_PatientClass().setValue("U");
            PatientSegment.identifier(pv1.getPv119_VisitNumber(), draw.encounterId(), Hl7Messages.MRN_AUTHORITY,
                    "VN");
        }

        int k = 0;
        for (LabPanel panel : draw.orders()) {
            ORU_R01_ORDER_OBSERVATION order = oru.getPATIENT_RESULT().getORDER_OBSERVATION(k);
            order(order.getORC(), order.getOBR(), k + 1, panel);
            int n = 0;
            for (Observation result : panel.results()) {
                result(order.getOBSERVATION(n).getOBX(), n + 1, result, oru);
                n++;
            }
            k++;
        }
    }

    private static void order(ORC orc, OBR obr, int setId, LabPanel panel) throws HL7Exception {
        // Table 0119: RE, observations to follow.
        orc.getOrc1_OrderControl().setValue("RE");
        orc.getOrc2_PlacerOrderNumber().getEi1_EntityIdentifier().setValue(panel.id());
        orc.getOrc3_FillerOrderNumber().getEi1_EntityIdentifier().setValue(panel.id());
        orc.getOrc5_OrderStatus().setValue("CM");
        orc.getOrc9_DateTimeOfTransaction().getTs1_Time().setValue(Hl7Time.instant(panel.time()));

        obr.getObr1_SetIDOBR().setValue(Integer.toString(setId));
        obr.getObr2_PlacerOrderNumber().getEi1_EntityIdentifier().setValue(panel.id());
        obr.getObr3_FillerOrderNumber().getEi1_EntityIdentifier().setValue(panel.id());
        PatientSegment.coded(obr.getObr4_UniversalServiceIdentifier(), panel.code());
        obr.getObr7_ObservationDateTime().getTs1_Time().setValue(Hl7Time.instant(panel.time()));
        obr.getObr22_ResultsRptStatusChngDateTime().getTs1_Time().setValue(Hl7Time.instant(panel.time()));
        obr.getObr25_ResultStatus().setValue("F");
    }

    private static void result(OBX obx, int setId, Observation result, ORU_R01 oru) throws HL7Exception {
        obx.getObx1_SetIDOBX().setValue(Integer.toString(setId));
        obx.getObx2_ValueType().setValue("NM");
        PatientSegment.coded(obx.getObx3_ObservationIdentifier(), result.code());
        NM value = new NM(oru);
        value.setValue(result.value().toPlainString());
        obx.getObx5_ObservationValue(0).setData(value);
        PatientSegment.coded(obx.getObx6_Units(), result.unit(), result.unit(), "UCUM");
        Optional<String> range = range(result.referenceLow(), result.referenceHigh(), result.value().scale());
        if (range.isPresent()) {
            obx.getObx7_ReferencesRange().setValue(range.get());
        }
        if (result.interpretation().isPresent()) {
            obx.getObx8_AbnormalFlags(0).setValue(result.interpretation().get());
        }
        obx.getObx11_ObservationResultStatus().setValue("F");
        obx.getObx14_DateTimeOfTheObservation().getTs1_Time().setValue(Hl7Time.instant(result.effective()));
    }

    /**
     * OBX-7 in the forms v2.5.1 names: {@code low-high}, {@code >low} or {@code <high}. The record's bounds are
     * inclusive (a value equal to one is normal), while {@code >} and {@code <} are strict, so a one-sided bound is
     * written one step of the result's precision ({@code scale} decimals) further out: an HDL of at least 40 mg/dL is
     * {@code >39}, a cholesterol of at most 199 is {@code <200}.
     */
    static Optional<String> range(Optional<BigDecimal> low, Optional<BigDecimal> high, int scale) {
        if (low.isPresent() && high.isPresent()) {
            return Optional.of(low.get().toPlainString() + "-" + high.get().toPlainString());
        }
        BigDecimal step = BigDecimal.ONE.movePointLeft(Math.max(scale, 0));
        if (low.isPresent()) {
            return Optional.of(">" + low.get().subtract(step).setScale(Math.max(scale, 0)).toPlainString());
        }
        return high.map(h -> "<" + h.add(step).setScale(Math.max(scale, 0)).toPlainString());
    }
}

package org.synthhealth.core.format.hl7;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.v251.message.ADT_A01;
import ca.uhn.hl7v2.model.v251.message.ORU_R01;
import ca.uhn.hl7v2.model.v251.segment.AL1;
import ca.uhn.hl7v2.model.v251.segment.DG1;
import ca.uhn.hl7v2.model.v251.segment.MSH;
import ca.uhn.hl7v2.model.v251.segment.PV1;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.validation.builder.ValidationRuleBuilder;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.synthhealth.core.model.Allergy;
import org.synthhealth.core.model.Condition;
import org.synthhealth.core.model.Encounter;
import org.synthhealth.core.model.Patient;

/**
 * Builds HL7 v2.5.1 messages for a patient with HAPI's message classes: one ADT^A04 registration and one ORU^R01 per
 * laboratory draw (the orders of one visit taken at one instant).
 *
 * <p>Every field is set from the patient, never from the clock or a counter file, so the same patient always gives the
 * same message text: MSH-7 is the event time (the registration visit's start for ADT, the draw time for ORU) and
 * MSH-10 is derived from the patient index and the message ordinal. MSH-11 is {@code T} (training): the patients are
 * synthetic, and a receiving system must never take them for production data.
 *
 * <p>Every message describes the patient as known at its event time ({@link RecordAsOf}): diagnoses, allergies, death
 * (PID-29, PID-30) and discharge (PV1-45) appear only once they have happened, so a feed replayed in time order never
 * announces them early.
 *
 * <p>PID-3 carries three identifiers: the MRN ({@code <mrn>^^^SYNTHHEALTH^MR}), the SSN ({@code <ssn>^^^SSA^SS}) and
 * the cohort patient id ({@code <patient_id>^^^SYNTHHEALTH-PATIENT^PI}), which is the {@code patient_id} of the
 * tables and the FHIR {@code Patient.id}. PV1-19 is the visit number {@code <encounter_id>^^^SYNTHHEALTH^VN}.
 *
 * <p>An instance is not thread-safe; use one per thread.
 *
 * <pre>{@code
 * Hl7Messages hl7 = new Hl7Messages();
 * String adt = hl7.encode(hl7.adt(patient));              // segments end with "\r"
 * for (ORU_R01 oru : hl7.oru(patient)) { ... }
 * }</pre>
 */
public final class Hl7Messages {

    /** The assigning authority of the MRN in PID-3 and of the visit number in PV1-19. */
    public static final String MRN_AUTHORITY = "SYNTHHEALTH";

    /** The assigning authority of the cohort patient id in PID-3 (identifier type {@code PI}). */
    public static final String PATIENT_ID_AUTHORITY = "SYNTHHEALTH-PATIENT";

    /** MSH-3 sending application. */
    public static final String SENDING_APPLICATION = "SYNTH-HEALTH";

    /** MSH-11 processing id: {@code T}, training, because the patients are synthetic. */
    public static final String PROCESSING_ID = "T";

    /** MSH-12 version id. */
    public static final String VERSION = "2.5.1";

    /** PV1-4 of the birth stay: table 0007 {@code N}, newborn (birth in a healthcare facility). */
    static final String NEWBORN_ADMISSION = "N";

    private final HapiContext context;
    private final PipeParser parser;

    /** A builder whose messages are encoded with HAPI's pipe parser; it validates nothing while building. */
    public Hl7Messages() {
        // Building needs no validation: tests prove every message against HAPI's default validation instead.
        // An empty rule set (rather than HAPI's "no validation", which still trims ST and FT values) also writes
        // every value exactly as the patient holds it.
        this.context = new DefaultHapiContext(new NoRules());
        context.getParserConfiguration().setValidating(false);
        this.parser = context.getPipeParser();
    }

    /**
     * The ADT^A04 (structure ADT_A01) registering the patient at the start of the first visit: MSH, EVN, PID, PV1 of
     * that visit, one AL1 per allergy and one DG1 per diagnosis (ICD-10-CM, coding system {@code I10}) known by then.
     * Allergies and diagnoses found at later visits, and a later death, are not in it.
     *
     * <p>A patient without visits gets PV1-2 {@code N} (not applicable) and the birth date as event time.
     */
    public ADT_A01 adt(Patient patient) {
        try {
            Optional<Encounter> first = patient.encounters().stream()
                    .min(Comparator.comparing(Encounter::start).thenComparing(Encounter::id));
            Instant eventTime = first.map(Encounter::start)
                    .orElseGet(() -> patient.demographics().birthDate().atStartOfDay(ZoneOffset.UTC).toInstant());

            RecordAsOf record = new RecordAsOf(patient, eventTime);
            ADT_A01 adt = new ADT_A01(context.getModelClassFactory());
            adt.setParser(parser);
            header(adt.getMSH(), "ADT", "A04", "ADT_A01", eventTime, "ADT-" + patient.index());
            adt.getEVN().getEvn1_EventTypeCode().setValue("A04");
            adt.getEVN().getEvn2_RecordedDateTime().getTs1_Time().setValue(Hl7Time.instant(eventTime));
            PatientSegment.fill(adt.getPID(), record);
            if (first.isPresent()) {
                visit(adt.getPV1(), first.get(), record);
            } else {
                adt.getPV1().getPv11_SetIDPV1().setValue("1");
                adt.getPV1().getPv12_PatientClass().setValue("N");
            }
            int n = 0;
            for (Allergy allergy : record.allergies()) {
                allergy(adt.getAL1(n), n + 1, allergy);
                n++;
            }
            n = 0;
            for (Condition condition : record.diagnoses()) {
                diagnosis(adt.getDG1(n), n + 1, condition);
                n++;
            }
            return adt;
        } catch (HL7Exception e) {
            throw new IllegalStateException("cannot build ADT for patient " + patient.id() + ": " + e.getMessage(), e);
        }
    }

    /**
     * One ORU^R01 per laboratory draw, in the order the draws first appear among the patient's observations: MSH, PID,
     * PV1 of the draw's visit, then for each order of the draw an ORC, an OBR (OBR-1 counting the orders from 1, OBR-4
     * the panel code or the single test's code) and one OBX per result; the draw time is the event time. Results of
     * one visit at one instant are one draw, so a draw is never split across messages. Empty when the patient has no
     * laboratory results.
     */
    public List<ORU_R01> oru(Patient patient) {
        List<ORU_R01> messages = new ArrayList<>();
        try {
            int ordinal = 0;
            for (LabDraw draw : LabDraw.of(patient)) {
                ORU_R01 oru = new ORU_R01(context.getModelClassFactory());
                oru.setParser(parser);
                header(oru.getMSH(), "ORU", "R01", "ORU_R01", draw.time(),
                        "ORU-" + patient.index() + "-" + ordinal);
                ResultMessage.fill(oru, patient, draw);
                messages.add(oru);
                ordinal++;
            }
        } catch (HL7Exception e) {
            throw new IllegalStateException("cannot build ORU for patient " + patient.id() + ": " + e.getMessage(), e);
        }
        return messages;
    }

    /** The message in ER7 (pipe) form: every segment, the last included, ends with {@code \r}; no line feeds. */
    public String encode(Message message) {
        try {
            return parser.encode(message);
        } catch (HL7Exception e) {
            throw new IllegalStateException("cannot encode HL7 message: " + e.getMessage(), e);
        }
    }

    private static void header(MSH msh, String code, String trigger, String structure, Instant time, String controlId)
            throws HL7Exception {
        msh.getMsh1_FieldSeparator().setValue("|");
        msh.getMsh2_EncodingCharacters().setValue("^~\\&");
        msh.getMsh3_SendingApplication().getHd1_NamespaceID().setValue(SENDING_APPLICATION);
        msh.getMsh4_SendingFacility().getHd1_NamespaceID().setValue(MRN_AUTHORITY);
        msh.getMsh7_DateTimeOfMessage().getTs1_Time().setValue(Hl7Time.instant(time));
        msh.getMsh9_MessageType().getMsg1_MessageCode().setValue(code);
        msh.getMsh9_MessageType().getMsg2_TriggerEvent().setValue(trigger);
        msh.getMsh9_MessageType().getMsg3_MessageStructure().setValue(structure);
        msh.getMsh10_MessageControlID().setValue(controlId);
        msh.getMsh11_ProcessingID().getPt1_ProcessingID().setValue(PROCESSING_ID);
        msh.getMsh12_VersionID().getVid1_VersionID().setValue(VERSION);
        msh.getMsh18_CharacterSet(0).setValue("UNICODE UTF-8");
    }

    /**
     * PV1 of the visit; PV1-4 {@code N} (table 0007, newborn: birth in a healthcare facility) for the birth stay;
     * PV1-45 only when the visit had ended by the record's event time.
     */
    static void visit(PV1 pv1, Encounter encounter, RecordAsOf record) throws HL7Exception {
        pv1.getPv11_SetIDPV1().setValue("1");
        pv1.getPv12_PatientClass().setValue(encounter.encounterClass().hl7PatientClass());
        if (record.patient().birthStay().filter(encounter::equals).isPresent()) {
            pv1.getPv14_AdmissionType().setValue(NEWBORN_ADMISSION);
        }
        pv1.getPv13_AssignedPatientLocation().getPl4_Facility().getHd1_NamespaceID().setValue(encounter.facility());
        PatientSegment.identifier(pv1.getPv119_VisitNumber(), encounter.id(), MRN_AUTHORITY, "VN");
        pv1.getPv144_AdmitDateTime().getTs1_Time().setValue(Hl7Time.instant(encounter.start()));
        Optional<Instant> discharge = record.discharge(encounter);
        if (discharge.isPresent()) {
            pv1.getPv145_DischargeDateTime(0).getTs1_Time().setValue(Hl7Time.instant(discharge.get()));
        }
    }

    private static void allergy(AL1 al1, int setId, Allergy allergy) throws HL7Exception {
        al1.getAl11_SetIDAL1().setValue(Integer.toString(setId));
        AllergenType type = AllergenType.of(allergy.category());
        PatientSegment.coded(al1.getAl12_AllergenTypeCode(), type.code(), type.display(), "HL70127");
        PatientSegment.coded(al1.getAl13_AllergenCodeMnemonicDescription(), allergy.substance());
        AllergySeverity severity = AllergySeverity.of(allergy.severity());
        PatientSegment.coded(al1.getAl14_AllergySeverityCode(), severity.code(), severity.display(), "HL70128");
        al1.getAl15_AllergyReactionCode(0).setValue(allergy.reaction().display());
        al1.getAl16_IdentificationDate().setValue(Hl7Time.date(allergy.onsetDate()));
    }

    private static void diagnosis(DG1 dg1, int setId, Condition condition) throws HL7Exception {
        dg1.getDg11_SetIDDG1().setValue(Integer.toString(setId));
        PatientSegment.coded(dg1.getDg13_DiagnosisCodeDG1(), condition.icd10());
        dg1.getDg15_DiagnosisDateTime().getTs1_Time().setValue(Hl7Time.date(condition.onsetDate()));
        // Table 0052: F final; the engine records settled diagnoses, not working ones.
        dg1.getDg16_DiagnosisType().setValue("F");
    }

    /** A validation rule set with no rules. */
    private static final class NoRules extends ValidationRuleBuilder {
    }
}

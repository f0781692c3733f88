package org.synthhealth.core.format.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.v251.datatype.CX;
import ca.uhn.hl7v2.model.v251.datatype.XPN;
import ca.uhn.hl7v2.model.v251.group.ORU_R01_ORDER_OBSERVATION;
import ca.uhn.hl7v2.model.v251.message.ADT_A01;
import ca.uhn.hl7v2.model.v251.message.ORU_R01;
import ca.uhn.hl7v2.model.v251.segment.MSH;
import ca.uhn.hl7v2.model.v251.segment.OBX;
import ca.uhn.hl7v2.model.v251.segment.PID;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.validation.impl.DefaultValidation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.synthhealth.core.model.Allergy;
import org.synthhealth.core.model.Condition;
import org.synthhealth.core.model.Demographics;
import org.synthhealth.core.model.Encounter;
import org.synthhealth.core.model.Observation;
import org.synthhealth.core.model.Patient;

/**
 * The message invariants, checked over every patient of a cohort; subclasses say which cohort (the engine's, and a
 * hand-built one with edge cases the engine may not produce).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class Hl7MessagesTest {

    private static final Hl7Messages HL7 = new Hl7Messages();

    private final List<ADT_A01> adts = new ArrayList<>();
    private final List<List<ORU_R01>> orus = new ArrayList<>();
    private List<Patient> patients;
    private PipeParser validating;

    /** The patients to check, in index order, each with a distinct index. */
    abstract List<Patient> cohort();

    @BeforeAll
    void parseEveryMessageBack() throws HL7Exception {
        patients = cohort();
        // A new DefaultHapiContext validates with HAPI's default rules; say so explicitly in case that changes.
        validating = new DefaultHapiContext(new DefaultValidation()).getPipeParser();
        for (Patient patient : patients) {
            adts.add((ADT_A01) validating.parse(HL7.encode(HL7.adt(patient))));
            List<ORU_R01> results = new ArrayList<>();
            for (ORU_R01 oru : HL7.oru(patient)) {
                results.add((ORU_R01) validating.parse(HL7.encode(oru)));
            }
            orus.add(results);
        }
    }

    @Test
    void everyMessageParsesBackWithHapisValidatingParserAsItsStructure() {
        assertThat(adts).hasSize(patients.size());
        assertThat(orus.stream().mapToInt(List::size).sum()).as("ORU messages in the cohort").isGreaterThan(100);
    }

    @Test
    void theValidatingParserUsedAsProofRejectsAMalformedTimestamp() {
        String good = HL7.encode(HL7.adt(patients.get(0)));
        String msh7 = adts.get(0).getMSH().getMsh7_DateTimeOfMessage().getTs1_Time().getValue();
        String bad = good.replaceFirst(java.util.regex.Pattern.quote(msh7), "2024-13-45T99:00");

        assertThat(bad).isNotEqualTo(good);
        assertThatThrownBy(() -> validating.parse(bad)).isInstanceOf(HL7Exception.class);
    }

    @Test
    void headersNameTypeStructureVersionAndProcessingId() throws HL7Exception {
        for (ADT_A01 adt : adts) {
            assertThat(adt.getMSH().getMsh9_MessageType().encode()).isEqualTo("ADT^A04^ADT_A01");
            assertHeader(adt.getMSH());
        }
        for (List<ORU_R01> results : orus) {
            for (ORU_R01 oru : results) {
                assertThat(oru.getMSH().getMsh9_MessageType().encode()).isEqualTo("ORU^R01^ORU_R01");
                assertHeader(oru.getMSH());
            }
        }
    }

    @Test
    void controlIdsAreUniqueAcrossBothMessageKinds() {
        Set<String> ids = new HashSet<>();
        int count = 0;
        for (int i = 0; i < patients.size(); i++) {
            ids.add(adts.get(i).getMSH().getMsh10_MessageControlID().getValue());
            count++;
            for (ORU_R01 oru : orus.get(i)) {
                ids.add(oru.getMSH().getMsh10_MessageControlID().getValue());
                count++;
            }
        }
        assertThat(ids).hasSize(count);
    }

    @Test
    void pidIdentifiersNameAndBirthDateEqualTheCohort() throws HL7Exception {
        for (int i = 0; i < patients.size(); i++) {
            Patient patient = patients.get(i);
            assertPid(adts.get(i).getPID(), patient);
            for (ORU_R01 oru : orus.get(i)) {
                assertPid(oru.getPATIENT_RESULT().getPATIENT().getPID(), patient);
            }
        }
    }

    @Test
    void deathDateAndIndicatorAppearOnlyFromTheDeathOn() {
        for (int i = 0; i < patients.size(); i++) {
            Patient patient = patients.get(i);
            assertDeath(adts.get(i).getPID(), patient, firstVisitStart(patient));
            List<LabPanel> panels = LabPanel.of(patient);
            for (int p = 0; p < panels.size(); p++) {
                assertDeath(orus.get(i).get(p).getPATIENT_RESULT().getPATIENT().getPID(), patient,
                        panels.get(p).time());
            }
        }
        assertThat(patients).anyMatch(Patient::isDeceased);
    }

    @Test
    void pv1IsTheFirstVisitWithItsClassAndEncounterIdAsVisitNumber() throws HL7Exception {
        for (int i = 0; i < patients.size(); i++) {
            Patient patient = patients.get(i);
            var pv1 = adts.get(i).getPV1();
            if (patient.encounters().isEmpty()) {
                assertThat(pv1.getPv12_PatientClass().getValue()).isEqualTo("N");
                continue;
            }
            Encounter first = patient.encounters().stream()
                    .min(Comparator.comparing(Encounter::start).thenComparing(Encounter::id)).orElseThrow();
            assertThat(pv1.getPv12_PatientClass().getValue()).isEqualTo(first.encounterClass().hl7PatientClass());
            assertThat(pv1.getPv119_VisitNumber().encode())
                    .isEqualTo(first.id() + "^^^" + Hl7Messages.MRN_AUTHORITY + "^VN");
            assertThat(adts.get(i).getMSH().getMsh7_DateTimeOfMessage().getTs1_Time().getValue())
                    .isEqualTo(Hl7Time.instant(first.start()));
            assertThat(pv1.getPv144_AdmitDateTime().getTs1_Time().getValue()).isEqualTo(Hl7Time.instant(first.start()));
            assertThat(pv1.getPv145_DischargeDateTime()).as("PV1-45 of a visit still under way, %s", first.id())
                    .isEmpty();
        }
    }

    @Test
    void allergiesAndDiagnosesKnownAtTheFirstVisitAreListedOneSegmentEach() throws HL7Exception {
        int left = 0;
        for (int i = 0; i < patients.size(); i++) {
            Patient patient = patients.get(i);
            Instant event = firstVisitStart(patient);
            ADT_A01 adt = adts.get(i);
            List<Condition> diagnoses = patient.conditions().stream().filter(c -> knownAt(patient, c, event)).toList();
            List<Allergy> allergies = patient.allergies().stream()
                    .filter(a -> madeBy(patient, a.encounterId(), a.onsetDate(), event)).toList();
            left += patient.conditions().size() - diagnoses.size() + patient.allergies().size() - allergies.size();

            assertThat(adt.getAL1All()).as(patient.id()).hasSize(allergies.size());
            assertThat(adt.getDG1All()).as(patient.id()).hasSize(diagnoses.size());
            for (int d = 0; d < diagnoses.size(); d++) {
                assertThat(adt.getDG1(d).getDg13_DiagnosisCodeDG1().encode()).isEqualTo(
                        diagnoses.get(d).icd10().code() + "^" + escaped(diagnoses.get(d).icd10().display()) + "^I10");
                assertThat(adt.getDG1(d).getDg15_DiagnosisDateTime().getTs1_Time().getValue())
                        .isEqualTo(Hl7Time.date(diagnoses.get(d).onsetDate()));
            }
            for (int a = 0; a < allergies.size(); a++) {
                assertThat(adt.getAL1(a).getAl13_AllergenCodeMnemonicDescription().getCe1_Identifier().getValue())
                        .isEqualTo(allergies.get(a).substance().code());
            }
        }
        assertThat(left).as("allergies and diagnoses found after the first visit").isPositive();
    }

    @Test
    void everyOrderNamesItsPanelAndVisitAndEveryObxEqualsTheCohortResult() throws HL7Exception {
        int checked = 0;
        for (int i = 0; i < patients.size(); i++) {
            List<LabPanel> panels = LabPanel.of(patients.get(i));
            assertThat(orus.get(i)).hasSize(panels.size());
            for (int p = 0; p < panels.size(); p++) {
                ORU_R01_ORDER_OBSERVATION order = orus.get(i).get(p).getPATIENT_RESULT().getORDER_OBSERVATION();
                assertThat(order.getOBR().getObr4_UniversalServiceIdentifier().getCe1_Identifier().getValue())
                        .isEqualTo(panels.get(p).code().code());
                assertThat(order.getOBR().getObr7_ObservationDateTime().getTs1_Time().getValue()).endsWith("+0000");
                assertThat(order.getOBR().getObr2_PlacerOrderNumber().encode()).isEqualTo(panels.get(p).id());
                assertThat(orus.get(i).get(p).getPATIENT_RESULT().getPATIENT().getVISIT().getPV1()
                        .getPv119_VisitNumber().getCx1_IDNumber().getValue()).isEqualTo(panels.get(p).encounterId());
                List<Observation> results = panels.get(p).results();
                assertThat(order.getOBSERVATIONAll()).hasSize(results.size());
                for (int r = 0; r < results.size(); r++) {
                    assertObx(order.getOBSERVATION(r).getOBX(), results.get(r));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
    }

    @Test
    void escapesEveryDelimiterInDataAndReadsItBack() throws HL7Exception {
        String nasty = "O'Brien^Smith|Jones & Co \\ ~";
        Patient base = patients.get(1);
        Demographics d = base.demographics();
        Patient patient = new Patient(base.id(), base.index(), new Demographics(d.mrn(), d.ssn(), "Ann~Marie",
                d.middleName(), nasty, d.sex(), d.birthDate(), d.race(), d.ethnicity(), d.language(),
                d.maritalStatus(), d.phone(), d.email(), d.address(), d.insurance()), base.socialHistory(),
                base.encounters(), base.conditions(), base.medications(), base.allergies(), base.procedures(),
                base.immunizations(), base.observations(), base.death(), base.familyHistory());

        String text = HL7.encode(HL7.adt(patient));
        ADT_A01 back = (ADT_A01) validating.parse(text);

        assertThat(text).contains("|O'Brien\\S\\Smith\\F\\Jones \\T\\ Co \\E\\ \\R\\^Ann\\R\\Marie");
        assertThat(back.getPID().getPid5_PatientName(0).getXpn1_FamilyName().getFn1_Surname().getValue())
                .isEqualTo(nasty);
        assertThat(back.getPID().getPid5_PatientName(0).getXpn2_GivenName().getValue()).isEqualTo("Ann~Marie");
    }

    @Test
    void segmentsEndWithCarriageReturnAndNoLineFeed() {
        for (Patient patient : patients.subList(0, 40)) {
            String adt = HL7.encode(HL7.adt(patient));
            assertThat(adt).startsWith("MSH|^~\\&|").endsWith("\r").doesNotContain("\n");
            for (ORU_R01 oru : HL7.oru(patient)) {
                assertThat(HL7.encode(oru)).startsWith("MSH|^~\\&|").endsWith("\r").doesNotContain("\n");
            }
        }
    }

    @Test
    void buildingTheSameMessageTwiceGivesTheSameText() {
        Hl7Messages other = new Hl7Messages();
        for (Patient patient : patients.subList(0, 40)) {
            assertThat(other.encode(other.adt(patient))).isEqualTo(HL7.encode(HL7.adt(patient)));
            assertThat(other.oru(patient).stream().map(other::encode).toList())
                    .isEqualTo(HL7.oru(patient).stream().map(HL7::encode).toList());
        }
    }

    /**
     * A diagnosis or allergy is known at {@code event} when dated on or before its day (UTC) by a visit that had
     * started by then; written out here rather than taken from {@link RecordAsOf} so that the test states the rule.
     */
    private static boolean madeBy(Patient patient, String encounterId, LocalDate date, Instant event) {
        boolean visitStarted = patient.encounter(encounterId).map(e -> !e.start().isAfter(event)).orElse(true);
        return !date.isAfter(LocalDate.ofInstant(event, ZoneOffset.UTC)) && visitStarted;
    }

    private static boolean knownAt(Patient patient, Condition c, Instant event) {
        boolean resolvedBefore = c.resolutionDate().filter(r -> r.isBefore(LocalDate.ofInstant(event, ZoneOffset.UTC)))
                .isPresent();
        return madeBy(patient, c.encounterId(), c.onsetDate(), event) && !resolvedBefore;
    }

    /** The ADT's event time: the first visit's start, or the birth date for a patient without visits. */
    private static Instant firstVisitStart(Patient patient) {
        return patient.encounters().stream().map(Encounter::start).min(Comparator.naturalOrder())
                .orElseGet(() -> patient.demographics().birthDate().atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static void assertDeath(PID pid, Patient patient, Instant event) {
        boolean dead = patient.death().filter(d -> !d.dateTime().isAfter(event)).isPresent();
        String where = patient.id() + " at " + event;
        assertThat(pid.getPid30_PatientDeathIndicator().getValue()).as(where).isEqualTo(dead ? "Y" : "N");
        assertThat(pid.getPid29_PatientDeathDateAndTime().getTs1_Time().getValue()).as(where)
                .isEqualTo(dead ? Hl7Time.instant(patient.death().get().dateTime()) : null);
    }

    private void assertHeader(MSH msh) {
        assertThat(msh.getMsh12_VersionID().getVid1_VersionID().getValue()).isEqualTo("2.5.1");
        assertThat(msh.getMsh11_ProcessingID().getPt1_ProcessingID().getValue()).isEqualTo("T");
        assertThat(msh.getMsh7_DateTimeOfMessage().getTs1_Time().getValue()).matches("\\d{14}\\+0000");
        assertThat(msh.getMsh10_MessageControlID().getValue()).isNotBlank().hasSizeLessThanOrEqualTo(20);
    }

    private void assertPid(PID pid, Patient patient) throws HL7Exception {
        Demographics d = patient.demographics();
        CX[] ids = pid.getPid3_PatientIdentifierList();
        assertThat(ids).extracting(CX::encode).containsExactly(
                d.mrn() + "^^^SYNTHHEALTH^MR", d.ssn() + "^^^SSA^SS", patient.id() + "^^^SYNTHHEALTH-PATIENT^PI");
        XPN name = pid.getPid5_PatientName(0);
        assertThat(name.getXpn1_FamilyName().getFn1_Surname().getValue()).isEqualTo(d.lastName());
        assertThat(name.getXpn2_GivenName().getValue()).isEqualTo(d.firstName());
        assertThat(name.getXpn3_SecondAndFurtherGivenNamesOrInitialsThereof().getValue())
                .isEqualTo(d.middleName().orElse(null));
        assertThat(pid.getPid7_DateTimeOfBirth().getTs1_Time().getValue())
                .isEqualTo(d.birthDate().toString().replace("-", ""));
        assertThat(pid.getPid8_AdministrativeSex().getValue()).isEqualTo(d.sex().code());
        assertThat(pid.getPid10_Race(0).encode()).isEqualTo(
                d.race().cdcCode() + "^" + d.race().cdcDisplay() + "^CDCREC");
        assertThat(pid.getPid22_EthnicGroup(0).getCe1_Identifier().getValue()).isIn("H", "N");
    }

    private void assertObx(OBX obx, Observation expected) throws HL7Exception {
        String where = expected.id();
        assertThat(obx.getObx2_ValueType().getValue()).as(where).isEqualTo("NM");
        assertThat(obx.getObx3_ObservationIdentifier().encode()).as(where)
                .isEqualTo(expected.code().code() + "^" + expected.code().display() + "^LN");
        String value = obx.getObx5_ObservationValue(0).getData().encode();
        assertThat(value).as(where).isEqualTo(expected.value().toPlainString()).doesNotContainIgnoringCase("e");
        assertThat(new java.math.BigDecimal(value)).as(where).isEqualByComparingTo(expected.value());
        assertThat(obx.getObx6_Units().encode()).as(where)
                .isEqualTo(expected.unit() + "^" + expected.unit() + "^UCUM");
        assertThat(obx.getObx7_ReferencesRange().getValue()).as(where)
                .isEqualTo(ResultMessage.range(expected.referenceLow(), expected.referenceHigh()).orElse(null));
        assertThat(obx.getObx8_AbnormalFlags(0).getValue()).as(where)
                .isEqualTo(expected.interpretation().orElse(null));
        assertThat(obx.getObx11_ObservationResultStatus().getValue()).as(where).isEqualTo("F");
        assertThat(obx.getObx14_DateTimeOfTheObservation().getTs1_Time().getValue()).as(where)
                .isEqualTo(Hl7Time.instant(expected.effective())).endsWith("+0000");
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\E\\").replace("|", "\\F\\").replace("^", "\\S\\").replace("&", "\\T\\")
                .replace("~", "\\R\\");
    }
}

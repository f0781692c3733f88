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
 *
 * <p>Only the encoded text of each message is kept; every test parses a patient's messages back with HAPI's
 * validating parser as it reaches them and lets them go, because HAPI's message objects for a whole cohort would
 * fill the test heap.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class Hl7MessagesTest {

    private static final Hl7Messages HL7 = new Hl7Messages();

    private final List<String> adtTexts = new ArrayList<>();
    private final List<List<String>> oruTexts = new ArrayList<>();
    private List<Patient> patients;
    private PipeParser validating;

    /** The patients to check, in index order, each with a distinct index. */
    abstract List<Patient> cohort();

    @BeforeAll
    void encodeEveryMessage() {
        patients = cohort();
        // A new DefaultHapiContext validates with HAPI's default rules; say so explicitly in case that changes.
        validating = new DefaultHapiContext(new DefaultValidation()).getPipeParser();
        for (Patient patient : patients) {
            adtTexts.add(HL7.encode(HL7.adt(patient)));
            oruTexts.add(HL7.oru(patient).stream().map(HL7::encode).toList());
        }
    }

    @Test
    void everyMessageParsesBackWithHapisValidatingParserAsItsStructure() throws HL7Exception {
        int results = 0;
        for (int i = 0; i < patients.size(); i++) {
            assertThat(validating.parse(adtTexts.get(i))).as(patients.get(i).id()).isInstanceOf(ADT_A01.class);
            for (String text : oruTexts.get(i)) {
                assertThat(validating.parse(text)).as(patients.get(i).id()).isInstanceOf(ORU_R01.class);
                results++;
            }
        }
        assertThat(results).as("ORU messages in the cohort").isGreaterThan(100);
    }

    @Test
    void theValidatingParserUsedAsProofRejectsAMalformedTimestamp() throws HL7Exception {
        String good = HL7.encode(HL7.adt(patients.get(0)));
        String msh7 = adt(0).getMSH().getMsh7_DateTimeOfMessage().getTs1_Time().getValue();
        String bad = good.replaceFirst(java.util.regex.Pattern.quote(msh7), "2024-13-45T99:00");

        assertThat(bad).isNotEqualTo(good);
        assertThatThrownBy(() -> validating.parse(bad)).isInstanceOf(HL7Exception.class);
    }

    @Test
    void headersNameTypeStructureVersionAndProcessingId() throws HL7Exception {
        for (int i = 0; i < patients.size(); i++) {
            ADT_A01 adt = adt(i);
            assertThat(adt.getMSH().getMsh9_MessageType().encode()).isEqualTo("ADT^A04^ADT_A01");
            assertHeader(adt.getMSH());
            for (ORU_R01 oru : orus(i)) {
                assertThat(oru.getMSH().getMsh9_MessageType().encode()).isEqualTo("ORU^R01^ORU_R01");
                assertHeader(oru.getMSH());
            }
        }
    }

    @Test
    void controlIdsAreUniqueAcrossBothMessageKinds() throws HL7Exception {
        Set<String> ids = new HashSet<>();
        int count = 0;
        for (int i = 0; i < patients.size(); i++) {
            ids.add(adt(i).getMSH().getMsh10_MessageControlID().getValue());
            count++;
            for (ORU_R01 oru : orus(i)) {
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
            assertPid(adt(i).getPID(), patient);
            for (ORU_R01 oru : orus(i)) {
                assertPid(oru.getPATIENT_RESULT().getPATIENT().getPID(), patient);
            }
        }
    }

    @Test
    void deathDateAndIndicatorAppearOnlyFromTheDeathOn() throws HL7Exception {
        for (int i = 0; i < patients.size(); i++) {
            Patient patient = patients.get(i);
            assertDeath(adt(i).getPID(), patient, firstVisitStart(patient));
            List<LabDraw> draws = LabDraw.of(patient);
            List<ORU_R01> results = orus(i);
            for (int d = 0; d < draws.size(); d++) {
                assertDeath(results.get(d).getPATIENT_RESULT().getPATIENT().getPID(), patient, draws.get(d).time());
            }
        }
        assertThat(patients).anyMatch(Patient::isDeceased);
    }

    @Test
    void pv1IsTheFirstVisitWithItsClassAndEncounterIdAsVisitNumber() throws HL7Exception {
        for (int i = 0; i < patients.size(); i++) {
            Patient patient = patients.get(i);
            ADT_A01 adt = adt(i);
            var pv1 = adt.getPV1();
            if (patient.encounters().isEmpty()) {
                assertThat(pv1.getPv12_PatientClass().getValue()).isEqualTo("N");
                continue;
            }
            Encounter first = patient.encounters().stream()
                    .min(Comparator.comparing(Encounter::start).thenComparing(Encounter::id)).orElseThrow();
            assertThat(pv1.getPv12_PatientClass().getValue()).isEqualTo(first.encounterClass().hl7PatientClass());
            assertThat(pv1.getPv119_VisitNumber().encode())
                    .isEqualTo(first.id() + "^^^" + Hl7Messages.MRN_AUTHORITY + "^VN");
            assertThat(adt.getMSH().getMsh7_DateTimeOfMessage().getTs1_Time().getValue())
                    .isEqualTo(Hl7Time.instant(first.start()));
            assertThat(pv1.getPv144_AdmitDateTime().getTs1_Time().getValue()).isEqualTo(Hl7Time.instant(first.start()));
            assertThat(pv1.getPv145_DischargeDateTime()).as("PV1-45 of a visit still under way, %s", first.id())
                    .isEmpty();
        }
    }

    @Test
    void pv1OfTheBirthStayAndOfNoOtherVisitSaysNewbornAdmission() throws HL7Exception {
        for (int i = 0; i < patients.size(); i++) {
            Patient patient = patients.get(i);
            var pv1 = adt(i).getPV1();
            String visit = pv1.getPv119_VisitNumber().getCx1_IDNumber().getValue();
            boolean birthStay = patient.birthStay().filter(e -> e.id().equals(visit)).isPresent();

            assertThat(pv1.getPv14_AdmissionType().getValue()).as("PV1-4 of visit %s of %s", visit, patient.id())
                    .isEqualTo(birthStay ? "N" : null);
        }
    }

    @Test
    void allergiesAndDiagnosesKnownAtTheFirstVisitAreListedOneSegmentEach() throws HL7Exception {
        int left = 0;
        for (int i = 0; i < patients.size(); i++) {
            Patient patient = patients.get(i);
            Instant event = firstVisitStart(patient);
            ADT_A01 adt = adt(i);
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
            List<LabDraw> draws = LabDraw.of(patients.get(i));
            List<ORU_R01> results = orus(i);
            assertThat(results).hasSize(draws.size());
            for (int d = 0; d < draws.size(); d++) {
                ORU_R01 oru = results.get(d);
                assertThat(oru.getPATIENT_RESULT().getPATIENT().getVISIT().getPV1().getPv119_VisitNumber()
                        .getCx1_IDNumber().getValue()).isEqualTo(draws.get(d).encounterId());
                List<LabPanel> orders = draws.get(d).orders();
                assertThat(oru.getPATIENT_RESULT().getORDER_OBSERVATIONAll()).hasSize(orders.size());
                for (int k = 0; k < orders.size(); k++) {
                    checked += assertOrder(oru.getPATIENT_RESULT().getORDER_OBSERVATION(k), k + 1, orders.get(k));
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
    }

    @Test
    void everyOruReportsOneWholeDrawAndNamesEachOrderByWhatItHolds() throws HL7Exception {
        List<String> broken = new ArrayList<>();
        int draws = 0;
        int drawsOfSeveralOrders = 0;
        for (int i = 0; i < patients.size(); i++) {
            List<ORU_R01> results = orus(i);
            broken.addAll(DrawRule.violations(patients.get(i), results));
            draws += results.size();
            drawsOfSeveralOrders += (int) results.stream()
                    .filter(oru -> oru.getPATIENT_RESULT().getORDER_OBSERVATIONReps() > 1).count();
        }

        assertThat(broken).as("%d breaches of the one-draw-per-message rule", broken.size()).isEmpty();
        assertThat(drawsOfSeveralOrders).as("messages of more than one order, of %d", draws).isGreaterThan(20);
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

    /** The patient's ADT, parsed back from its text with the validating parser. */
    private ADT_A01 adt(int patient) throws HL7Exception {
        return (ADT_A01) validating.parse(adtTexts.get(patient));
    }

    /** The patient's ORUs in the order built, parsed back from their text with the validating parser. */
    private List<ORU_R01> orus(int patient) throws HL7Exception {
        List<ORU_R01> messages = new ArrayList<>();
        for (String text : oruTexts.get(patient)) {
            messages.add((ORU_R01) validating.parse(text));
        }
        return messages;
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

    /** Checks one ORDER_OBSERVATION group against its order and returns the number of results checked. */
    private int assertOrder(ORU_R01_ORDER_OBSERVATION group, int setId, LabPanel order) throws HL7Exception {
        assertThat(group.getOBR().getObr1_SetIDOBR().getValue()).as(order.id()).isEqualTo(Integer.toString(setId));
        assertThat(group.getOBR().getObr4_UniversalServiceIdentifier().getCe1_Identifier().getValue()).as(order.id())
                .isEqualTo(order.code().code());
        assertThat(group.getOBR().getObr7_ObservationDateTime().getTs1_Time().getValue()).as(order.id())
                .isEqualTo(Hl7Time.instant(order.time())).endsWith("+0000");
        assertThat(group.getOBR().getObr2_PlacerOrderNumber().encode()).isEqualTo(order.id());
        List<Observation> results = order.results();
        assertThat(group.getOBSERVATIONAll()).as(order.id()).hasSize(results.size());
        for (int r = 0; r < results.size(); r++) {
            assertObx(group.getOBSERVATION(r).getOBX(), results.get(r));
        }
        return results.size();
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
        String range = obx.getObx7_ReferencesRange().getValue();
        assertThat(range != null).as(where + " has a range").isEqualTo(
                expected.referenceLow().isPresent() || expected.referenceHigh().isPresent());
        String flag = obx.getObx8_AbnormalFlags(0).getValue();
        assertThat(flag).as(where).isEqualTo(expected.interpretation().orElse(null));
        if (range != null) {
            assertThat(flag).as(where + ": " + value + " against " + range).isEqualTo(ReferenceRangeText.flag(
                    new java.math.BigDecimal(value), range));
        }
        assertThat(obx.getObx11_ObservationResultStatus().getValue()).as(where).isEqualTo("F");
        assertThat(obx.getObx14_DateTimeOfTheObservation().getTs1_Time().getValue()).as(where)
                .isEqualTo(Hl7Time.instant(expected.effective())).endsWith("+0000");
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\E\\").replace("|", "\\F\\").replace("^", "\\S\\").replace("&", "\\T\\")
                .replace("~", "\\R\\");
    }
}

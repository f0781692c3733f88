package org.synthhealth.core.format.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.v251.datatype.CX;
import ca.uhn.hl7v2.model.v251.group.ORU_R01_ORDER_OBSERVATION;
import ca.uhn.hl7v2.model.v251.message.ADT_A01;
import ca.uhn.hl7v2.model.v251.message.ORU_R01;
import ca.uhn.hl7v2.model.v251.segment.OBX;
import ca.uhn.hl7v2.model.v251.segment.PID;
import ca.uhn.hl7v2.util.Hl7InputStreamMessageIterator;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.format.FixtureFormat;
import org.synthhealth.core.format.FixtureWriter;
import org.synthhealth.core.format.csv.CsvFormat;
import org.synthhealth.core.model.Patient;

/** The HL7 files and the CSV tables of one engine cohort join on patient, encounter and observation without loss. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Hl7JoinsTablesTest {

    private static final CohortSpec SPEC = CohortSpec.builder().patients(150).seed(11L)
            .referenceDate(LocalDate.of(2026, 1, 1)).build();

    private static final DateTimeFormatter HL7_INSTANT = DateTimeFormatter.ofPattern("yyyyMMddHHmmssZ", Locale.ROOT);

    @TempDir
    static Path dir;

    private final List<ADT_A01> adts = new ArrayList<>();
    private final List<ORU_R01> orus = new ArrayList<>();

    @BeforeAll
    void exportBothFormatsAndReadTheMessagesBack() throws IOException {
        List<Patient> patients = Cohort.generate(SPEC).patients();
        for (FixtureFormat format : List.of(new CsvFormat(), new Hl7Format())) {
            try (FixtureWriter writer = format.open(dir, SPEC, 11L)) {
                for (Patient patient : patients) {
                    writer.write(patient);
                }
                writer.finish();
                writer.commit();
            }
        }
        try (HapiContext context = new DefaultHapiContext()) {
            read(dir.resolve(Hl7Format.ADT_FILE), context).forEach(m -> adts.add((ADT_A01) m));
            read(dir.resolve(Hl7Format.ORU_FILE), context).forEach(m -> orus.add((ORU_R01) m));
        }
    }

    @Test
    void everyPatientRowHasExactlyOneAdtWithTheSameIdentifiersNameAndBirthDate() throws IOException {
        Map<String, PID> byPatientId = new TreeMap<>();
        for (ADT_A01 adt : adts) {
            PID previous = byPatientId.put(identifier(adt.getPID(), "PI"), adt.getPID());
            assertThat(previous).as("second ADT for one patient").isNull();
        }

        List<CSVRecord> rows = csv("patients.csv");
        assertThat(rows).hasSize(SPEC.numRecords()).hasSameSizeAs(adts);
        for (CSVRecord row : rows) {
            PID pid = byPatientId.get(row.get("patient_id"));
            assertThat(pid).as(row.get("patient_id")).isNotNull();
            assertThat(identifier(pid, "MR")).isEqualTo(row.get("mrn"));
            assertThat(identifier(pid, "SS")).isEqualTo(row.get("ssn"));
            assertThat(pid.getPid5_PatientName(0).getXpn1_FamilyName().getFn1_Surname().getValue())
                    .isEqualTo(row.get("last_name"));
            assertThat(pid.getPid7_DateTimeOfBirth().getTs1_Time().getValue())
                    .isEqualTo(row.get("birthdate").replace("-", ""));
        }
    }

    @Test
    void everyAdtVisitNumberIsAnEncounterRowOfThatPatient() throws IOException {
        Map<String, String> patientOfEncounter = new TreeMap<>();
        for (CSVRecord row : csv("encounters.csv")) {
            patientOfEncounter.put(row.get("encounter_id"), row.get("patient_id"));
        }

        int visits = 0;
        for (ADT_A01 adt : adts) {
            String visit = adt.getPV1().getPv119_VisitNumber().getCx1_IDNumber().getValue();
            if (visit != null) {
                assertThat(patientOfEncounter.get(visit)).as(visit).isEqualTo(identifier(adt.getPID(), "PI"));
                visits++;
            }
        }
        assertThat(visits).isPositive();
    }

    @Test
    void everyLaboratoryRowIsOneObxInAnOrderForItsPanelAndVisit() throws IOException, HL7Exception {
        Map<String, String> labs = new TreeMap<>();
        for (CSVRecord row : csv("observations.csv")) {
            if (row.get("category").equals("laboratory")) {
                String key = row.get("patient_id") + "|" + row.get("encounter_id") + "|" + row.get("panel_id") + "|"
                        + row.get("code") + "|" + row.get("effective_time");
                labs.merge(key, row.get("value") + " " + row.get("unit"), (a, b) -> a + ";" + b);
            }
        }

        Map<String, String> obx = new TreeMap<>();
        for (ORU_R01 oru : orus) {
            String patientId = identifier(oru.getPATIENT_RESULT().getPATIENT().getPID(), "PI");
            String encounterId = oru.getPATIENT_RESULT().getPATIENT().getVISIT().getPV1().getPv119_VisitNumber()
                    .getCx1_IDNumber().getValue();
            for (ORU_R01_ORDER_OBSERVATION order : oru.getPATIENT_RESULT().getORDER_OBSERVATIONAll()) {
                String panelId = order.getOBR().getObr2_PlacerOrderNumber().getEi1_EntityIdentifier().getValue();
                for (int i = 0; i < order.getOBSERVATIONReps(); i++) {
                    OBX result = order.getOBSERVATION(i).getOBX();
                    String effective = DateTimeFormatter.ISO_INSTANT.format(HL7_INSTANT.parse(
                            result.getObx14_DateTimeOfTheObservation().getTs1_Time().getValue(), Instant::from));
                    String key = patientId + "|" + encounterId + "|" + panelId + "|"
                            + result.getObx3_ObservationIdentifier().getCe1_Identifier().getValue() + "|" + effective;
                    String value = result.getObx5_ObservationValue(0).getData().encode() + " "
                            + result.getObx6_Units().getCe1_Identifier().getValue();
                    obx.merge(key, value, (a, b) -> a + ";" + b);
                }
            }
        }

        assertThat(labs).isNotEmpty();
        assertThat(obx).isEqualTo(labs);
    }

    private static String identifier(PID pid, String type) {
        for (CX cx : pid.getPid3_PatientIdentifierList()) {
            if (type.equals(cx.getCx5_IdentifierTypeCode().getValue())) {
                return cx.getCx1_IDNumber().getValue();
            }
        }
        throw new AssertionError("no PID-3 identifier of type " + type);
    }

    private List<CSVRecord> csv(String file) throws IOException {
        try (CSVParser parser = CSVParser.parse(dir.resolve(file), StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    private static List<Message> read(Path file, HapiContext context) throws IOException {
        List<Message> messages = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Hl7InputStreamMessageIterator iterator = new Hl7InputStreamMessageIterator(reader, context);
            iterator.forEachRemaining(messages::add);
        }
        return messages;
    }
}

package org.synthhealth.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.v251.datatype.CX;
import ca.uhn.hl7v2.model.v251.message.ADT_A01;
import ca.uhn.hl7v2.util.Hl7InputStreamMessageIterator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.FixtureExport;
import org.synthhealth.core.format.vista.FileManRecords.VistaPatient;
import org.synthhealth.core.format.vista.FileManRecords.VistaVisit;
import org.synthhealth.core.format.vista.VistaExtract;

/**
 * The same cohort written in every format joins on one id scheme without losing a row: the CSV and Parquet
 * {@code patient_id}, the FHIR {@code Patient.id}, the HL7 PID-3 patient identifier and the VistA DFN (through the
 * seed in the ZWR header) name the same patients, and encounter ids agree between the tables, FHIR Encounter ids, HL7
 * PV1-19 and the VistA VISIT ID.
 */
class AllFormatsJoinTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static Map<String, CSVRecord> patientsCsv;
    private static Set<String> encountersCsv;

    @BeforeAll
    static void writeEveryFormat() throws IOException {
        CohortSpec spec = CohortSpec.builder().patients(120).seed(31L).outputDir(dir).build();
        FixtureExport.of(spec).run();
        patientsCsv = new TreeMap<>();
        for (CSVRecord row : csv("patients.csv")) {
            patientsCsv.put(row.get("patient_id"), row);
        }
        encountersCsv = new TreeSet<>();
        for (CSVRecord row : csv("encounters.csv")) {
            encountersCsv.add(row.get("patient_id") + "/" + row.get("encounter_id"));
        }
    }

    @Test
    void parquetHoldsTheSamePatientsAndEncountersAsTheCsv() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = db.createStatement()) {
            assertThat(ids(sql, "SELECT patient_id FROM read_parquet('" + dir.resolve("patients.parquet") + "')"))
                    .isEqualTo(patientsCsv.keySet());
            assertThat(ids(sql, "SELECT patient_id || '/' || encounter_id FROM read_parquet('"
                    + dir.resolve("encounters.parquet") + "')")).isEqualTo(encountersCsv);
        }
    }

    @Test
    void fhirPatientsAndEncountersAreTheTablesRows() throws IOException {
        Map<String, JsonNode> fhirPatients = new TreeMap<>();
        for (JsonNode patient : ndjson("fhir/Patient.ndjson")) {
            fhirPatients.put(patient.get("id").asText(), patient);
        }
        Set<String> fhirEncounters = new TreeSet<>();
        for (JsonNode encounter : ndjson("fhir/Encounter.ndjson")) {
            String subject = encounter.get("subject").get("reference").asText();
            fhirEncounters.add(subject.substring(subject.indexOf('/') + 1) + "/" + encounter.get("id").asText());
        }

        assertThat(fhirPatients.keySet()).isEqualTo(patientsCsv.keySet());
        assertThat(fhirEncounters).isEqualTo(encountersCsv);
        fhirPatients.forEach((id, patient) -> assertThat(patient.get("birthDate").asText())
                .as("birth date of %s", id).isEqualTo(patientsCsv.get(id).get("birthdate")));
    }

    @Test
    void everyAdtMessageNamesATablesPatientAndOneOfTheirEncounters() throws Exception {
        Map<String, String> mrnByPatient = new HashMap<>();
        Set<String> visits = new HashSet<>();
        try (HapiContext context = new DefaultHapiContext();
                Reader in = Files.newBufferedReader(dir.resolve("hl7_messages_adt.hl7"), StandardCharsets.UTF_8)) {
            Hl7InputStreamMessageIterator messages = new Hl7InputStreamMessageIterator(in, context);
            while (messages.hasNext()) {
                Message message = messages.next();
                ADT_A01 adt = (ADT_A01) message;
                String patientId = null;
                String mrn = null;
                for (CX id : adt.getPID().getPatientIdentifierList()) {
                    String type = id.getIdentifierTypeCode().getValue();
                    if ("PI".equals(type)) {
                        patientId = id.getIDNumber().getValue();
                    } else if ("MR".equals(type)) {
                        mrn = id.getIDNumber().getValue();
                    }
                }
                mrnByPatient.put(patientId, mrn);
                String visit = adt.getPV1().getVisitNumber().getIDNumber().getValue();
                if (visit != null) {
                    visits.add(patientId + "/" + visit);
                }
            }
        }

        assertThat(mrnByPatient.keySet()).isEqualTo(patientsCsv.keySet());
        mrnByPatient.forEach((id, mrn) -> assertThat(mrn).as("MRN of %s", id)
                .isEqualTo(patientsCsv.get(id).get("mrn")));
        assertThat(encountersCsv).containsAll(visits);
    }

    @Test
    void vistaRecordsMapBackToTheTablesPatientsAndEncounters() throws IOException {
        VistaExtract vista = VistaExtract.read(dir.resolve("vista_globals.zwr"));
        Map<String, VistaPatient> byId = new TreeMap<>();
        Set<String> vistaVisits = new TreeSet<>();
        for (VistaPatient patient : vista.patients()) {
            String id = vista.patientId(patient.dfn()).orElseThrow();
            byId.put(id, patient);
            for (VistaVisit visit : vista.visits(patient.dfn())) {
                vistaVisits.add(id + "/" + visit.visitId());
            }
        }

        assertThat(byId.keySet()).isEqualTo(patientsCsv.keySet());
        assertThat(vistaVisits).isEqualTo(encountersCsv);
        byId.forEach((id, patient) -> {
            CSVRecord row = patientsCsv.get(id);
            assertThat(patient.ssn()).as("SSN of %s", id).isEqualTo(row.get("ssn"));
            assertThat(patient.icn()).as("MRN of %s", id).isEqualTo(row.get("mrn"));
            assertThat(patient.birthDate().date().orElseThrow().toString()).as("birth date of %s", id)
                    .isEqualTo(row.get("birthdate"));
        });
    }

    private static Iterable<CSVRecord> csv(String file) throws IOException {
        try (CSVParser parser = CSVParser.parse(dir.resolve(file), StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    private static Iterable<JsonNode> ndjson(String file) throws IOException {
        java.util.List<JsonNode> nodes = new java.util.ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    private static Set<String> ids(Statement sql, String query) throws Exception {
        Set<String> ids = new TreeSet<>();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }
}

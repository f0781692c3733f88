package org.synthhealth.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.synthhealth.junit.FixtureFiles;
import org.synthhealth.junit.SyntheticPatients;

/**
 * Fixture files for the systems that are not written in Java: the directory holds the CSV tables, FHIR NDJSON, HL7
 * files and the VistA ZWR a Python loader, an interface engine or GT.M reads. It is deleted after the test and kept
 * (with its path in the report) when the test fails.
 */
class FixtureExportTest {

    @Test
    void writesEveryFormatOurDownstreamSystemsRead(
            @SyntheticPatients(count = 25, seed = 99L) @FixtureFiles(formats = {"csv", "fhir", "hl7", "vista"})
            Path fixtures) throws IOException {
        assertThat(fixtures.resolve("patients.csv")).isRegularFile();
        assertThat(fixtures.resolve("fhir/Patient.ndjson")).isRegularFile();
        assertThat(fixtures.resolve("hl7_messages_adt.hl7")).isRegularFile();
        assertThat(fixtures.resolve("vista_globals.zwr")).isRegularFile();

        assertThat(csvRows(fixtures.resolve("patients.csv"))).hasSize(25);
        assertThat(Files.readAllLines(fixtures.resolve("fhir/Patient.ndjson"), StandardCharsets.UTF_8)).hasSize(25);
        assertThat(Files.readString(fixtures.resolve("hl7_messages_adt.hl7"), StandardCharsets.UTF_8))
                .doesNotContain("\n\n").contains("\rPID|");
    }

    private static List<CSVRecord> csvRows(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}

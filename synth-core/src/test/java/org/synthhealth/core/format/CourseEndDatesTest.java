package org.synthhealth.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.FixtureExport;
import org.synthhealth.core.InteropFormat;
import org.synthhealth.core.TableFormat;

/**
 * A course's planned end is part of the order: every fixed-length course ends its days after it starts, in the CSV
 * and in the FHIR MedicationRequests, also when it started in the last days before the reference date, and such a
 * course is still active.
 */
class CourseEndDatesTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 1, 1);

    /** Course days by RxNorm code: amoxicillin 500 mg 10 days, azithromycin 250 mg and prednisone bursts 5 days. */
    private static final Map<String, Integer> COURSE_DAYS = Map.of("308191", 10, "308460", 5, "198145", 5);

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static List<CSVRecord> medications;
    private static List<JsonNode> requests;

    @BeforeAll
    static void writeCsvAndFhir() throws IOException {
        // Frequent strep throat and pneumonia make enough courses start in the last days before the reference date.
        CohortSpec spec = CohortSpec.builder().patients(1_500).seed(11L).referenceDate(REFERENCE).outputDir(dir)
                .outputFormat(TableFormat.CSV).interopFormats(Set.of(InteropFormat.FHIR))
                .conditionPrevalence(Map.of("strep_throat", 0.5, "pneumonia", 0.2)).build();
        FixtureExport.of(spec).run();
        try (Reader in = Files.newBufferedReader(dir.resolve("medications.csv"), StandardCharsets.UTF_8)) {
            medications = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)
                    .getRecords();
        }
        requests = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("fhir/MedicationRequest.ndjson"))) {
            requests.add(JSON.readTree(line));
        }
    }

    /**
     * A course ends its days after it starts, unless death came first, or a course of the same class prescribed while
     * it ran carried it on to that course's end (the engine then records one prescription, not two).
     */
    @Test
    void everyCourseInTheCsvEndsItsDaysAfterItStartsUnlessDeathOrASecondCourseChangedIt() throws IOException {
        Map<String, LocalDate> deaths = deathDates();
        Set<String> visitDays = visitDays();
        int crossing = 0;
        for (CSVRecord row : medications) {
            Integer days = COURSE_DAYS.get(row.get("rxnorm_code"));
            if (days == null) {
                continue;
            }
            String id = row.get("medication_id");
            LocalDate start = LocalDate.parse(row.get("start_date"));
            LocalDate planned = start.plusDays(days);
            LocalDate death = deaths.get(row.get("patient_id"));
            LocalDate expected = death != null && death.isBefore(planned) ? death : planned;
            assertThat(row.get("end_date")).as("end_date of %s (%s from %s)", id, row.get("medication_name"), start)
                    .isNotEmpty();
            LocalDate end = LocalDate.parse(row.get("end_date"));
            if (!end.equals(expected)) {
                assertThat(end).as("end_date of %s (%s from %s)", id, row.get("medication_name"), start)
                        .isAfter(expected);
                assertThat(COURSE_DAYS.values()).as("the visit of a course carrying %s on to %s", id, end)
                        .anyMatch(d -> visitDays.contains(row.get("patient_id") + "/" + end.minusDays(d)));
            }
            assertThat(row.get("status")).as("status of %s ending %s", id, end)
                    .isEqualTo(end.isAfter(REFERENCE) ? "active" : "completed");
            crossing += end.isAfter(REFERENCE) ? 1 : 0;
        }
        assertThat(crossing).as("courses still running on the reference date").isGreaterThanOrEqualTo(5);
    }

    @Test
    void everyCourseRequestInFhirHasTheCsvEndAsItsValidityEndAndIsActiveWhileRunning() {
        Map<String, CSVRecord> byId = new HashMap<>();
        medications.forEach(row -> byId.put(row.get("medication_id"), row));
        int courses = 0;
        for (JsonNode request : requests) {
            String rxnorm = request.at("/medicationCodeableConcept/coding/0/code").asText();
            if (!COURSE_DAYS.containsKey(rxnorm)) {
                continue;
            }
            courses++;
            CSVRecord row = byId.get(request.get("id").asText());
            String end = request.at("/dispenseRequest/validityPeriod/end").asText();
            assertThat(end).as("MedicationRequest/%s validityPeriod.end", request.get("id").asText())
                    .isEqualTo(row.get("end_date"));
            assertThat(request.get("status").asText()).as("MedicationRequest/%s ending %s",
                    request.get("id").asText(), end)
                    .isEqualTo(LocalDate.parse(end).isAfter(REFERENCE) ? "active" : "completed");
        }
        assertThat(courses).as("course MedicationRequests").isGreaterThan(100);
    }

    private static Set<String> visitDays() throws IOException {
        Set<String> days = new HashSet<>();
        try (Reader in = Files.newBufferedReader(dir.resolve("encounters.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(in)) {
                days.add(row.get("patient_id") + "/" + row.get("start_time").substring(0, 10));
            }
        }
        return days;
    }

    private static Map<String, LocalDate> deathDates() throws IOException {
        Map<String, LocalDate> deaths = new HashMap<>();
        try (Reader in = Files.newBufferedReader(dir.resolve("deaths.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(in)) {
                deaths.put(row.get("patient_id"), LocalDate.parse(row.get("death_date").substring(0, 10)));
            }
        }
        return deaths;
    }
}

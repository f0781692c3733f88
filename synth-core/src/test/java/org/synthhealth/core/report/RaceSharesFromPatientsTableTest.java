package org.synthhealth.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.FixtureExport;
import org.synthhealth.core.RaceCategory;
import org.synthhealth.core.TableFormat;

/**
 * Every realised {@code race_dist} figure of the report can be recomputed from the written {@code patients.csv} by
 * what its row's name says: "Hispanic (any race)" counts the rows whose ethnicity is Hispanic or Latino, "White
 * (non-Hispanic)" the rows with race White and ethnicity Not Hispanic or Latino, and so on.
 */
class RaceSharesFromPatientsTableTest {

    @TempDir
    static Path dir;

    private static GenerationReport report;
    private static List<CSVRecord> patients;

    @BeforeAll
    static void writeCohortAndReport() throws IOException {
        CohortSpec spec = CohortSpec.builder().patients(1_000).seed(7L).outputDir(dir)
                .outputFormat(TableFormat.CSV).reportFile(dir.resolve("report.txt")).build();
        report = FixtureExport.of(spec).run();
        try (Reader in = Files.newBufferedReader(dir.resolve("patients.csv"), StandardCharsets.UTF_8)) {
            patients = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)
                    .getRecords();
        }
    }

    @Test
    void eachRaceRowCountsThePatientsItsNameDescribes() {
        DistributionComparison race = report.distributions().stream().filter(d -> d.name().equals("race_dist"))
                .findFirst().orElseThrow();

        for (RaceCategory category : RaceCategory.values()) {
            String name = category == RaceCategory.HISPANIC ? "Hispanic (any race)"
                    : category.label() + " (non-Hispanic)";
            long fromTable = patients.stream().filter(row -> category == RaceCategory.HISPANIC
                    ? row.get("ethnicity").equals("Hispanic or Latino")
                    : row.get("race").equals(category.label())
                            && row.get("ethnicity").equals("Not Hispanic or Latino")).count();
            int i = race.categories().indexOf(name);
            assertThat(i).as("race_dist row \"%s\" among %s", name, race.categories()).isNotNegative();
            assertThat(race.counts().get(i)).as("patients counted for %s", name).isEqualTo(fromTable);
            assertThat(race.realised().get(i)).as("realised share of %s", name)
                    .isEqualTo((double) fromTable / patients.size());
        }
    }

    @Test
    void theReportFileShowsTheSameRowsAndCounts() throws IOException {
        String text = Files.readString(dir.resolve("report.txt"));
        long white = patients.stream().filter(row -> row.get("race").equals("White")
                && row.get("ethnicity").equals("Not Hispanic or Latino")).count();
        long hispanic = patients.stream().filter(row -> row.get("ethnicity").equals("Hispanic or Latino")).count();

        assertThat(text).as("report.txt").containsPattern(String.format(Locale.ROOT,
                "\\n    White \\(non-Hispanic\\) +61\\.0%% +%.1f%% +%d\\n", 100.0 * white / patients.size(), white));
        assertThat(text).as("report.txt").containsPattern(String.format(Locale.ROOT,
                "\\n    Hispanic \\(any race\\) +19\\.0%% +%.1f%% +%d\\n", 100.0 * hispanic / patients.size(),
                hispanic));
    }
}

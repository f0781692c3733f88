package org.synthhealth.core.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.FixtureExport;
import org.synthhealth.core.MigrationSettings;
import org.synthhealth.core.MigrationStrategy;
import org.synthhealth.core.format.vista.VistaFormat;
import org.synthhealth.core.migration.MigrationReports;
import org.synthhealth.core.migration.MigrationResult;
import org.synthhealth.core.migration.MigrationRun;
import org.synthhealth.core.report.GenerationReport;

/**
 * End to end: a real migration with faults, its JSON report, and the HTML page rendered in headless Chromium. Every
 * figure the page shows must equal the JSON report's figure.
 */
class MigrationDashboardBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static HeadlessChromium chromium;

    @BeforeAll
    static void findChromium() {
        var found = HeadlessChromium.find();
        if (found.isEmpty() && System.getenv("CI") != null) {
            throw new IllegalStateException("chromium is missing: .ci/run must install Debian's chromium package");
        }
        assumeTrue(found.isPresent(), "chromium is not installed (apt-get install chromium); browser test skipped");
        chromium = found.get();
    }

    @Test
    void theDashboardShowsExactlyTheFiguresOfTheJsonReport() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/migration-dashboard"));
        CohortSpec spec = CohortSpec.builder().patients(240).seed(2024L).outputDir(dir).batchSize(40)
                .migrationStrategy(MigrationStrategy.STAGED).simulateMigration(true)
                .migrationReport(Path.of("migration_analysis.txt"))
                .migrationSettings(new MigrationSettings("vista", "oracle_health",
                        Map.of("extract", 0.95, "transform", 0.90, "validate", 0.88, "load", 0.85),
                        0.05, 0.03, 0.05, Map.of()))
                .build();
        GenerationReport generation = FixtureExport.of(spec).formats(List.of(new VistaFormat())).run();
        MigrationResult result = MigrationRun.run(spec, 2024L, dir);
        JsonNode json = JSON.readTree(MigrationReports.jsonPathFor(dir.resolve("migration_analysis.txt")).toFile());
        Path page = dir.resolve("report.html");
        HtmlReport.of(Figures.of(generation)).withMigration(Figures.of(result)).write(page);

        HeadlessChromium.Rendering rendering = chromium.render(page, dir);
        chromium.screenshot(page, dir.resolve("report.png"), 1280, 4200, dir);

        assertThat(rendering.consoleMessages()).as("console messages").isEmpty();
        Map<String, String> shown = HtmlReportBrowserTest.metrics(rendering.dom());
        String p = "migration-1.";
        assertThat(shown).containsEntry(p + "total_patients", json.get("total_patients").asText())
                .containsEntry(p + "bottleneck", json.get("bottleneck").get("stage").asText())
                .containsEntry(p + "quality.mean", Html.number(json.get("quality").get("mean").asDouble(), 3))
                .containsEntry(p + "quality.p5", Html.number(json.get("quality").get("p5").asDouble(), 3))
                .containsEntry(p + "throughput_per_minute",
                        Html.number(json.get("throughput_per_minute").asDouble(), 1))
                .containsEntry(p + "attention_count", json.get("patients_needing_attention").asText());
        json.get("outcomes").fields().forEachRemaining(outcome ->
                assertThat(shown).containsEntry(p + "outcomes." + outcome.getKey(), outcome.getValue().asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = json.get("stages").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> stage = it.next();
            String key = stage.getKey();
            assertThat(shown)
                    .containsEntry(p + "funnel." + key + ".attempted", stage.getValue().get("attempted").asText())
                    .containsEntry(p + "funnel." + key + ".succeeded", stage.getValue().get("succeeded").asText())
                    .containsEntry(p + "funnel." + key + ".quarantined", stoppedAt(json, key, "quarantined"))
                    .containsEntry(p + "funnel." + key + ".failed", stoppedAt(json, key, "failed"))
                    .containsEntry(p + "stages." + key + ".success_rate", Html.percent(exactRate(stage.getValue())));
            // The JSON rounds the rate to four places; shown from it again, 179 of 204 (87.745 %) would read 87.8 %.
            assertThat(stage.getValue().get("success_rate").asDouble()).as(key + " success_rate")
                    .isCloseTo(exactRate(stage.getValue()), org.assertj.core.data.Offset.offset(0.00005));
        }
        for (JsonNode error : json.get("errors")) {
            assertThat(shown).containsEntry(p + "errors." + error.get("stage").asText() + ": "
                    + error.get("type").asText(), error.get("count").asText());
        }
        JsonNode histogram = json.get("quality").get("histogram");
        for (int i = 0; i < histogram.size(); i++) {
            long count = histogram.get(i).get("count").asLong();
            if (count > 0) {
                assertThat(shown).containsEntry(p + "quality.histogram." + i, Long.toString(count));
            }
        }
        assertThat(json.get("errors").size()).as("the fault mix must produce errors to compare").isPositive();
        assertThat(dir.resolve("report.png")).isNotEmptyFile();
    }

    private static double exactRate(JsonNode stage) {
        return stage.get("succeeded").asDouble() / stage.get("attempted").asDouble();
    }

    private static String stoppedAt(JsonNode json, String stage, String state) {
        long count = 0;
        for (JsonNode patient : json.get("patients")) {
            if (patient.get("state").asText().equals(state) && patient.get("stage").asText().equals(stage)) {
                count++;
            }
        }
        return Long.toString(count);
    }
}

package org.synthhealth.core.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Renders the page in Debian's headless Chromium, as a reader's browser would. */
class HtmlReportBrowserTest {

    private static final Pattern METRIC = Pattern.compile("data-metric=\"([^\"]+)\"[^>]*>([^<]*)<");

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
    void pageLoadsWithoutConsoleErrorsAndShowsTheFiguresItWasGiven() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/html-report-sample"));
        Path page = dir.resolve("sample-report.html");
        MigrationFigures staged = SampleFigures.migration("staged", false);
        HtmlReport.of(SampleFigures.cohort()).withMigration(staged).write(page);

        HeadlessChromium.Rendering rendering = chromium.render(page, dir);
        chromium.screenshot(page, dir.resolve("sample-report.png"), 1280, 2400, dir);

        assertThat(rendering.consoleMessages()).as("console messages").isEmpty();
        Map<String, String> shown = metrics(rendering.dom());
        assertThat(shown).containsEntry("migration-1.total_patients", "500")
                .containsEntry("migration-1.stages.validate.success_rate", "89.4%")
                .containsEntry("migration-1.funnel.validate.quarantined", "50")
                .containsEntry("migration-1.outcomes.failed", "30")
                .containsEntry("migration-1.quality.mean", "0.930")
                .containsEntry("migration-1.bottleneck", "load");
        assertThat(dir.resolve("sample-report.png")).isNotEmptyFile();
    }

    @Test
    void consoleErrorsAreNoticed() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/html-report-broken"));
        Path page = dir.resolve("broken.html");
        Files.writeString(page, "<!DOCTYPE html><html><body><script>notDefined();</script></body></html>");

        HeadlessChromium.Rendering rendering = chromium.render(page, dir);

        assertThat(rendering.consoleMessages()).anySatisfy(line -> assertThat(line).contains("notDefined"));
    }

    /** Every figure in the rendered page that carries a {@code data-metric} key, by key. */
    static Map<String, String> metrics(String dom) {
        Map<String, String> shown = new LinkedHashMap<>();
        Matcher m = METRIC.matcher(dom);
        while (m.find()) {
            shown.put(m.group(1), m.group(2).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"));
        }
        return shown;
    }
}

package org.synthhealth.core.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    private final HtmlReport report = HtmlReport.of(SampleFigures.cohort())
            .withMigration(SampleFigures.migration("staged", false))
            .withMigration(SampleFigures.migration("big_bang", true));

    @Test
    void loadsNothingFromTheNetwork() {
        String html = report.render();

        assertThat(html).doesNotContainPattern(Pattern.compile("(src|href)\\s*=\\s*\"(https?:)?//"))
                .doesNotContain("@import").doesNotContain("url(");
    }

    @Test
    void escapesTextFromTheData() {
        String html = report.render();

        assertThat(html).contains("Diabetes &lt;type 2&gt; &amp; &quot;friends&quot;")
                .contains("name &lt;truncated&gt;")
                .doesNotContain("<type 2>");
    }

    @Test
    void sameFiguresGiveTheSameBytes() {
        assertThat(report.render()).isEqualTo(HtmlReport.of(SampleFigures.cohort())
                .withMigration(SampleFigures.migration("staged", false))
                .withMigration(SampleFigures.migration("big_bang", true)).render());
    }

    @Test
    void everyChartHasATitleADescriptionAndAValueTable() {
        String html = report.render();

        int charts = count(html, "<svg class=\"chart\"");
        assertThat(charts).isGreaterThan(5);
        assertThat(count(html, "role=\"img\"")).isEqualTo(charts);
        assertThat(count(html, "<title id=")).isEqualTo(charts);
        assertThat(count(html, "<desc id=")).isEqualTo(charts);
        assertThat(count(html, "<details class=\"data\">")).isEqualTo(charts);
    }

    @Test
    void saysWhenADistributionDescribesNoPatient() {
        CohortFigures cohort = SampleFigures.cohort();
        CohortFigures noAdults = new CohortFigures(cohort.patients(), cohort.seed(), cohort.tableCounts(),
                List.of(new CohortFigures.DistributionFigures("smoking_dist (adults)", List.of("Never", "Current"),
                        List.of(0.8, 0.2), List.of(0.0, 0.0), false)),
                cohort.ageBands(), cohort.conditionPrevalence());

        assertThat(HtmlReport.of(noAdults).render()).contains("No patient in this cohort is described by it");
        assertThat(report.render()).doesNotContain("No patient in this cohort is described by it");
    }

    @Test
    void comparesStrategiesOnlyWhenSeveralRan() {
        assertThat(report.render()).contains("Strategies compared");
        assertThat(HtmlReport.ofMigrations(List.of(SampleFigures.migration("staged", false))).render())
                .doesNotContain("Strategies compared");
    }

    @Test
    void saysWhenTheWholeMigrationWasRolledBack() {
        String html = HtmlReport.ofMigrations(List.of(SampleFigures.migration("big_bang", true))).render();

        assertThat(html).contains("The whole migration was rolled back");
    }

    @Test
    void showsNoQualityFigureNorBarForARunWhereNoPatientWasScored() {
        String html = HtmlReport.ofMigrations(List.of(SampleFigures.migration("staged", false),
                SampleFigures.unscored("big_bang"))).render();

        assertThat(html).contains("data-metric=\"migration-2.quality.mean\">n/a<")
                .contains("data-metric=\"migration-2.quality.p5\">n/a<")
                .containsPattern("data-metric=\"comparison.big_bang.mean quality\"[^>]*>n/a<")
                .doesNotContain("NaN");
    }

    @Test
    void marksTheMinimumQualityOnTheHistogram() {
        assertThat(report.render()).contains("data-metric=\"migration-1.quality.minimum\">minimum 0.85<");
    }

    @Test
    void writesAtomicallyAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("nested/report.html");

        report.write(file);

        assertThat(file).content().isEqualTo(report.render());
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}

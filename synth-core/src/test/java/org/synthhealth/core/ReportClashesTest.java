package org.synthhealth.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.format.FixtureFormat;

/** Through the API too, a report never takes the place of a fixture file or of the other report. */
class ReportClashesTest {

    @Test
    void refusesAReportNamedLikeAFixtureFileOfAnyFormatAndLeavesTheFolderAsItWas(@TempDir Path dir) throws Exception {
        CohortSpec base = CohortSpec.builder().patients(5).seed(42).outputDir(dir).outputFormat(TableFormat.CSV)
                .interopFormats(Set.of()).build();
        FixtureExport.of(base).run();
        byte[] encounters = Files.readAllBytes(dir.resolve("encounters.csv"));
        CohortSpec anySize = base.toBuilder().patients(1).build();
        int names = 0;
        for (FixtureFormat format : FixtureExport.builtInFormats()) {
            for (String name : format.fileNames(anySize)) {
                names++;
                CohortSpec clash = base.toBuilder().seed(43).reportFile(Path.of(name)).build();
                assertThatThrownBy(() -> FixtureExport.of(clash).run()).as(name)
                        .isInstanceOf(InvalidInputException.class)
                        .hasMessageStartingWith("report_file (--report-file): " + name + " is the name of a "
                                + format.name() + " fixture file or folder");
            }
        }
        CohortSpec viaPath = base.toBuilder().seed(43).reportFile(Path.of("sub/../encounters.csv")).build();
        assertThatThrownBy(() -> FixtureExport.of(viaPath).run()).isInstanceOf(InvalidInputException.class);
        CohortSpec absolute = base.toBuilder().seed(43).reportFile(dir.resolve("encounters.csv")).build();
        assertThatThrownBy(() -> FixtureExport.of(absolute).run()).isInstanceOf(InvalidInputException.class);
        CohortSpec upperCase = base.toBuilder().seed(43).reportFile(Path.of("ENCOUNTERS.CSV")).build();
        assertThatThrownBy(() -> FixtureExport.of(upperCase).run()).as("another case")
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is the name of a csv fixture file");

        assertThat(names).as("fixture names of all formats").isGreaterThan(20);
        assertThat(Files.readAllBytes(dir.resolve("encounters.csv"))).as("the table the report would have replaced")
                .isEqualTo(encounters);
    }

    @Test
    void refusesAMigrationReportNamedLikeATableOrLikeTheGenerationReport(@TempDir Path dir) {
        CohortSpec base = CohortSpec.builder().patients(5).seed(42).outputDir(dir).build();

        assertThatThrownBy(() -> FixtureExport.of(base.toBuilder().migrationReport(Path.of("patients.parquet"))
                .build()).run()).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("migration_report (--migration-report): patients.parquet is the name of a "
                        + "parquet fixture file or folder");
        assertThatThrownBy(() -> FixtureExport.of(base.toBuilder().reportFile(Path.of("same.txt"))
                .migrationReport(Path.of("same.txt")).build()).run()).isInstanceOf(InvalidInputException.class)
                .hasMessage("report_file (--report-file): same.txt is also the path of migration_report "
                        + "(--migration-report); give each report its own file");
        assertThatThrownBy(() -> FixtureExport.of(base.toBuilder().reportFile(Path.of("m.json"))
                .migrationReport(Path.of("m.txt")).build()).run()).isInstanceOf(InvalidInputException.class)
                .hasMessage("report_file (--report-file): m.json is where the migration writes its JSON report, "
                        + "beside migration_report (--migration-report) m.txt; give the report another file name");
        assertThatThrownBy(() -> FixtureExport.of(base.toBuilder().reportFile(Path.of("fhir")).build()).run())
                .as("the FHIR folder").isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("report_file (--report-file): fhir is the name of a fhir fixture file or "
                        + "folder");
        assertThatThrownBy(() -> FixtureExport.of(base.toBuilder().migrationReport(Path.of("m.json")).build()).run())
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("migration_report (--migration-report): m.json names the text report, and the JSON report "
                        + "goes beside it with the extension .json; give a text name such as m.txt");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void acceptsAReportBesideTheTables(@TempDir Path dir) throws Exception {
        FixtureExport.of(CohortSpec.builder().patients(5).seed(42).outputDir(dir).outputFormat(TableFormat.CSV)
                .interopFormats(Set.of()).reportFile(Path.of("report.txt")).build()).run();

        assertThat(dir.resolve("report.txt")).content().startsWith("synth-health generation report");
        assertThat(List.of("patients.csv", "encounters.csv")).allSatisfy(f -> assertThat(dir.resolve(f)).exists());
    }
}

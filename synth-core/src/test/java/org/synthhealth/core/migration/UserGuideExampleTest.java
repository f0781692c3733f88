package org.synthhealth.core.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.MigrationSettings;
import org.synthhealth.core.MigrationStrategy;
import org.synthhealth.core.Seeds;

/** The user guide's Example 2 ({@code migration_test.yaml}) runs as written, through the command line's entry point. */
class UserGuideExampleTest {

    @TempDir
    Path dir;

    @Test
    void exampleTwoRunsAndWritesBothReports() throws Exception {
        CohortSpec spec = CohortSpec.builder().patients(500).outputDir(dir).simulateMigration(true).batchSize(50)
                .migrationStrategy(MigrationStrategy.STAGED)
                .migrationSettings(new MigrationSettings("vista", "oracle_health",
                        Map.of("extract", 0.95, "transform", 0.90, "validate", 0.88, "load", 0.85),
                        0.05, 0.03, 0.01, Map.of()))
                .reportFile(Path.of("test_report.txt"))
                .migrationReport(Path.of("migration_analysis.txt"))
                .build();
        long seed = Seeds.resolve(spec);

        MigrationResult result = MigrationRun.run(spec, seed, dir);

        assertThat(result.totalPatients()).as("seed %d", seed).isEqualTo(500);
        assertThat(result.outcomes().values().stream().mapToLong(Long::longValue).sum()).as("seed %d", seed)
                .isEqualTo(500);
        assertThat(dir.resolve("vista_globals.zwr")).exists();
        assertThat(Files.readString(dir.resolve("migration_analysis.txt"))).contains("Outcomes", "Bottleneck");
        assertThat(Files.readString(dir.resolve("migration_analysis.json"))).contains("\"strategy\" : \"staged\"");
    }
}

package org.synthhealth.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.MigrationStrategy;
import org.synthhealth.core.migration.MigrationResult;

class MigrationDashboardTest {

    @Test
    void aFailingMigrationTestLinksItsDashboardFromTheReport() throws Exception {
        var results = EngineRuns.run(FailingMigration.class);

        var links = EngineRuns.reportEntries(results, "synth.migration.report");
        assertThat(links).hasSize(1);
        Path page = Path.of(URI.create(links.get(0)));
        try {
            assertThat(Files.readString(page)).contains("Migration: staged strategy")
                    .contains("data-metric=\"migration-1.total_patients\">12<");
            assertThat(EngineRuns.fullText(EngineRuns.failures(results).get(0)))
                    .contains("migration dashboard written to " + page.toUri());
        } finally {
            Files.deleteIfExists(page);
        }
    }

    @Test
    void aPassingMigrationTestWritesNoDashboard() {
        var results = EngineRuns.run(PassingMigration.class);

        assertThat(results.testEvents().succeeded().count()).isEqualTo(1);
        assertThat(EngineRuns.reportEntries(results, "synth.migration.report")).isEmpty();
    }

    static class FailingMigration {
        @Test
        void fails(@SyntheticPatients(count = 12, seed = 3L) @MigrationSimulation(strategy = MigrationStrategy.STAGED)
                MigrationResult result) {
            fail("the load stage lost patients: " + result.totalPatients());
        }
    }

    static class PassingMigration {
        @Test
        void passes(@SyntheticPatients(count = 12, seed = 3L) @MigrationSimulation(strategy = MigrationStrategy.STAGED)
                MigrationResult result) {
            assertThat(result.totalPatients()).isEqualTo(12);
        }
    }
}

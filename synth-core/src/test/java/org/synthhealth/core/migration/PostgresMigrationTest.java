package org.synthhealth.core.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.ClinicalComplexity;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.MigrationSettings;
import org.synthhealth.core.MigrationStrategy;

/**
 * The same migration into a real PostgreSQL server gives the same result as into the embedded H2 target.
 *
 * <p>The server's JDBC URL comes from the environment variable {@code SYNTH_TEST_POSTGRES_URL} or the system property
 * {@code synth.test.postgres.url} (see {@code .ci/run}). Without one the test is skipped, unless
 * the environment variable {@code CI} is set, where it fails.
 */
class PostgresMigrationTest {

    private static String url;

    @TempDir
    Path dir;

    @BeforeAll
    static void findServer() {
        Optional<String> configured = Optional.ofNullable(System.getProperty("synth.test.postgres.url"))
                .or(() -> Optional.ofNullable(System.getenv("SYNTH_TEST_POSTGRES_URL")))
                .filter(s -> !s.isBlank());
        if (configured.isEmpty() && System.getenv("CI") != null) {
            fail("SYNTH_TEST_POSTGRES_URL is not set on CI; run .ci/run first");
        }
        Assumptions.assumeTrue(configured.isPresent(),
                "no PostgreSQL server: set SYNTH_TEST_POSTGRES_URL (see .ci/run) to run this test");
        url = configured.get();
    }

    @Test
    void migrationIntoPostgresMatchesTheEmbeddedTarget() throws Exception {
        CohortSpec spec = CohortSpec.builder().patients(60).seed(MigrationFixtures.SEED)
                .clinicalComplexity(ClinicalComplexity.LOW).batchSize(20).concurrentWorkers(2)
                .migrationStrategy(MigrationStrategy.PARALLEL).migrationSettings(MigrationSettings.defaults()).build();
        Cohort cohort = Cohort.generate(spec);

        MigrationResult postgres = MigrationSimulator.forSpec(spec).outputDir(dir).jdbcUrl(url).build().run(cohort);
        MigrationResult h2 = MigrationSimulator.forSpec(spec).outputDir(dir).build().run(cohort);

        assertThat(postgres.targetKind()).isEqualTo("postgresql");
        assertThat(MigrationReports.json(postgres).replace("\"target\" : \"postgresql\"", "\"target\" : \"h2\""))
                .isEqualTo(MigrationReports.json(h2));
        assertThat(personsIn(url)).isEqualTo(postgres.patients().stream().filter(p -> p.state().inTarget())
                .map(PatientOutcome::dfn).toList());
        assertThat(postgres.migratedCount()).isPositive();
    }

    private static List<Long> personsIn(String jdbcUrl) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT PERSON_ID FROM PERSON ORDER BY PERSON_ID")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}

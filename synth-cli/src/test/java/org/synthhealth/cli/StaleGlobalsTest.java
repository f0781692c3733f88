package org.synthhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --simulate-migration} without {@code vista} in {@code --formats} migrates the {@code vista_globals.zwr} already
 * in the output directory; one of another cohort is refused with one line before anything is written.
 */
class StaleGlobalsTest {

    @TempDir
    Path dir;

    private Path out;

    @BeforeEach
    void writeTwentyPatientsOfGlobals() {
        out = dir.resolve("stale2");
        CommandRun first = CommandRun.of("--num-records", "20", "--seed", "1", "--formats", "vista",
                "--output-dir", out.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
    }

    @Test
    void refusesGlobalsWithAnotherPatientCountAndWritesNothing() throws IOException {
        List<Path> before = files();

        CommandRun run = CommandRun.of("--num-records", "30", "--seed", "1", "--formats", "csv",
                "--output-dir", out.toString(), "--simulate-migration", "--migration-report", "r.txt");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("synth: " + out.resolve("vista_globals.zwr") + " holds 20 patients, not "
                + "this run's 30; run with --num-records 20, add vista to --formats to write it again, or delete it"
                + System.lineSeparator());
        assertThat(files()).as("files after the refused run").isEqualTo(before);
    }

    @Test
    void refusesGlobalsOfAnotherConfigurationAndWritesNothing() throws IOException {
        List<Path> before = files();

        CommandRun run = CommandRun.of("--num-records", "20", "--seed", "1", "--formats", "csv",
                "--output-dir", out.toString(), "--simulate-migration", "--reference-date", "2025-06-30");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.errLines()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).startsWith("synth: " + out.resolve("vista_globals.zwr")
                + " holds 20 patients generated with another configuration (config=").doesNotContain("\tat ");
        assertThat(files()).as("files after the refused run").isEqualTo(before);
    }

    @Test
    void migratesGlobalsOfTheSameCohort() {
        CommandRun run = CommandRun.of("--num-records", "20", "--seed", "1", "--formats", "csv",
                "--output-dir", out.toString(), "--simulate-migration", "--workers", "3", "--batch-size", "7");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Migration (staged): 20 patients");
    }

    @Test
    void writesTheGlobalsAgainWhenVistaIsAmongTheFormats() {
        CommandRun run = CommandRun.of("--num-records", "30", "--seed", "1", "--formats", "csv,vista",
                "--output-dir", out.toString(), "--simulate-migration");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Migration (staged): 30 patients");
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.sorted().toList();
        }
    }
}

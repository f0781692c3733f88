package org.synthhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fixture files an earlier run left beside this run's are named in a note, never silently mixed in. */
class EarlierFilesTest {

    @TempDir
    Path dir;

    @Test
    void aCsvRunIntoAFolderOfAnEarlierFullRunNamesTheFilesItDidNotWrite() throws Exception {
        Path out = dir.resolve("out");
        CommandRun full = CommandRun.of("--num-records", "5", "--seed", "1", "--output-dir", out.toString());
        CommandRun csv = CommandRun.of("--num-records", "5", "--seed", "2", "--csv", "--output-dir", out.toString());

        assertThat(full.exitCode()).as(full.err()).isZero();
        assertThat(full.err()).doesNotContain("note:");
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        assertThat(csv.err()).contains("synth: note: " + out + " also holds ", " fixture files this run did not "
                + "write (patients.parquet, encounters.parquet, conditions.parquet and ", "left by an earlier run");
        assertThat(out.resolve("patients.parquet")).exists();
    }

    @Test
    void aRunThatWritesEveryFileTheFolderHoldsSaysNothing() throws Exception {
        Path out = dir.resolve("out");
        CommandRun first = CommandRun.of("--num-records", "5", "--seed", "1", "--csv", "--output-dir", out.toString());
        CommandRun second = CommandRun.of("--num-records", "5", "--seed", "2", "--csv", "--output-dir",
                out.toString());

        assertThat(first.exitCode()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.err()).doesNotContain("note:");
        assertThat(Files.list(out)).hasSize(10);
    }

    @Test
    void aMigrationReusingTheGlobalsOfItsOwnCohortIsNotToldAboutThem() throws Exception {
        Path out = dir.resolve("out");
        CommandRun globals = CommandRun.of("--num-records", "5", "--seed", "3", "--formats", "vista", "--output-dir",
                out.toString());
        CommandRun migration = CommandRun.of("--num-records", "5", "--seed", "3", "--formats", "csv",
                "--simulate-migration", "--output-dir", out.toString());

        assertThat(globals.exitCode()).isZero();
        assertThat(migration.exitCode()).as(migration.err()).isZero();
        assertThat(migration.err()).doesNotContain("note:");
    }
}

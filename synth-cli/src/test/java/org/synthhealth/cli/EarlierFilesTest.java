package org.synthhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.format.table.Tables;

/** Fixture files an earlier run left beside this run's are named in one note per format, never silently mixed in. */
class EarlierFilesTest {

    @TempDir
    Path dir;

    @Test
    void aCsvRunBesideTheTablesOfAnEarlierRunSaysTheParquetTablesAreNotItsOwn() throws Exception {
        Path out = dir.resolve("out");
        CommandRun both = CommandRun.of("--num-records", "15", "--seed", "2", "--formats", "csv,parquet",
                "--output-dir", out.toString());
        CommandRun csv = CommandRun.of("--num-records", "5", "--seed", "3", "--csv", "--output-dir",
                out.toString());

        assertThat(both.exitCode()).as(both.err()).isZero();
        assertThat(both.err()).doesNotContain("note:");
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        assertThat(csv.err()).isEqualTo("synth: note: " + out + " also holds the 10 parquet tables of an earlier "
                + "run, not rewritten by this one; remove them, add parquet to --formats to write them again, or write "
                + "to an empty --output-dir, so they are not read with this cohort" + System.lineSeparator());
        assertThat(out.resolve("patients.parquet")).as("the earlier run's table is left alone").exists();
    }

    @Test
    void aCsvRunIntoAFolderOfAnEarlierFullRunGivesOneNotePerFormatItDidNotWrite() throws Exception {
        Path out = dir.resolve("out");
        CommandRun full = CommandRun.of("--num-records", "5", "--seed", "1", "--output-dir", out.toString());
        CommandRun csv = CommandRun.of("--num-records", "5", "--seed", "2", "--csv", "--output-dir", out.toString());

        assertThat(full.exitCode()).as(full.err()).isZero();
        assertThat(full.err()).doesNotContain("note:");
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        assertThat(csv.err().lines()).as(csv.err()).hasSize(4).allMatch(line -> line.startsWith("synth: note: " + out
                + " also holds ") && line.contains(" of an earlier run, not rewritten by this one; remove "));
        assertThat(csv.err().lines().map(line -> line.substring(line.indexOf(" also holds ")))).containsExactly(
                " also holds the 10 parquet tables of an earlier run, not rewritten by this one; remove them, add "
                        + "parquet to --formats to write them again, or write to an empty --output-dir, so they are "
                        + "not read with this cohort",
                " also holds the 10 fhir files of an earlier run, not rewritten by this one; remove them, add fhir to "
                        + "--formats to write them again, or write to an empty --output-dir, so they are not read with "
                        + "this cohort",
                " also holds the hl7 files hl7_messages_adt.hl7, hl7_messages_oru.hl7 of an earlier run, not "
                        + "rewritten by this one; remove them, add hl7 to --formats to write them again, or write to "
                        + "an empty --output-dir, so they are not read with this cohort",
                " also holds the vista files vista_globals.zwr, vista_globals.mumps of an earlier run, not rewritten "
                        + "by this one; remove them, add vista to --formats to write them again, or write to an empty "
                        + "--output-dir, so they are not read with this cohort");
        assertThat(out.resolve("patients.parquet")).exists();
    }

    @Test
    void aLoneLeftoverTableIsNamed() throws Exception {
        Path out = dir.resolve("out");
        CommandRun both = CommandRun.of("--num-records", "5", "--seed", "1", "--formats", "csv,parquet",
                "--output-dir", out.toString());
        for (String name : Tables.fileNames("parquet")) {
            if (!name.equals("deaths.parquet")) {
                Files.delete(out.resolve(name));
            }
        }
        CommandRun csv = CommandRun.of("--num-records", "5", "--seed", "2", "--csv", "--output-dir", out.toString());

        assertThat(both.exitCode()).as(both.err()).isZero();
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        assertThat(csv.err()).isEqualTo("synth: note: " + out + " also holds the parquet table deaths.parquet of an "
                + "earlier run, not rewritten by this one; remove it, add parquet to --formats to write it again, or "
                + "write to an empty --output-dir, so it is not read with this cohort" + System.lineSeparator());
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

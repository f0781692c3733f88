package org.synthhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File errors that come from where the output goes are told in one line, not as internal errors. */
class FileProblemsTest {

    @TempDir
    Path dir;

    @Test
    void aReadOnlyFileSystemIsTheUsersToFix() {
        FileProblems.Told told = FileProblems.of(new FileSystemException("out/.synth.lock", null,
                "Read-only file system")).orElseThrow();

        assertThat(told.userError()).isTrue();
        assertThat(told.line()).startsWith("out/.synth.lock: the file system is read-only; choose an output");
    }

    @Test
    void anImmutableFolderIsTheUsersToFixAndTheOutputIsNamedNotItsTemporaryFile() {
        FileProblems.Told told = FileProblems.of(new FileSystemException("out/fhir/.Patient.ndjson.partial", null,
                "Operation not permitted")).orElseThrow();

        assertThat(told.userError()).isTrue();
        assertThat(told.line()).isEqualTo("out/fhir/Patient.ndjson: operation not permitted (an immutable file or "
                + "folder, or another user's in a shared folder); fix that or choose another output directory");
        assertThat(FileProblems.shown(".vista_globals.zwr.partial")).isEqualTo("vista_globals.zwr");
        assertThat(FileProblems.shown("/a/.b/.c.csv.partial")).isEqualTo("/a/.b/c.csv");
        assertThat(FileProblems.shown("/a/report.partial.txt")).isEqualTo("/a/report.partial.txt");
    }

    @Test
    void aNameTooLongForTheFileSystemIsTheUsersToFix() {
        FileProblems.Told told = FileProblems.of(new FileSystemException("out/" + "d".repeat(300), null,
                "File name too long")).orElseThrow();

        assertThat(told.userError()).isTrue();
        assertThat(told.line()).isEqualTo("out/" + "d".repeat(300) + ": a name in this path is longer than the file "
                + "system allows (255 bytes); choose a shorter one");
    }

    @Test
    void aFullDiskIsFoundBehindAWriterThreadsWrappingAndIsNotCalledInternal() {
        IOException wrapped = new IOException("synth-csv-writer-1 failed: No space left on device",
                new IOException("No space left on device"));

        FileProblems.Told told = FileProblems.of(wrapped).orElseThrow();

        assertThat(told.userError()).isFalse();
        assertThat(told.line()).startsWith("no space left on device; free some space").doesNotContain("internal");
    }

    @Test
    void otherErrorsAreLeftToTheCaller() {
        assertThat(FileProblems.of(new FileSystemException("x", null, "Input/output error"))).isEmpty();
        assertThat(FileProblems.of(new IllegalStateException("bug"))).isEmpty();
    }

    @Test
    void aFileWhereAFolderIsNeededIsNamed() throws IOException {
        Path blocking = Files.createFile(dir.resolve("fhir"));

        FileProblems.Told told = FileProblems.of(new FileSystemException(
                blocking.resolve(".Patient.ndjson.partial").toString(), null, "Not a directory")).orElseThrow();

        assertThat(told.userError()).isTrue();
        assertThat(told.line()).isEqualTo(blocking.toAbsolutePath() + " is a file where synth needs a folder; move "
                + "the file away or choose another path");
    }

    @Test
    void theCommandRefusesAFileWhereAFormatNeedsItsFolder() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("fhir"), "mine");

        CommandRun run = CommandRun.of("--num-records", "2", "--seed", "1", "--formats", "csv,fhir",
                "--output-dir", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.errLines()).isEqualTo(1);
        assertThat(run.err()).contains(out.resolve("fhir").toAbsolutePath() + " is a file where synth needs a folder")
                .doesNotContain("internal error");
        assertThat(Files.readString(out.resolve("fhir"))).isEqualTo("mine");
        assertThat(out.resolve("patients.csv")).doesNotExist();
    }
}

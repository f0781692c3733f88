package org.synthhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.format.OutputLock;

class InterruptCleanupTest {

    /** Enough patients that the run is still writing when the signal arrives. */
    private static final String PATIENTS = "200000";

    @Test
    void removesOnlyTheStagedFilesOfAStoppedRun(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("fhir"));
        Path staged = Files.writeString(dir.resolve(".patients.csv.partial"), "half");
        Path stagedNested = Files.writeString(dir.resolve("fhir/.Patient.ndjson.partial"), "half");
        Path finished = Files.writeString(dir.resolve("patients.csv"), "whole");
        Path hidden = Files.writeString(dir.resolve(".keep"), "user's");
        Files.createDirectories(dir.resolve("nested"));
        Path anotherRuns = Files.writeString(dir.resolve("nested/.patients.csv.partial"), "another run's");
        Path unknown = Files.writeString(dir.resolve(".notes.txt.partial"), "not a file synth writes");

        InterruptCleanup.deletePartialFiles(List.of(dir.resolve("patients.csv"), dir.resolve("fhir/Patient.ndjson"),
                dir.resolve("report.txt")));

        assertThat(staged).doesNotExist();
        assertThat(stagedNested).doesNotExist();
        assertThat(finished).exists();
        assertThat(hidden).exists();
        assertThat(anotherRuns).as("a run writing into a folder inside this one").exists();
        assertThat(unknown).exists();
    }

    @Test
    void removesTheFormatFoldersAStoppedRunCreatedWhenTheyAreEmpty(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("hl7"));
        List<Path> outputs = List.of(dir.resolve("patients.csv"), dir.resolve("fhir/Patient.ndjson"),
                dir.resolve("fhir/Encounter.ndjson"), dir.resolve("hl7/adt.hl7"), dir.resolve("vista/globals.zwr"));

        Set<Path> missing = InterruptCleanup.missingFolders(dir, outputs);

        assertThat(missing).as("only the folders the run would create").containsExactly(
                dir.resolve("fhir"), dir.resolve("vista"));
        Files.createDirectories(dir.resolve("fhir"));
        Files.createDirectories(dir.resolve("vista"));
        Path othersFile = Files.writeString(dir.resolve("vista/notes.txt"), "someone's");
        InterruptCleanup.removeEmptyFolders(missing);
        assertThat(dir.resolve("fhir")).doesNotExist();
        assertThat(othersFile).as("a folder that holds anything stays").exists();
        assertThat(dir.resolve("hl7")).as("a folder that was there before stays").exists();
    }

    @Test
    void aRunStoppedByCtrlCRemovesTheOutputFolderItCreatedAndItsParents(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("new/intr");

        int status = interruptOnceLocked(out);

        assertThat(status).as("exit status after SIGINT").isEqualTo(130);
        assertThat(dir.resolve("new")).as("the folders the stopped run created, left empty").doesNotExist();
    }

    @Test
    void aRunStoppedByCtrlCLeavesAFolderThatWasThereWithoutItsLockFile(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve("intr"));

        int status = interruptOnceLocked(out);

        assertThat(status).as("exit status after SIGINT").isEqualTo(130);
        assertThat(out).as("a folder that was there before").isDirectory();
        assertThat(out.resolve(OutputLock.FILE_NAME)).as("the stopped run's lock file").doesNotExist();
    }

    @Test
    void removesOnlyTheEmptyFoldersARunCreated(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("a/b/out");
        Optional<Path> top = InterruptCleanup.firstMissing(out);
        Files.createDirectories(out);
        Files.writeString(out.resolve(OutputLock.FILE_NAME), "");
        Files.writeString(dir.resolve("a/notes.txt"), "someone's");

        InterruptCleanup.removeLockAndCreatedFolders(out, top);

        assertThat(top).as("the first folder the run creates").contains(dir.resolve("a").toAbsolutePath());
        assertThat(dir.resolve("a/b")).as("created and left empty").doesNotExist();
        assertThat(dir.resolve("a/notes.txt")).as("a folder that holds anything stays").exists();
    }

    /**
     * Runs the command in a JVM of its own into {@code out} and sends it SIGINT, as Ctrl-C does, once it stages its
     * files (and so holds the folder's lock); returns its exit status.
     */
    private static int interruptOnceLocked(Path out) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process run = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                SynthCommand.class.getName(), "--num-records", PATIENTS, "--seed", "1", "--csv", "--output-dir",
                out.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (!staging(out) && run.isAlive() && Instant.now().isBefore(deadline)) {
                Thread.sleep(10);
            }
            assertThat(run.isAlive()).as("the run is still writing when stopped").isTrue();
            assertThat(new ProcessBuilder("kill", "-INT", Long.toString(run.pid())).start().waitFor()).isZero();
            assertThat(run.waitFor(60, TimeUnit.SECONDS)).as("the stopped run ended").isTrue();
            return run.exitValue();
        } finally {
            run.destroyForcibly();
        }
    }

    /** Whether a run writing into {@code out} has begun staging its files. */
    private static boolean staging(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return false;
        }
        try (var files = Files.list(out)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".partial"));
        }
    }
}

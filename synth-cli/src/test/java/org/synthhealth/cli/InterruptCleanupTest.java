package org.synthhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterruptCleanupTest {

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
}

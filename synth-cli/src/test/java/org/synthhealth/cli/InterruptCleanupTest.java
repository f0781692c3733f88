package org.synthhealth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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
}

package org.synthhealth.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.InvalidInputException;

class StagedFileTest {

    @TempDir
    Path dir;

    @Test
    void writesUnderAHiddenPartialNameUntilCommitted() throws IOException {
        Path target = dir.resolve("patients.csv");

        try (StagedFile file = StagedFile.of(target)) {
            try (OutputStream out = file.openStream()) {
                out.write("id\r\n".getBytes(StandardCharsets.UTF_8));
            }
            assertThat(file.temporary()).hasFileName(".patients.csv.partial").exists();
            assertThat(target).doesNotExist();

            file.commit();
        }

        assertThat(target).hasContent("id\r\n");
        assertThat(dir.resolve(".patients.csv.partial")).doesNotExist();
    }

    /** The longest name a file system allows (255 bytes) leaves no room for the dot and ".partial" around it. */
    @Test
    void aNameAsLongAsFileSystemsAllowIsStagedUnderAShorterName() throws IOException {
        String longest = "r".repeat(StagedFile.MAX_NAME_BYTES - 4) + ".txt";
        String accented = "é".repeat(120) + ".txt";
        for (String name : new String[] {longest, accented}) {
            Path target = dir.resolve(name);

            try (StagedFile file = StagedFile.of(target)) {
                try (OutputStream out = file.openStream()) {
                    out.write(1);
                }
                String temporary = file.temporary().getFileName().toString();
                assertThat(temporary).startsWith(".").endsWith(".partial").isEqualTo(StagedFile.temporaryName(name));
                assertThat(temporary.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(255);
                assertThat(file.temporary()).exists();
                file.commit();
            }

            assertThat(target).hasBinaryContent(new byte[] {1});
        }
        assertThat(StagedFile.temporaryName(longest)).isNotEqualTo(StagedFile.temporaryName(longest + "x"));
    }

    @Test
    void deletesTheTemporaryFileWhenClosedUncommitted() throws IOException {
        Files.writeString(dir.resolve("patients.csv"), "old");

        try (StagedFile file = StagedFile.of(dir.resolve("patients.csv"))) {
            try (OutputStream out = file.openStream()) {
                out.write('x');
            }
        }

        assertThat(dir.resolve(".patients.csv.partial")).doesNotExist();
        assertThat(dir.resolve("patients.csv")).hasContent("old");
    }

    @Test
    void removesATemporaryFileLeftByAnEarlierCrash() throws IOException {
        Files.writeString(dir.resolve(".deaths.csv.partial"), "half a row");

        try (AtomicOutput output = AtomicOutput.in(dir)) {
            output.stage("deaths.csv");
            assertThat(dir.resolve(".deaths.csv.partial")).doesNotExist();
        }
    }

    @Test
    void commitsEveryStagedFileAndReplacesOlderOnes() throws IOException {
        Files.writeString(dir.resolve("a.csv"), "old");

        try (AtomicOutput output = AtomicOutput.in(dir.resolve("nested"))) {
            for (String name : new String[] {"a.csv", "b.csv"}) {
                try (OutputStream out = output.stage(name).openStream()) {
                    out.write(name.getBytes(StandardCharsets.UTF_8));
                }
            }
            output.commitAll();
        }

        assertThat(dir.resolve("nested/a.csv")).hasContent("a.csv");
        assertThat(dir.resolve("nested/b.csv")).hasContent("b.csv");
    }

    @Test
    void aFolderWhereAFileIsStagedOrSetAsideIsTheUsersToMoveAndIsLeftAsItIs() throws IOException {
        Path target = dir.resolve("patients.csv");
        for (String name : new String[] {".patients.csv.partial", ".patients.csv.previous"}) {
            Path folder = Files.createDirectories(dir.resolve(name));
            Path inside = Files.writeString(folder.resolve("keep"), "user's");

            assertThatThrownBy(() -> StagedFile.removeLeftover(target)).isInstanceOf(InvalidInputException.class)
                    .hasMessage(folder + " is a folder, but synth needs that name for a while as it writes " + target
                            + "; move or delete the folder and run again");
            assertThat(inside).as("nothing inside is touched").hasContent("user's");
            Files.delete(inside);
            assertThatThrownBy(() -> StagedFile.removeLeftover(target)).as("an empty folder is not deleted either")
                    .isInstanceOf(InvalidInputException.class);
            assertThat(folder).isDirectory();
            Files.delete(folder);
        }
        Files.createDirectories(dir.resolve(".patients.csv.partial"));
        assertThatThrownBy(() -> StagedFile.of(target)).isInstanceOf(InvalidInputException.class);
    }
}

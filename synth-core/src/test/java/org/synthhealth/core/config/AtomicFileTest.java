package org.synthhealth.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.InvalidInputException;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void writesThroughASymbolicLinkAndKeepsTheLink() throws IOException {
        Path real = dir.resolve("real.txt");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("real.txt"));

        AtomicFile.write(link, "report".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.isSymbolicLink(link)).as("%s is still a link", link).isTrue();
        assertThat(real).hasContent("report");
    }

    @Test
    void aFailureNamesTheTargetNotTheTemporaryFile() throws IOException {
        Path target = dir.resolve("report.txt");
        // The staged file is written, then cannot move onto a folder that holds something.
        Files.createDirectories(target.resolve("blocking"));

        assertThatThrownBy(() -> AtomicFile.write(target, new byte[] {1}))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(target.toString())
                .hasMessageNotContaining(".partial");
        assertThat(dir.resolve(".report.txt.partial")).as("the staged file is removed").doesNotExist();
    }

    @Test
    void aFolderAtTheStagingNameIsTheUsersAndIsNamedAsSuch() throws IOException {
        Path target = dir.resolve("report.txt");
        Path folder = Files.createDirectories(dir.resolve(".report.txt.partial"));

        assertThatThrownBy(() -> AtomicFile.write(target, new byte[] {1}))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(folder + " is a folder").hasMessageContaining("as it writes " + target);
        assertThat(folder).isDirectory();
        assertThat(target).doesNotExist();
    }

    @Test
    void aPipeIsRefusedAndLeftAPipe() throws Exception {
        Path fifo = dir.resolve("fifo");
        int made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        org.junit.jupiter.api.Assumptions.assumeTrue(made == 0, "mkfifo is available");

        assertThatThrownBy(() -> AtomicFile.write(fifo, new byte[] {1})).isInstanceOf(InvalidInputException.class)
                .hasMessage(fifo + " is not a regular file (a device, pipe or socket); give a path to a file");
        assertThat(Files.isRegularFile(fifo)).as("still a pipe").isFalse();
        assertThat(fifo).exists();
    }
}

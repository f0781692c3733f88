package org.synthhealth.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        Files.createDirectories(dir.resolve(".report.txt.partial/blocking"));

        assertThatThrownBy(() -> AtomicFile.write(target, new byte[] {1}))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(target.toString())
                .hasMessageNotContaining(".partial");
    }
}

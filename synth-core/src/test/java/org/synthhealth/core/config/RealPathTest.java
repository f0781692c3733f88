package org.synthhealth.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealPathTest {

    @TempDir
    Path dir;

    @Test
    void followsALinkedFolderAndKeepsTheMissingRest() throws IOException {
        Path real = Files.createDirectories(dir.resolve("o"));
        Path link = Files.createSymbolicLink(dir.resolve("odir"), Path.of("o"));

        assertThat(RealPath.of(link.resolve("deaths.csv"))).isEqualTo(real.toRealPath().resolve("deaths.csv"));
        assertThat(RealPath.of(link.resolve("new/sub/x.txt")))
                .isEqualTo(real.toRealPath().resolve("new/sub/x.txt"));
    }

    @Test
    void takesDotDotAfterAMissingFolderLexically() throws IOException {
        assertThat(RealPath.of(dir.resolve("new/../fifo"))).isEqualTo(dir.toRealPath().resolve("fifo"));
    }

    /** The operating system leaves the link's target, not the link, on {@code ..}; so must the check. */
    @Test
    void takesDotDotAfterALinkAsTheOperatingSystemDoes() throws IOException {
        Path deep = Files.createDirectories(dir.resolve("a/b"));
        Files.createSymbolicLink(dir.resolve("l"), deep);

        assertThat(RealPath.of(dir.resolve("l/../x"))).isEqualTo(dir.toRealPath().resolve("a/x"));
    }

    @Test
    void followsADanglingLinkInTheLastName() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("report.txt"), Path.of("missing/real.txt"));

        assertThat(RealPath.of(link)).isEqualTo(dir.toRealPath().resolve("missing/real.txt"));
    }

    @Test
    void refusesALinkLoop() throws IOException {
        Files.createSymbolicLink(dir.resolve("a"), Path.of("b"));
        Files.createSymbolicLink(dir.resolve("b"), Path.of("a"));

        assertThatThrownBy(() -> RealPath.of(dir.resolve("a/x"))).isInstanceOf(IOException.class)
                .hasMessageContaining("too many levels of symbolic links");
    }
}

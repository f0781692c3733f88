package org.synthhealth.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FixtureFilesTest {

    @Test
    void writesTheAskedFormatsAndDeletesTheDirectoryAfterAPassingTest() {
        var results = EngineRuns.run(Passing.class);

        assertThat(results.testEvents().succeeded().count()).isEqualTo(1);
        assertThat(Passing.seen).isNotNull();
        assertThat(Passing.seen).doesNotExist();
        assertThat(EngineRuns.reportEntries(results, "synth.fixtures")).isEmpty();
    }

    @Test
    void keepsTheDirectoryOfAFailingTestAndReportsWhereItIs() throws IOException {
        var results = EngineRuns.run(Failing.class);

        Path kept = Failing.seen;
        try {
            assertThat(kept).isDirectory();
            assertThat(kept.resolve("vista_globals.zwr")).isRegularFile();
            assertThat(EngineRuns.reportEntries(results, "synth.fixtures"))
                    .containsExactly(kept.toAbsolutePath().toString());
            assertThat(EngineRuns.fullText(EngineRuns.failures(results).get(0)))
                    .contains("fixture files kept in " + kept.toAbsolutePath());
        } finally {
            delete(kept);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static class Passing {
        static volatile Path seen;

        @Test
        void passes(@SyntheticPatients(count = 3, seed = 8L) @FixtureFiles(formats = "vista") Path dir) {
            seen = dir;
            assertThat(dir.resolve("vista_globals.zwr")).isRegularFile();
        }
    }

    static class Failing {
        static volatile Path seen;

        @Test
        void fails(@SyntheticPatients(count = 3, seed = 8L) @FixtureFiles(formats = "vista") Path dir) {
            seen = dir;
            fail("the import rejected the fixtures");
        }
    }
}

package org.synthhealth.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.synthhealth.core.format.FixtureFormat;
import org.synthhealth.core.format.FixtureWriter;
import org.synthhealth.core.model.Patient;

/** Formats for tests: one that stages a file like the real writers, one whose disk fails. */
final class TestFormats {

    private TestFormats() {
    }

    /** Writes one line per patient id to {@code ids.txt}, staged beside it until {@code commit()}. */
    static FixtureFormat staging() {
        return new Simple("ids", (dir, spec, seed) -> new StagingWriter(dir.resolve("ids.txt")));
    }

    /** Fails to open: the disk is on fire. */
    static FixtureFormat failingOpen() {
        return new Simple("broken", (dir, spec, seed) -> {
            throw new IOException("disk on fire");
        });
    }

    /** Opens, then fails on the {@code n}-th patient. */
    static FixtureFormat failingAt(long n) {
        return new Simple("flaky", (dir, spec, seed) -> new StagingWriter(dir.resolve("flaky.txt")) {
            @Override
            public void write(Patient patient) throws IOException {
                if (patient.index() == n) {
                    throw new IOException("disk full at patient " + n);
                }
                super.write(patient);
            }
        });
    }

    /** Writes every patient, then fails to complete its file, as a full disk would at the last flush. */
    static FixtureFormat failingAtFinish() {
        return new Simple("late", (dir, spec, seed) -> new StagingWriter(dir.resolve("late.txt")) {
            @Override
            public void finish() throws IOException {
                throw new IOException("disk full at the last flush");
            }
        });
    }

    /** Completes its file, then fails to move it into place, as a file another user owns would. */
    static FixtureFormat failingAtCommit() {
        return new Simple("stuck", (dir, spec, seed) -> new StagingWriter(dir.resolve("stuck.txt")) {
            @Override
            public void commit() throws IOException {
                throw new java.nio.file.AccessDeniedException(dir.resolve("stuck.txt").toString());
            }
        });
    }

    interface Opener {
        FixtureWriter open(Path dir, CohortSpec spec, long seed) throws IOException;
    }

    private record Simple(String name, Opener opener) implements FixtureFormat {
        @Override
        public List<String> fileNames(CohortSpec spec) {
            return List.of(name + ".txt");
        }

        @Override
        public FixtureWriter open(Path outputDir, CohortSpec spec, long seed) throws IOException {
            return opener.open(outputDir, spec, seed);
        }
    }

    static class StagingWriter implements FixtureWriter {
        private final Path target;
        private final Path staged;
        private final StringBuilder text = new StringBuilder();
        private boolean committed;

        StagingWriter(Path target) throws IOException {
            this.target = target;
            this.staged = Files.createFile(target.resolveSibling("." + target.getFileName() + ".partial"));
        }

        @Override
        public void write(Patient patient) throws IOException {
            text.append(patient.id()).append('\n');
            Files.writeString(staged, text);
        }

        @Override
        public void finish() throws IOException {
            // The text is on disk after every write; nothing is left to complete.
        }

        @Override
        public void commit() throws IOException {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                Files.deleteIfExists(staged);
            }
        }
    }
}

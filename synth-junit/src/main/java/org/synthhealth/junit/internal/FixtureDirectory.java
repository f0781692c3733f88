package org.synthhealth.junit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A temporary directory of exported fixtures that belongs to one test: deleted when the test's extension store
 * closes, unless the test failed and {@link #keep()} was called.
 */
public final class FixtureDirectory implements AutoCloseable {

    private final Path path;
    private volatile boolean keep;

    private FixtureDirectory(Path path) {
        this.path = path;
    }

    /** A new, empty directory under the system temporary directory. */
    public static FixtureDirectory create() {
        try {
            return new FixtureDirectory(Files.createTempDirectory("synth-fixtures-"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for fixture files", e);
        }
    }

    /** The directory. */
    public Path path() {
        return path;
    }

    /** Keeps the directory after the test, so a failure can be investigated. */
    public void keep() {
        keep = true;
    }

    /** Whether the directory will be kept. */
    public boolean kept() {
        return keep;
    }

    @Override
    public void close() throws IOException {
        if (keep || !Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            List<Path> deepestFirst = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path p : deepestFirst) {
                Files.deleteIfExists(p);
            }
        }
    }
}

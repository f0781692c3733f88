package org.synthhealth.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the {@code shared} folder that lies beside the project root (the root holds {@code .ci/run}). */
public final class SharedFolder {

    private SharedFolder() {
    }

    /** The project root: the nearest ancestor of the working directory that holds {@code .ci/run}. */
    public static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve(".ci/run"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no .ci/run above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** A path inside {@code ../shared} relative to the project root, for example {@code fhir}. */
    public static Path resolve(String relative) {
        return projectRoot().resolveSibling("shared").resolve(relative);
    }
}

package org.synthhealth.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds this repository's {@code shared} folder (beside the project root, which holds {@code .ci/run}); in a
 * hospital's own build this would be the team's FHIR package cache.
 */
final class SharedFolder {

    private SharedFolder() {
    }

    /** Points {@code -Dsynth.fhir.packages} at {@code ../shared/fhir} unless the run already sets it. */
    static void useFhirPackages() {
        if (System.getProperty("synth.fhir.packages") == null) {
            System.setProperty("synth.fhir.packages", resolve("fhir").toString());
        }
    }

    /** A path inside the shared folder. */
    static Path resolve(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve(".ci/run"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no .ci/run above " + Path.of("").toAbsolutePath());
        }
        return dir.resolveSibling("shared").resolve(relative);
    }
}

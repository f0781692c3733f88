package org.synthhealth.assertj;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Points the US Core validator at the FHIR packages in the {@code shared} folder beside the project root (the root
 * holds {@code .ci/run}), unless the run already names a package cache.
 */
final class SharedPackages {

    private SharedPackages() {
    }

    /** Sets {@code synth.fhir.packages} to {@code ../shared/fhir} of the project root when it is not set. */
    static void use() {
        if (System.getProperty("synth.fhir.packages") != null) {
            return;
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve(".ci/run"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no .ci/run above " + Path.of("").toAbsolutePath());
        }
        System.setProperty("synth.fhir.packages", dir.resolveSibling("shared").resolve("fhir").toString());
    }
}

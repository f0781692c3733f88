package org.synthhealth.junit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.InvalidInputException;

/** Reads the YAML configuration named by {@code @SyntheticPatients(config = ...)}. */
final class ConfigFiles {

    private ConfigFiles() {
    }

    /** The spec a YAML file describes; errors name the file and the YAML path. */
    static CohortSpec read(Path file, String declared) {
        throw new InvalidInputException("config = \"" + declared + "\": reading YAML is not available yet");
    }

    /** A classpath resource that is not a plain file (inside a jar), copied to a temporary file to be read. */
    static Path copyToTemporaryFile(URL resource, String declared) {
        String name = declared.substring(declared.lastIndexOf('/') + 1);
        try (InputStream in = resource.openStream()) {
            Path file = Files.createTempDirectory("synth-config-").resolve(name);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            file.toFile().deleteOnExit();
            file.getParent().toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read config resource " + resource, e);
        }
    }
}

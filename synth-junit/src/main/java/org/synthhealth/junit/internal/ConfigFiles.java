package org.synthhealth.junit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.config.CohortSpecReader;

/**
 * Reads the YAML configuration named by {@code @SyntheticPatients(config = ...)}: a classpath resource first, then a
 * file path. Errors name the resource or file, the line and the YAML path.
 */
final class ConfigFiles {

    private ConfigFiles() {
    }

    /** The spec the configuration describes. */
    static CohortSpec read(String config, ClassLoader loader) {
        String name = config.startsWith("/") ? config.substring(1) : config;
        URL resource = loader.getResource(name);
        if (resource != null) {
            try (InputStream in = resource.openStream()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return CohortSpecReader.readBuilder(text, "classpath:" + name).build();
            } catch (IOException e) {
                throw new InvalidInputException("config = \"" + config + "\": cannot read " + resource, e);
            }
        }
        Path file = Path.of(config);
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("config = \"" + config + "\": no such classpath resource or file ("
                    + file.toAbsolutePath() + "); put it under src/test/resources or give an existing file path");
        }
        return CohortSpecReader.readBuilder(file).build();
    }
}

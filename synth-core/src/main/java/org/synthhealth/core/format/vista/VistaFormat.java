package org.synthhealth.core.format.vista;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.format.FixtureFormat;
import org.synthhealth.core.format.FixtureWriter;

/** The vista format. */
public final class VistaFormat implements FixtureFormat {

    @Override
    public String name() {
        return "vista";
    }

    @Override
    public List<String> fileNames(CohortSpec spec) {
        return List.of();
    }

    @Override
    public FixtureWriter open(Path outputDir, CohortSpec spec, long seed) throws IOException {
        throw new UnsupportedOperationException("vista format not built yet");
    }
}

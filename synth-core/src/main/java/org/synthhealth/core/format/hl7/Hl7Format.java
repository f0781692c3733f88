package org.synthhealth.core.format.hl7;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.format.FixtureFormat;
import org.synthhealth.core.format.FixtureWriter;

/** The hl7 format. */
public final class Hl7Format implements FixtureFormat {

    @Override
    public String name() {
        return "hl7";
    }

    @Override
    public List<String> fileNames(CohortSpec spec) {
        return List.of();
    }

    @Override
    public FixtureWriter open(Path outputDir, CohortSpec spec, long seed) throws IOException {
        throw new UnsupportedOperationException("hl7 format not built yet");
    }
}

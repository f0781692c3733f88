package org.synthhealth.core.format.fhir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.format.FixtureFormat;
import org.synthhealth.core.format.FixtureWriter;

/** The fhir format. */
public final class FhirFormat implements FixtureFormat {

    @Override
    public String name() {
        return "fhir";
    }

    @Override
    public List<String> fileNames(CohortSpec spec) {
        return List.of();
    }

    @Override
    public FixtureWriter open(Path outputDir, CohortSpec spec, long seed) throws IOException {
        throw new UnsupportedOperationException("fhir format not built yet");
    }
}

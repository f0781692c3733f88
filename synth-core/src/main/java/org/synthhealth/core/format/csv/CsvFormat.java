package org.synthhealth.core.format.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.format.FixtureFormat;
import org.synthhealth.core.format.FixtureWriter;

/** The csv format. */
public final class CsvFormat implements FixtureFormat {

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public List<String> fileNames(CohortSpec spec) {
        return List.of();
    }

    @Override
    public FixtureWriter open(Path outputDir, CohortSpec spec, long seed) throws IOException {
        throw new UnsupportedOperationException("csv format not built yet");
    }
}

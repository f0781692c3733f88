package org.synthhealth.core.format.parquet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.format.FixtureFormat;
import org.synthhealth.core.format.FixtureWriter;

/** The parquet format. */
public final class ParquetFormat implements FixtureFormat {

    @Override
    public String name() {
        return "parquet";
    }

    @Override
    public List<String> fileNames(CohortSpec spec) {
        return List.of();
    }

    @Override
    public FixtureWriter open(Path outputDir, CohortSpec spec, long seed) throws IOException {
        throw new UnsupportedOperationException("parquet format not built yet");
    }
}

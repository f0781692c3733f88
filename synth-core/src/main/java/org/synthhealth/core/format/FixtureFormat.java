package org.synthhealth.core.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.synthhealth.core.CohortSpec;

/** One output format: knows its file names and opens a {@link FixtureWriter} for a cohort. */
public interface FixtureFormat {

    /** The name used in {@code --formats}, for example {@code csv}. */
    String name();

    /** The files this format writes, relative to the output directory (for reports and documentation). */
    List<String> fileNames(CohortSpec spec);

    /**
     * Opens a writer into {@code outputDir} for a cohort generated from {@code spec} with the resolved {@code seed}.
     */
    FixtureWriter open(Path outputDir, CohortSpec spec, long seed) throws IOException;
}

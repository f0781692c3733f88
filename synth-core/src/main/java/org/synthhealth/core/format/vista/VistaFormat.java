package org.synthhealth.core.format.vista;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.format.FixtureFormat;
import org.synthhealth.core.format.FixtureWriter;

/**
 * The VistA format: the cohort as FileMan globals in a ZWR file that GT.M and YottaDB load with {@code mupip load}.
 *
 * <p>Writes {@value #FILE_NAME} and a byte-identical copy named {@value #ALIAS_NAME} (the user guide's name). The
 * patient at index {@code i} is DFN {@code i + 1}; the seed is in the header's first line, so
 * {@code Ids.patient(seed, dfn - 1)} gives back the patient id. The same line names the patient count and the spec's
 * {@link org.synthhealth.core.config.CohortFingerprint}, so a later migration can refuse a file of another cohort.
 * Which global, node and piece holds each field is in {@code docs/guide/vista-layout.md}; {@link VistaExtract} reads
 * the file back.
 */
public final class VistaFormat implements FixtureFormat {

    /** The file written. */
    public static final String FILE_NAME = "vista_globals.zwr";

    /** The same content under the user guide's name. */
    public static final String ALIAS_NAME = "vista_globals.mumps";

    @Override
    public String name() {
        return "vista";
    }

    @Override
    public List<String> fileNames(CohortSpec spec) {
        return List.of(FILE_NAME, ALIAS_NAME);
    }

    @Override
    public FixtureWriter open(Path outputDir, CohortSpec spec, long seed) throws IOException {
        return new VistaWriter(outputDir, spec, seed);
    }
}

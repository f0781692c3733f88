package org.synthhealth.core.format.vista;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.format.FixtureWriter;
import org.synthhealth.core.model.Patient;

/** Writes patients through {@link VistaFormat} into a directory, as the CLI would. */
final class VistaExports {

    static final LocalDate REFERENCE = LocalDate.of(2026, 1, 1);

    private VistaExports() {
    }

    /** Writes {@code patients} for {@code seed} into {@code dir} and returns the ZWR file. */
    static Path write(Path dir, long seed, List<Patient> patients) throws IOException {
        CohortSpec spec = CohortSpec.builder().patients(Math.max(1, patients.size())).seed(seed)
                .referenceDate(REFERENCE).build();
        try (FixtureWriter writer = new VistaFormat().open(dir, spec, seed)) {
            for (Patient p : patients) {
                writer.write(p);
            }
            writer.finish();
            writer.commit();
        }
        return dir.resolve(VistaFormat.FILE_NAME);
    }
}

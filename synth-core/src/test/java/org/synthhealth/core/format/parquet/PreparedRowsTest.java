package org.synthhealth.core.format.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.format.StagedFile;
import org.synthhealth.core.format.table.HandmadePatients;
import org.synthhealth.core.format.table.TableFixtures;
import org.synthhealth.core.format.table.Tables;
import org.synthhealth.core.model.Patient;

/** The observations file is made ready on one thread and written on another; its bytes must not show it. */
class PreparedRowsTest {

    private static final long SEED = 23;
    private static final List<Patient> PATIENTS = HandmadePatients.cohort(SEED, 400);

    @Test
    void observationsWrittenOnTwoThreadsAreByteIdenticalToOneThreadsFile(@TempDir Path dir) throws IOException {
        Path lanes = Files.createDirectories(dir.resolve("lanes"));
        TableFixtures.write(new ParquetFormat(), lanes, PATIENTS, SEED);

        StagedFile alone = StagedFile.of(dir.resolve("observations.parquet"));
        ParquetTableFile<?> file = ParquetTableFile.open(Tables.OBSERVATIONS, alone);
        for (Patient patient : PATIENTS) {
            file.write(patient);
        }
        file.finish();

        byte[] written = Files.readAllBytes(lanes.resolve("observations.parquet"));
        assertThat(written).hasSizeGreaterThan(10_000).isEqualTo(Files.readAllBytes(alone.temporary()));
    }

    @Test
    void aPreparedPatientHoldsEveryRowInColumnOrder(@TempDir Path dir) throws IOException {
        Patient patient = PATIENTS.stream().filter(p -> p.observations().size() > 3).findFirst().orElseThrow();
        int width = Tables.OBSERVATIONS.columns().size();
        ParquetTableFile<?> file = ParquetTableFile.open(Tables.OBSERVATIONS,
                StagedFile.of(dir.resolve("observations.parquet")));

        Object[] rows = file.prepare(patient);
        file.close();

        assertThat(rows).hasSize(patient.observations().size() * width);
        for (int row = 0; row < patient.observations().size(); row++) {
            assertThat(rows[row * width + 1]).as("observation_id of row %d", row).hasToString(
                    patient.observations().get(row).id());
        }
    }
}

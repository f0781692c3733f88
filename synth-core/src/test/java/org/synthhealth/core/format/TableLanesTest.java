package org.synthhealth.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synthhealth.core.format.table.HandmadePatients;
import org.synthhealth.core.format.table.Table;
import org.synthhealth.core.format.table.Tables;
import org.synthhealth.core.model.Patient;

class TableLanesTest {

    private static final List<Patient> PATIENTS = HandmadePatients.cohort(5, 300);

    @Test
    void commitsEveryTableFileWithEveryPatientInOrder(@TempDir Path dir) throws IOException {
        try (TableLanes lanes = TableLanes.start(dir, "txt", "test-lanes", (table, file) -> new Lines(table, file,
                null))) {
            for (Patient patient : PATIENTS) {
                lanes.write(patient);
            }
            lanes.finish();
            lanes.commit();
        }

        assertThat(listing(dir)).containsExactlyInAnyOrderElementsOf(Tables.fileNames("txt"));
        for (Table<?> table : Tables.ALL) {
            List<String> lines = Files.readAllLines(dir.resolve(table.fileName("txt")));
            assertThat(lines).as(table.name()).hasSize(PATIENTS.size())
                    .isEqualTo(PATIENTS.stream().map(p -> Long.toString(p.index())).toList());
        }
    }

    @Test
    void leavesNoFileOfAnyTableWhenOneThreadFails(@TempDir Path dir) throws IOException {
        long failAt = PATIENTS.get(PATIENTS.size() / 2).index();

        assertThatThrownBy(() -> {
            try (TableLanes lanes = TableLanes.start(dir, "txt", "test-lanes", (table, file) -> new Lines(table,
                    file, table == Tables.OBSERVATIONS ? failAt : null))) {
                for (Patient patient : PATIENTS) {
                    lanes.write(patient);
                }
                lanes.finish();
                lanes.commit();
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("disk full")
                .cause().isInstanceOf(java.nio.file.FileSystemException.class)
                .hasMessage(dir.toAbsolutePath().resolve("observations.txt") + ": disk full");

        assertThat(listing(dir)).isEmpty();
    }

    @Test
    void leavesNoFileWhenCompletingAFileRaisesAnErrorEvenIfClosingRaisesItAgain(@TempDir Path dir) {
        // As Parquet does when its native codec cannot load: the error comes at the first page, and again on close.
        assertThatThrownBy(() -> {
            try (TableLanes lanes = TableLanes.start(dir, "txt", "test-lanes", (table, file) -> new Lines(table,
                    file, null) {
                @Override
                public void finish() {
                    throw new NoClassDefFoundError("codec");
                }

                @Override
                public void close() {
                    throw new NoClassDefFoundError("codec");
                }
            })) {
                for (Patient patient : PATIENTS) {
                    lanes.write(patient);
                }
                lanes.finish();
            }
        }).isInstanceOf(NoClassDefFoundError.class);

        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void leavesNoStagedFileWhenOpeningATableRunsOutOfMemory(@TempDir Path dir) {
        assertThatThrownBy(() -> TableLanes.start(dir, "txt", "test-lanes", (table, file) -> {
            if (table == Tables.PROCEDURES) {
                throw new OutOfMemoryError("Java heap space");
            }
            return new Lines(table, file, null);
        })).isInstanceOf(OutOfMemoryError.class);

        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void preparesObservationsOnOneThreadAndWritesThemOnAnother(@TempDir Path dir) throws IOException {
        Set<String> preparing = ConcurrentHashMap.newKeySet();
        Set<String> writing = ConcurrentHashMap.newKeySet();

        try (TableLanes lanes = TableLanes.start(dir, "txt", "test-lanes", (table, file) -> table == Tables.OBSERVATIONS
                ? new PreparedLines(file, null, preparing, writing) : new Lines(table, file, null))) {
            for (Patient patient : PATIENTS) {
                lanes.write(patient);
            }
            lanes.finish();
            lanes.commit();
        }

        assertThat(preparing).containsExactly("test-lanes-2");
        assertThat(writing).containsExactly("test-lanes-3");
        assertThat(Files.readAllLines(dir.resolve("observations.txt")))
                .isEqualTo(PATIENTS.stream().map(p -> "prepared " + p.index()).toList());
    }

    @Test
    void namesTheFileAndLeavesNoneWhenWritingPreparedRowsFails(@TempDir Path dir) {
        long failAt = PATIENTS.get(PATIENTS.size() / 3).index();

        assertThatThrownBy(() -> {
            try (TableLanes lanes = TableLanes.start(dir, "txt", "test-lanes", (table, file) ->
                    table == Tables.OBSERVATIONS ? new PreparedLines(file, failAt, new HashSet<>(), new HashSet<>())
                            : new Lines(table, file, null))) {
                for (Patient patient : PATIENTS) {
                    lanes.write(patient);
                }
                lanes.finish();
                lanes.commit();
            }
        }).isInstanceOf(IOException.class)
                .hasMessageContaining(dir.toAbsolutePath().resolve("observations.txt") + ": disk full");

        assertThat(dir).isEmptyDirectory();
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Writes one line per patient, made ready apart; records the threads of each half; fails at one patient. */
    private static final class PreparedLines implements PreparedTableFile<String> {

        private final OutputStream out;
        private final Long failAt;
        private final Set<String> preparing;
        private final Set<String> writing;

        PreparedLines(StagedFile file, Long failAt, Set<String> preparing, Set<String> writing) throws IOException {
            this.out = file.openStream();
            this.failAt = failAt;
            this.preparing = preparing;
            this.writing = writing;
        }

        @Override
        public String prepare(Patient patient) {
            preparing.add(Thread.currentThread().getName());
            return "prepared " + patient.index();
        }

        @Override
        public void writePrepared(String line) throws IOException {
            if (failAt != null && line.equals("prepared " + failAt)) {
                throw new IOException("disk full");
            }
            writing.add(Thread.currentThread().getName());
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void finish() throws IOException {
            out.close();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** Writes one line per patient (its index), failing at one patient when asked. */
    private static class Lines implements TableFile {

        private final OutputStream out;
        private final Long failAt;

        Lines(Table<?> table, StagedFile file, Long failAt) throws IOException {
            this.out = file.openStream();
            this.failAt = failAt;
        }

        @Override
        public void write(Patient patient) throws IOException {
            if (failAt != null && patient.index() == failAt) {
                throw new IOException("disk full");
            }
            out.write((patient.index() + "\n").getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void finish() throws IOException {
            out.close();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}

package org.synthhealth.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.format.table.HandmadePatients;
import org.synthhealth.core.model.Patient;

class BackgroundWriterTest {

    private static final List<Patient> PATIENTS = HandmadePatients.cohort(3, 600);

    @Test
    void handsEveryPatientToTheDelegateInOrderAndFinishesIt() throws IOException {
        Recording recording = new Recording(-1);

        try (BackgroundWriter<Patient> writer = BackgroundWriter.start(recording, 4, "test-writer")) {
            for (Patient patient : PATIENTS) {
                writer.write(patient);
            }
            writer.finish();
        }

        assertThat(recording.indexes).hasSize(PATIENTS.size()).isSorted();
        assertThat(recording.finished).isTrue();
        assertThat(recording.closed).isTrue();
    }

    @Test
    void handsOverBatchesAndTheLastPartOneAtFinish() throws IOException {
        Recording recording = new Recording(-1);
        List<Patient> patients = PATIENTS.subList(0, BackgroundWriter.BATCH * 3 + 5);

        try (BackgroundWriter<Patient> writer = BackgroundWriter.start(recording, 256, "batching-writer")) {
            for (Patient patient : patients) {
                writer.write(patient);
            }
            writer.finish();
        }

        assertThat(recording.indexes).containsExactlyElementsOf(patients.stream().map(Patient::index).toList());
        assertThat(recording.finished).isTrue();
    }

    @Test
    void rethrowsAFailureInsideABatch() {
        Recording recording = new Recording(PATIENTS.get(BackgroundWriter.BATCH + 3).index());

        assertThatThrownBy(() -> {
            try (BackgroundWriter<Patient> writer = BackgroundWriter.start(recording, 256, "batching-writer")) {
                for (Patient patient : PATIENTS) {
                    writer.write(patient);
                }
                writer.finish();
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("batching-writer failed: disk full at");

        assertThat(recording.indexes).hasSize(BackgroundWriter.BATCH + 3);
        assertThat(recording.finished).isFalse();
    }

    @Test
    void rethrowsTheDelegatesFailureAndNeverFinishesIt() throws IOException {
        Recording recording = new Recording(10);

        assertThatThrownBy(() -> {
            try (BackgroundWriter<Patient> writer = BackgroundWriter.start(recording, 2, "failing-writer")) {
                for (Patient patient : PATIENTS) {
                    writer.write(patient);
                }
                writer.finish();
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("failing-writer failed: disk full at 10");

        assertThat(recording.finished).isFalse();
        assertThat(recording.closed).isTrue();
    }

    @Test
    void closesTheDelegateWithoutFinishingWhenAbandoned() throws IOException {
        Recording recording = new Recording(-1);

        try (BackgroundWriter<Patient> writer = BackgroundWriter.start(recording, 2, "abandoned-writer")) {
            writer.write(PATIENTS.get(0));
        }

        assertThat(recording.finished).isFalse();
        assertThat(recording.closed).isTrue();
    }

    /** Records what it is asked to do and fails at one patient index. */
    private static final class Recording implements BackgroundWriter.Sink<Patient> {

        private final long failAt;
        private final List<Long> indexes = Collections.synchronizedList(new ArrayList<>());
        private volatile boolean finished;
        private volatile boolean closed;

        Recording(long failAt) {
            this.failAt = failAt;
        }

        @Override
        public void write(Patient patient) throws IOException {
            if (patient.index() == failAt) {
                throw new IOException("disk full at " + failAt);
            }
            indexes.add(patient.index());
        }

        @Override
        public void finish() {
            finished = true;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}

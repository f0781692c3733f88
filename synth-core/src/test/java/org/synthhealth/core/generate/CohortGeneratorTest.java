package org.synthhealth.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.CohortSpec;

/** The streaming generator delivers in index order and stops cleanly on failure. */
class CohortGeneratorTest {

    private static CohortSpec spec(int count, int workers) {
        return CohortSpec.builder().patients(count).seed(3L).referenceDate(SampleCohort.REFERENCE)
                .concurrentWorkers(workers).build();
    }

    @Test
    void deliversEveryPatientOnceInIndexOrderAcrossManyBlocks() throws IOException {
        AtomicLong expected = new AtomicLong();

        new CohortGenerator(spec(3 * CohortGenerator.BLOCK + 17, 3), 3L).forEach(p ->
                assertThat(p.index()).isEqualTo(expected.getAndIncrement()));

        assertThat(expected.get()).isEqualTo(3 * CohortGenerator.BLOCK + 17);
    }

    @Test
    void anExceptionFromTheConsumerStopsTheRunAndReachesTheCaller() {
        AtomicLong seen = new AtomicLong();

        assertThatThrownBy(() -> new CohortGenerator(spec(5000, 2), 3L).forEach(p -> {
            if (seen.incrementAndGet() == 600) {
                throw new IOException("disk full at patient " + p.index());
            }
        })).isInstanceOf(IOException.class).hasMessage("disk full at patient 599");
        assertThat(seen.get()).isEqualTo(600);
    }

    @Test
    void aFailureInsideAWorkerReachesTheCaller() {
        AtomicLong seen = new AtomicLong();

        assertThatThrownBy(() -> new CohortGenerator(spec(2000, 2), 3L).forEach(p -> {
            seen.incrementAndGet();
            throw new IllegalStateException("consumer rejected " + p.index());
        })).isInstanceOf(IllegalStateException.class).hasMessage("consumer rejected 0");
    }

    @Test
    void patientsGeneratedAheadStayBoundedWhateverTheNumberOfWorkers() {
        for (int workers = 1; workers <= CohortSpec.MAX_WORKERS; workers++) {
            int block = CohortGenerator.blockSize(workers);
            int window = CohortGenerator.window(workers);
            assertThat(block).as("block for %d workers", workers).isBetween(1, CohortGenerator.BLOCK);
            assertThat((long) block * window).as("patients ahead for %d workers", workers)
                    .isBetween(1L, (long) CohortGenerator.MOST_AHEAD);
            assertThat(window).as("blocks ahead for %d workers", workers).isLessThanOrEqualTo(2 * workers);
        }
    }

    @Test
    void theMostWorkersAllowedGiveTheSamePatientsAsOne() throws IOException {
        StringBuilder one = new StringBuilder();
        StringBuilder many = new StringBuilder();

        new CohortGenerator(spec(300, 1), 3L).forEach(p -> one.append(p).append('\n'));
        new CohortGenerator(spec(300, CohortSpec.MAX_WORKERS), 3L).forEach(p -> many.append(p).append('\n'));

        assertThat(many.toString()).isEqualTo(one.toString()).hasLineCount(300);
    }
}

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
}

package org.synthhealth.core.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.synthhealth.core.CohortSpec;
import org.synthhealth.core.model.Patient;

/**
 * Streams a whole cohort, patient by patient, in index order. Memory stays flat however large the cohort.
 *
 * <p>{@code concurrent_workers} threads generate blocks of up to {@value #BLOCK} consecutive patients ahead of the
 * consumer, at most two blocks per worker at a time and never more than {@value #MOST_AHEAD} patients in all, so
 * memory does not grow with the number of workers; the consumer receives them on the calling thread in index
 * order. Since each patient depends only on the seed and its index, the output is the same for any number of
 * workers.
 */
public final class CohortGenerator {

    /** How many consecutive patients one task generates. */
    static final int BLOCK = 64;

    /** The most patients generated ahead of the consumer at once, whatever the number of workers. */
    static final int MOST_AHEAD = 512;

    private final PatientEngine engine;

    /**
     * A generator for the spec with its resolved seed.
     *
     * @throws org.synthhealth.core.InvalidInputException when the spec's requirements can never be met
     */
    public CohortGenerator(CohortSpec spec, long seed) {
        this.engine = new PatientEngine(spec, seed);
    }

    /** The engine that makes each patient. */
    public PatientEngine engine() {
        return engine;
    }

    /**
     * Generates every patient of the spec and hands each to {@code consumer}, in index order, on the calling thread.
     * An exception from the consumer or from generation stops the run and is rethrown here.
     */
    public void forEach(PatientConsumer consumer) throws IOException {
        long count = engine.spec().numRecords();
        int workers = Math.max(1, engine.spec().concurrentWorkers());
        int block = blockSize(workers);
        if (workers == 1 || count <= block) {
            for (long i = 0; i < count; i++) {
                consumer.accept(engine.generate(i));
            }
            return;
        }
        int window = window(workers);
        long blocks = (count + block - 1) / block;
        ExecutorService pool = Executors.newFixedThreadPool((int) Math.min(Math.min(workers, window), blocks),
                daemonThreads());
        ArrayDeque<Future<List<Patient>>> ahead = new ArrayDeque<>();
        try {
            long next = 0;
            while (next < count && ahead.size() < window) {
                ahead.add(pool.submit(block(next, Math.min(count, next + block))));
                next += block;
            }
            while (!ahead.isEmpty()) {
                List<Patient> patients = await(ahead.poll());
                if (next < count) {
                    ahead.add(pool.submit(block(next, Math.min(count, next + block))));
                    next += block;
                }
                for (Patient p : patients) {
                    consumer.accept(p);
                }
            }
        } finally {
            for (Future<List<Patient>> f : ahead) {
                f.cancel(true);
            }
            pool.shutdownNow();
        }
    }

    /** Patients per block for {@code workers}: smaller blocks as workers grow, so two each stay within bounds. */
    static int blockSize(int workers) {
        return Math.max(1, Math.min(BLOCK, MOST_AHEAD / (2 * workers)));
    }

    /** Blocks generated ahead at once for {@code workers}: two per worker, within {@link #MOST_AHEAD} patients. */
    static int window(int workers) {
        return Math.max(1, Math.min(2 * workers, MOST_AHEAD / blockSize(workers)));
    }

    private java.util.concurrent.Callable<List<Patient>> block(long from, long to) {
        return () -> {
            Patient[] patients = new Patient[(int) (to - from)];
            for (long i = from; i < to; i++) {
                patients[(int) (i - from)] = engine.generate(i);
            }
            return List.of(patients);
        };
    }

    private static List<Patient> await(Future<List<Patient>> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while generating patients", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new UncheckedIOException(new IOException(cause));
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "synth-engine-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}

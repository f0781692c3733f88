package org.synthhealth.core.format;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Runs a {@link Sink} on a thread of its own, so a format encodes while the caller generates: the items are patients,
 * or a patient's rows made ready by an earlier stage.
 *
 * <p>The sink still sees every item in the order given, from one thread, so its bytes are exactly those it would
 * write on the caller's thread. At most {@code capacity} items wait in between, which keeps memory flat. A failure of
 * the sink is rethrown by the next {@link #write}, {@link #finish} or {@link #close}.
 *
 * <p>Items are handed over in batches of up to {@value #BATCH}. When the writer is the slower side, a hand-over per
 * patient woke the caller for every patient it took (some 200,000 thread switches for 100,000 patients and two
 * formats); a batch wakes it once.
 *
 * @param <T> what the sink takes
 */
public final class BackgroundWriter<T> implements AutoCloseable {

    /** The work done on the writer's thread. */
    public interface Sink<T> {
        /** Takes the next item. */
        void write(T item) throws IOException;

        /** Completes the work after the last item. */
        void finish() throws IOException;

        /** Releases what the sink holds, after {@link #finish()} or instead of it after a failure. */
        void close() throws IOException;
    }

    /** The most patients handed over at once. */
    static final int BATCH = 32;

    private static final Object FINISH = new Object();
    private static final Object STOP = new Object();

    private final Sink<T> delegate;
    private final BlockingQueue<Object> queue;
    private final int batchSize;
    private final Thread thread;
    /** The items not yet handed over; the caller's thread only. */
    private List<T> batch;
    private volatile Throwable failure;
    private boolean failureThrown;
    private boolean ended;

    private BackgroundWriter(Sink<T> delegate, int capacity, String name) {
        this.delegate = delegate;
        this.batchSize = Math.max(1, Math.min(BATCH, capacity / 4));
        this.queue = new ArrayBlockingQueue<>(Math.max(1, capacity / batchSize));
        this.thread = new Thread(this::drain, name);
        this.thread.setDaemon(true);
    }

    /** Starts a thread called {@code name} that feeds {@code delegate}, with room for {@code capacity} items. */
    public static <T> BackgroundWriter<T> start(Sink<T> delegate, int capacity, String name) {
        BackgroundWriter<T> writer = new BackgroundWriter<>(delegate, capacity, name);
        writer.thread.start();
        return writer;
    }

    /** Queues {@code item} for the sink, waiting while the queue is full. */
    public void write(T item) throws IOException {
        rethrowFailure();
        if (batch == null) {
            batch = new ArrayList<>(batchSize);
        }
        batch.add(item);
        if (batch.size() == batchSize) {
            handOverBatch();
        }
    }

    /** Hands over what is queued, lets the sink finish, and waits for the thread to end. */
    public void finish() throws IOException {
        rethrowFailure();
        handOverBatch();
        put(FINISH);
        ended = true;
        join();
        rethrowFailure();
    }

    /** Waits for the thread to end and closes the sink; after a failure, items not yet written are dropped. */
    @Override
    public void close() throws IOException {
        if (!ended) {
            // Abandoned: the items not yet handed over are never written.
            ended = true;
            batch = null;
            put(STOP);
        }
        join();
        delegate.close();
        if (!failureThrown) {
            // Thrown once only: a caller's try-with-resources would otherwise meet the same error twice.
            rethrowFailure();
        }
    }

    private void drain() {
        while (true) {
            Object item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                // Only the caller's STOP or FINISH ends this thread, so a caller blocked in put() is always freed.
                failure = e;
                continue;
            }
            if (item == STOP) {
                return;
            }
            if (failure == null) {
                try {
                    if (item == FINISH) {
                        delegate.finish();
                    } else {
                        writeAll(item);
                    }
                } catch (IOException | RuntimeException | Error e) {
                    // Keep taking items so the caller never blocks on a full queue; it sees the failure next call.
                    failure = e;
                }
            }
            if (item == FINISH) {
                return;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void writeAll(Object batch) throws IOException {
        for (T item : (List<T>) batch) {
            delegate.write(item);
        }
    }

    private void handOverBatch() throws IOException {
        if (batch != null && !batch.isEmpty()) {
            List<T> full = batch;
            batch = null;
            put(full);
        }
    }

    private void put(Object item) throws IOException {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while handing work to " + thread.getName());
        }
    }

    private void join() throws IOException {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for " + thread.getName());
        }
    }

    private void rethrowFailure() throws IOException {
        Throwable cause = failure;
        if (cause == null) {
            return;
        }
        failureThrown = true;
        if (cause instanceof IOException io) {
            throw new IOException(thread.getName() + " failed: " + io.getMessage(), io);
        }
        if (cause instanceof UncheckedIOException unchecked) {
            throw unchecked;
        }
        if (cause instanceof RuntimeException runtime) {
            throw new IllegalStateException(thread.getName() + " failed: " + runtime.getMessage(), runtime);
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new InterruptedIOException(thread.getName() + " was interrupted");
    }
}

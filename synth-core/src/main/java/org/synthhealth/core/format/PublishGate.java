package org.synthhealth.core.format;

import java.io.IOException;
import java.time.Duration;

/**
 * Keeps a stop from outside (Ctrl-C, SIGTERM) from landing in the middle of a run's publishing, where it would leave
 * some tables of the new cohort beside others of the old one.
 *
 * <p>Publishing is a burst of renames. A run asks {@link #open()} before its first rename and calls {@link #close()}
 * after its last; a stop ({@link #stop(Duration)}, called from a shutdown hook) either comes first, and then no rename
 * starts, or waits until the renames are done. Either way the folder holds one whole cohort. A JVM killed outright
 * (SIGKILL) runs no hook, so this cannot help there.
 */
public final class PublishGate {

    /** The gate of this process, which the command's shutdown hook closes. */
    public static final PublishGate PROCESS = new PublishGate();

    private boolean stopped;
    private boolean publishing;

    /**
     * Starts publishing, unless a stop came first.
     *
     * @return false when the process is stopping: publish nothing
     */
    public synchronized boolean open() {
        if (stopped) {
            return false;
        }
        publishing = true;
        return true;
    }

    /** Ends publishing and lets a waiting stop go on. */
    public synchronized void close() {
        publishing = false;
        notifyAll();
    }

    /**
     * Refuses every later {@link #open()} and waits, at most {@code patience}, for publishing under way to end.
     *
     * @return whether no publishing was under way when this returned
     */
    public synchronized boolean stop(Duration patience) throws InterruptedException {
        stopped = true;
        long deadline = System.nanoTime() + patience.toNanos();
        while (publishing) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /**
     * Runs {@code step}, which creates a temporary file, unless a stop came first. A stop's cleanup then finds every
     * temporary file there will be: none can appear after it.
     */
    public synchronized <T> T staging(Staging<T> step) throws IOException {
        if (stopped) {
            throw new IOException("stopped before a file was staged");
        }
        return step.create();
    }

    /** Creates a temporary file. */
    @FunctionalInterface
    public interface Staging<T> {
        T create() throws IOException;
    }

    /** Whether {@link #stop} has been called. */
    public synchronized boolean stopping() {
        return stopped;
    }
}

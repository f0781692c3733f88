package org.synthhealth.junit.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A bounded, least-recently-used cache of cohorts and what is computed from them, shared by every test of a run
 * through the root extension store, and closed with it.
 *
 * <p>Thread-safe: concurrent requests for the same key compute the value once; other keys are computed in parallel.
 * A value evicted to respect the bound is dropped, not closed, since a running test may still hold it; every value
 * still cached when the run ends is closed if it is {@link AutoCloseable}.
 */
public final class CohortCache implements AutoCloseable {

    /** The system property that bounds how many values the cache keeps. */
    public static final String SIZE_PROPERTY = "synth.cache.size";

    private static final int DEFAULT_SIZE = 16;
    private static final AtomicLong COMPUTATIONS = new AtomicLong();

    private final Map<Object, Slot> slots;

    /** A cache holding at most {@code maxSize} values. */
    public CohortCache(int maxSize) {
        this.slots = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Slot> eldest) {
                return size() > maxSize;
            }
        };
    }

    /** A cache bounded by {@code -Dsynth.cache.size}, default 16. */
    public static CohortCache fromSystemProperties() {
        String size = System.getProperty(SIZE_PROPERTY, Integer.toString(DEFAULT_SIZE));
        try {
            return new CohortCache(Math.max(1, Integer.parseInt(size.strip())));
        } catch (NumberFormatException e) {
            return new CohortCache(DEFAULT_SIZE);
        }
    }

    /**
     * How many values every cache in this JVM has computed so far; tests read it to prove that a cohort is generated
     * once for many tests.
     */
    public static long computations() {
        return COMPUTATIONS.get();
    }

    /** The value for {@code key}, computed by {@code compute} the first time it is asked for. */
    public <T> T get(Object key, Class<T> type, Supplier<? extends T> compute) {
        Slot slot;
        synchronized (slots) {
            slot = slots.computeIfAbsent(key, k -> new Slot());
        }
        try {
            return type.cast(slot.value(compute));
        } catch (RuntimeException | Error e) {
            synchronized (slots) {
                slots.remove(key, slot);
            }
            throw e;
        }
    }

    /** How many values are cached now. */
    public int size() {
        synchronized (slots) {
            return slots.size();
        }
    }

    @Override
    public void close() throws Exception {
        List<Slot> held;
        synchronized (slots) {
            held = new ArrayList<>(slots.values());
            slots.clear();
        }
        Exception first = null;
        for (Slot slot : held) {
            try {
                slot.close();
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** One cached value, computed at most once, under its own lock so other keys are not blocked. */
    private static final class Slot {

        private Object value;

        synchronized Object value(Supplier<?> compute) {
            if (value == null) {
                value = compute.get();
                COMPUTATIONS.incrementAndGet();
            }
            return value;
        }

        synchronized void close() throws Exception {
            if (value instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }
}

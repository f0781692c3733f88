package org.synthhealth.core.format.parquet;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Arrays;
import org.apache.parquet.bytes.ByteBufferAllocator;

/**
 * Heap buffers for one Parquet file, reused once parquet releases them.
 *
 * <p>Parquet buffers each page in fresh slabs and keeps every compressed page of a row group until the group is
 * written; with the default allocator those buffers lived long enough to be copied by every young collection and
 * then promoted, and their churn caused most full collections. Here a released buffer goes back to a free list of
 * its size class and serves the next request of that class, zeroed as a new one would be.
 *
 * <p>Size classes are a power of two and three quarter steps above it (1 KiB, 1.25 KiB, 1.5 KiB, 1.75 KiB, 2 KiB,
 * ...), so a buffer wastes at most a fifth of its length. One file is written by one thread, so nothing here is
 * synchronised.
 */
final class RecyclingAllocator implements ByteBufferAllocator {

    private static final int SMALLEST = 1 << 10;
    private static final int LARGEST = 1 << 24;
    private static final int STEPS = 4;

    private final long maxKeptBytes;
    @SuppressWarnings("unchecked")
    private final ArrayDeque<byte[]>[] free = new ArrayDeque[classCount()];
    private long keptBytes;

    /** An allocator that keeps at most {@code maxKeptBytes} of released buffers for reuse. */
    RecyclingAllocator(long maxKeptBytes) {
        this.maxKeptBytes = maxKeptBytes;
    }

    @Override
    public ByteBuffer allocate(int size) {
        int sizeClass = classOf(size);
        if (sizeClass < 0) {
            return ByteBuffer.allocate(size);
        }
        ArrayDeque<byte[]> list = free[sizeClass];
        byte[] array = list == null ? null : list.pollLast();
        if (array == null) {
            array = new byte[lengthOf(sizeClass)];
        } else {
            keptBytes -= array.length;
            Arrays.fill(array, 0, size, (byte) 0);
        }
        return ByteBuffer.wrap(array, 0, size).slice();
    }

    @Override
    public void release(ByteBuffer buffer) {
        if (!buffer.hasArray() || buffer.arrayOffset() != 0) {
            return;
        }
        byte[] array = buffer.array();
        int sizeClass = classOf(array.length);
        if (sizeClass < 0 || lengthOf(sizeClass) != array.length || keptBytes + array.length > maxKeptBytes) {
            return;
        }
        if (free[sizeClass] == null) {
            free[sizeClass] = new ArrayDeque<>();
        }
        free[sizeClass].addLast(array);
        keptBytes += array.length;
    }

    @Override
    public boolean isDirect() {
        return false;
    }

    /** The class whose length is the smallest one at least {@code size}, or -1 outside the pooled range. */
    static int classOf(int size) {
        if (size <= 0 || size > LARGEST) {
            return -1;
        }
        if (size <= SMALLEST) {
            return 0;
        }
        int power = 31 - Integer.numberOfLeadingZeros(size - 1);
        int step = power - 2 >= 0 ? ((size - 1) >>> (power - 2)) & (STEPS - 1) : 0;
        return (power - Integer.numberOfTrailingZeros(SMALLEST)) * STEPS + step + 1;
    }

    /** The length of buffers in {@code sizeClass}. */
    static int lengthOf(int sizeClass) {
        if (sizeClass == 0) {
            return SMALLEST;
        }
        int power = (sizeClass - 1) / STEPS + Integer.numberOfTrailingZeros(SMALLEST);
        int step = (sizeClass - 1) % STEPS;
        return (1 << power) + (step + 1) * (1 << (power - 2));
    }

    private static int classCount() {
        return classOf(LARGEST) + 1;
    }
}

package org.synthhealth.core.migration.internal.extract;

/** A stable sort of run positions by a long key, on primitive arrays: a boxed sort would cost far more memory. */
final class RunOrder {

    private RunOrder() {
    }

    /** The positions {@code 0..size-1} ordered by {@code keys}, equal keys keeping their order. */
    static int[] ascending(long[] keys, int size) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        int[] scratch = new int[size];
        for (int width = 1; width < size; width *= 2) {
            for (int low = 0; low < size; low += 2 * width) {
                int mid = Math.min(low + width, size);
                int high = Math.min(low + 2 * width, size);
                merge(keys, order, scratch, low, mid, high);
            }
            int[] swap = order;
            order = scratch;
            scratch = swap;
        }
        return order;
    }

    private static void merge(long[] keys, int[] from, int[] to, int low, int mid, int high) {
        int left = low;
        int right = mid;
        for (int out = low; out < high; out++) {
            if (left < mid && (right >= high || keys[from[left]] <= keys[from[right]])) {
                to[out] = from[left++];
            } else {
                to[out] = from[right++];
            }
        }
    }
}

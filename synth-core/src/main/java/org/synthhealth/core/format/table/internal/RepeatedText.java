package org.synthhealth.core.format.table.internal;

/**
 * Remembers a derived form (encoded bytes, printed cell) of the text values one column repeats, so a writer derives
 * it once per distinct value rather than once per row. Internal to the table writers; not part of the API.
 *
 * <p>A small direct-mapped table keyed by the text itself. Its first {@value #TRIAL} lookups are a trial: a column
 * whose values were found there less than half the time (ids, names) seldom repeats, and the table then stops
 * remembering and lets go of what it held, so such a column pays only one check per value.
 *
 * <p>Not thread-safe: one per column of one file, used by the thread that writes that file.
 *
 * @param <V> the derived form
 */
public final class RepeatedText<V> {

    /** Lookups after which a column that repeats too little stops being remembered. */
    static final int TRIAL = 4096;

    private String[] keys;
    private Object[] forms;
    private final int mask;
    private int trialLeft = TRIAL;
    private int hits;

    /**
     * A table of {@code slots} entries.
     *
     * @throws IllegalArgumentException if {@code slots} is not a power of two
     */
    public RepeatedText(int slots) {
        if (Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("slots must be a power of two: " + slots);
        }
        this.keys = new String[slots];
        this.forms = new Object[slots];
        this.mask = slots - 1;
    }

    /**
     * The form remembered for {@code text}, or {@code null} when none is (or the table has stopped remembering).
     * Null rather than an {@code Optional}: this is asked once per cell of every row.
     */
    @SuppressWarnings("unchecked")
    public V formOf(String text) {
        if (keys == null) {
            return null;
        }
        int slot = text.hashCode() & mask;
        String key = keys[slot];
        V form = key != null && (key == text || key.equals(text)) ? (V) forms[slot] : null;
        if (trialLeft > 0) {
            if (form != null) {
                hits++;
            }
            if (--trialLeft == 0 && hits * 2 < TRIAL) {
                keys = null;
                forms = null;
            }
        }
        return form;
    }

    /** Whether the table still remembers forms: false once the trial showed the column seldom repeats. */
    public boolean remembers() {
        return keys != null;
    }

    /**
     * Remembers {@code form} for {@code text}, in place of whatever shared its slot; nothing once the table has
     * stopped remembering.
     */
    public void remember(String text, V form) {
        if (keys != null) {
            int slot = text.hashCode() & mask;
            keys[slot] = text;
            forms[slot] = form;
        }
    }
}

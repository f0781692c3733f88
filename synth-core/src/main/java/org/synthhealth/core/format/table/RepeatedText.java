package org.synthhealth.core.format.table;

/**
 * Remembers a derived form (encoded bytes, printed cell) of the text values one column repeats, so a writer derives
 * it once per distinct value rather than once per row.
 *
 * <p>A small direct-mapped table keyed by the text itself. Columns of values that seldom repeat (ids, names) hit it
 * rarely; after a trial it stops remembering for them, so they pay only the lookup of a disabled table.
 *
 * @param <V> the derived form
 */
public final class RepeatedText<V> {

    private static final int TRIAL = 4096;

    private final String[] keys;
    private final Object[] forms;
    private final int mask;
    private int lookups;
    private int hits;
    private boolean enabled = true;

    /** A table of {@code slots} entries, a power of two. */
    public RepeatedText(int slots) {
        if (Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("slots must be a power of two: " + slots);
        }
        this.keys = new String[slots];
        this.forms = new Object[slots];
        this.mask = slots - 1;
    }

    /** The form remembered for {@code text}, or {@code null} when none is (or the table has stopped remembering). */
    @SuppressWarnings("unchecked")
    public V formOf(String text) {
        if (!enabled) {
            return null;
        }
        if (++lookups == TRIAL) {
            enabled = hits * 2 >= TRIAL;
        }
        int slot = text.hashCode() & mask;
        String key = keys[slot];
        if (key != null && (key == text || key.equals(text))) {
            hits++;
            return (V) forms[slot];
        }
        return null;
    }

    /** Whether the table still remembers forms: false once the trial showed the column seldom repeats. */
    public boolean remembers() {
        return enabled;
    }

    /** Remembers {@code form} for {@code text}, in place of whatever shared its slot. */
    public void remember(String text, V form) {
        int slot = text.hashCode() & mask;
        keys[slot] = text;
        forms[slot] = form;
    }
}

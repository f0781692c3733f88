package org.synthhealth.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * A one-line progress bar redrawn in place on a terminal, each time the percentage changes. A run stopped part-way
 * ends the line ({@link #endLine()}), so what the shell prints next starts on a line of its own.
 */
final class ProgressBar implements LongConsumer {

    private static final int WIDTH = 40;

    private final PrintWriter out;
    private final long total;
    private int shown = -1;
    private boolean lineOpen;

    ProgressBar(PrintWriter out, long total) {
        this.out = out;
        this.total = total;
    }

    @Override
    public synchronized void accept(long done) {
        int percent = (int) (100 * done / total);
        if (percent == shown) {
            return;
        }
        shown = percent;
        int filled = WIDTH * percent / 100;
        out.print(String.format(Locale.ROOT, "\r[%s%s] %3d%% %d/%d patients", "#".repeat(filled),
                ".".repeat(WIDTH - filled), percent, done, total));
        lineOpen = done < total;
        if (!lineOpen) {
            out.println();
        }
        out.flush();
    }

    /** Ends the bar's line if it was left part-way; nothing if no bar was drawn or the bar is complete. */
    synchronized void endLine() {
        if (lineOpen) {
            out.println();
            out.flush();
            lineOpen = false;
        }
    }
}

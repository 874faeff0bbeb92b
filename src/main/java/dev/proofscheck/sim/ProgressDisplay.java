package dev.proofscheck.sim;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress display on the terminal (standard error, carriage return, cleared at the end),
 * shown only when a simulation has been running longer than {@link #DELAY_SECONDS} and only on an
 * interactive terminal: reports and pipes never see it.
 */
final class ProgressDisplay implements AutoCloseable {
    /** Short runs stay silent; past this the user is told what is running. */
    static final double DELAY_SECONDS = 2;
    /** Redraw at most this often. */
    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintStream out;
    private final String label;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    private ProgressDisplay(PrintStream out, String label) {
        this.out = out;
        this.label = label;
    }

    /** A display on standard error when enabled and interactive, else one that draws nothing. */
    static ProgressDisplay open(boolean enabled, String label) {
        return new ProgressDisplay(enabled && System.console() != null ? System.err : null, label);
    }

    synchronized void update(int n, int done, int total) {
        if (out == null) {
            return;
        }
        long now = System.nanoTime();
        if ((now - start) / 1e9 < DELAY_SECONDS || now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        drawn = true;
        out.printf(Locale.ROOT, "\r  simulating %s: n = %d, trial %d/%d, %.0f s\u001b[K", label, n, done, total, (now - start) / 1e9);
        out.flush();
    }

    @Override
    public synchronized void close() {
        if (out != null && drawn) {
            out.print("\r\u001b[K");
            out.flush();
        }
    }
}

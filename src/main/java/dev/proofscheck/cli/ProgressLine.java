package dev.proofscheck.cli;

import dev.proofscheck.check.RunProgress;
import dev.proofscheck.sim.TrialProgress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The progress of a run on a terminal, one line on standard error redrawn in place: claims done of the
 * total, the elapsed time, the claim being checked (and, for a simulation, its size and trials). It appears
 * only once a run has taken {@link #DELAY_NANOS} (short runs stay clean), is cleared before each report line
 * and at the end, and draws nothing at all when the output is not an interactive terminal.
 */
final class ProgressLine implements RunProgress, TrialProgress, AutoCloseable {
    /** Short runs never show it. */
    static final long DELAY_NANOS = 1_000_000_000L;
    /** Redraw at most this often (trial batches can be far more frequent). */
    static final long REDRAW_NANOS = 200_000_000L;
    /** Longest line drawn: a line that wraps could not be redrawn in place. */
    static final int WIDTH = 79;
    private static final String CLEAR = "\r\u001b[K";

    private final PrintWriter terminal;
    private final LongSupplier clock;
    private final long start;
    private ScheduledExecutorService ticker;
    private int total;
    private int done;
    private String current = "";
    private String trials = "";
    private long lastDraw;
    private boolean shown;

    /** @param terminal where to draw, or null to draw nothing */
    private ProgressLine(PrintWriter terminal, LongSupplier clock) {
        this.terminal = terminal;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    /** A progress line on {@code err} when wanted and standard error is a terminal we may draw on; see {@link #interactive}. */
    static ProgressLine open(boolean wanted, PrintWriter err) {
        ProgressLine line = open(wanted, interactive(), err, System::nanoTime);
        if (line.terminal != null) {
            line.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "progress");
                t.setDaemon(true);
                return t;
            });
            line.ticker.scheduleAtFixedRate(line::tick, 500, 500, TimeUnit.MILLISECONDS);
        }
        return line;
    }

    /** A line that draws on {@code err} only when wanted and interactive (without the ticker that moves the time on). */
    static ProgressLine open(boolean wanted, boolean interactive, PrintWriter err, LongSupplier clock) {
        return new ProgressLine(wanted && interactive ? err : null, clock);
    }

    /** An interactive console (standard input and output are terminals), not a dumb terminal, not a CI job. */
    static boolean interactive() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM")) && System.getenv("CI") == null;
    }

    @Override
    public synchronized void planned(int results) {
        total = results;
    }

    @Override
    public synchronized void checking(String name) {
        current = name;
        trials = "";
        draw(true);
    }

    @Override
    public synchronized void trials(String label, int n, int doneTrials, int totalTrials) {
        trials = String.format(Locale.ROOT, "n = %d, trial %d/%d", n, doneTrials, totalTrials);
        draw(false);
    }

    /** A claim is done: its report {@code output} (if any) is printed where the line was, and the line redrawn beneath. */
    synchronized void finished(Runnable output) {
        clear();
        output.run();
        done++;
        current = "";
        trials = "";
        draw(true);
    }

    /** Redraws with the time moved on. */
    synchronized void tick() {
        draw(false);
    }

    /**
     * The line as drawn at {@code nanos}: {@code [done/total] m:ss claim (simulation state)}, at most
     * {@link #WIDTH} characters (a long claim name loses its beginning first).
     */
    synchronized String render(long nanos) {
        long seconds = (nanos - start) / 1_000_000_000L;
        String head = String.format(Locale.ROOT, "[%d/%s] %d:%02d ", done, total > 0 ? Integer.toString(Math.max(total, done)) : "?",
                seconds / 60, seconds % 60);
        String name = total == 0 && done == 0 ? "reading the derivation files" : current;
        String tail = trials.isEmpty() ? "" : " (" + trials + ")";
        int room = WIDTH - head.length() - tail.length();
        if (name.length() > room && room > 12) {
            name = "..." + name.substring(name.length() - (room - 3));
        }
        String line = head + name + tail;
        return line.length() <= WIDTH ? line : line.substring(0, WIDTH - 3) + "...";
    }

    private void draw(boolean force) {
        if (terminal == null) {
            return;
        }
        long now = clock.getAsLong();
        if (now - start < DELAY_NANOS || (!force && shown && now - lastDraw < REDRAW_NANOS)) {
            return;
        }
        lastDraw = now;
        shown = true;
        terminal.print(CLEAR + render(now));
        terminal.flush();
    }

    private void clear() {
        if (terminal != null && shown) {
            terminal.print(CLEAR);
            terminal.flush();
            shown = false;
        }
    }

    /** Clears the line for good and stops redrawing. */
    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        clear();
    }
}

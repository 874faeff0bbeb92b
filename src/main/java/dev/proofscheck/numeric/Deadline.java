package dev.proofscheck.numeric;

/** A point in time after which numeric work stops; checked cooperatively inside long loops. */
public final class Deadline {
    private final long endNanos;

    private Deadline(long endNanos) {
        this.endNanos = endNanos;
    }

    public static Deadline in(double seconds) {
        return new Deadline(System.nanoTime() + (long) (seconds * 1e9));
    }

    public static Deadline none() {
        return new Deadline(Long.MAX_VALUE);
    }

    public boolean passed() {
        return System.nanoTime() > endNanos;
    }

    public double remainingSeconds() {
        return endNanos == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : (endNanos - System.nanoTime()) / 1e9;
    }

    /** Throws {@link TimeLimitExceeded} once the deadline has passed. */
    public void check() {
        if (passed()) {
            throw new TimeLimitExceeded();
        }
    }

    /** Signals that the per-claim time limit ran out during numeric work. */
    public static final class TimeLimitExceeded extends RuntimeException {
        public TimeLimitExceeded() {
            super("time limit reached during numeric evaluation", null, false, false);
        }
    }
}

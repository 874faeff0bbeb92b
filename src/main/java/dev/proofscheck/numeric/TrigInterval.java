package dev.proofscheck.numeric;

import java.util.function.DoubleUnaryOperator;

/**
 * Enclosures of {@code sin}, {@code cos}, {@code sinh} and {@code cosh} over a real {@link Interval}, for
 * the complex enclosures ({@link ComplexEnclosures}): sin and cos from their values at the ends
 * ({@code Math.sin}/{@code Math.cos} are within 1 ulp; widened by 2) and +-1 wherever a peak or trough
 * may lie in the interval (found with a generous margin, so a doubtful one counts); sinh from
 * {@code Math.sinh} at the ends, cosh through {@code Exp}, whose enclosure is already outward. The real
 * {@link IntervalEvaluator} and the complex rules share them.
 */
final class TrigInterval {
    private TrigInterval() {}

    /** Beyond this |x| (or for a width of a period) only [-1, 1] is claimed: the peaks' positions lose accuracy. */
    private static final double MAX_ARGUMENT = 1e6;
    /**
     * Relative margin around a computed peak position {@code phase + 2 k Pi}: its double rounding error is
     * below 1e-15 (1 + |x|) for |x| <= 10^6; a peak within this margin of the interval counts as inside.
     */
    private static final double PEAK_MARGIN = 1e-9;
    private static final double TWO_PI = 2 * Math.PI;
    private static final Interval UNIT = Interval.closed(-1, 1);

    static Interval sin(Interval x) {
        if (x.isPoint() && x.lo() == 0) {
            return Interval.ZERO;
        }
        return periodic(x, Math::sin, Math.PI / 2, -Math.PI / 2);
    }

    static Interval cos(Interval x) {
        if (x.isPoint() && x.lo() == 0) {
            return Interval.ONE;
        }
        return periodic(x, Math::cos, 0, Math.PI);
    }

    /** {@code sinh}, increasing: {@code Math.sinh} at the ends, rounded outwards (exact 0 at 0). */
    static Interval sinh(Interval x) {
        return x.increasing(Math::sinh, 0, 0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** {@code cosh}, increasing in |x|: its value at the ends of |x| through e^t and e^-t. */
    static Interval cosh(Interval x) {
        Interval a = x.abs();
        Interval lo = coshAt(Interval.point(a.lo()));
        Interval hi = Double.isInfinite(a.hi()) ? Interval.WHOLE : coshAt(Interval.point(a.hi()));
        return new Interval(lo.lo(), hi.hi(), false, hi.hiOpen());
    }

    private static Interval coshAt(Interval t) {
        return IntervalEvaluator.exp(t).add(IntervalEvaluator.exp(t.negate())).multiply(Interval.point(0.5));
    }

    /** A 2 Pi-periodic function with peaks (value 1) at {@code peak + 2 k Pi} and troughs (-1) at {@code trough + 2 k Pi}. */
    private static Interval periodic(Interval x, DoubleUnaryOperator f, double peak, double trough) {
        if (Math.abs(x.lo()) > MAX_ARGUMENT || Math.abs(x.hi()) > MAX_ARGUMENT || x.hi() - x.lo() >= TWO_PI) {
            return UNIT;
        }
        double a = f.applyAsDouble(x.lo());
        double b = f.applyAsDouble(x.hi());
        double lo = Math.nextDown(Math.nextDown(Math.min(a, b)));
        double hi = Math.nextUp(Math.nextUp(Math.max(a, b)));
        if (mayHold(x, peak)) {
            hi = 1;
        }
        if (mayHold(x, trough)) {
            lo = -1;
        }
        return Interval.closed(Math.max(lo, -1), Math.min(hi, 1));
    }

    /** True when some {@code phase + 2 k Pi} may lie in {@code x} (ends taken as closed, positions with a margin). */
    private static boolean mayHold(Interval x, double phase) {
        long first = (long) Math.floor((x.lo() - phase) / TWO_PI) - 1;
        long last = (long) Math.ceil((x.hi() - phase) / TWO_PI) + 1;
        for (long k = first; k <= last; k++) {
            double c = phase + k * TWO_PI;
            double margin = PEAK_MARGIN * (1 + Math.abs(c));
            if (c >= x.lo() - margin && c <= x.hi() + margin) {
                return true;
            }
        }
        return false;
    }
}

package dev.proofscheck.numeric;

/**
 * A set of real numbers {@code lo..hi} whose ends may be open (not attained), for root exclusion:
 * doubles rounded outwards only where a result is inexact (so that {@code 1 - 1} is exactly 0 and
 * {@code a1 > 0} keeps {@code alpha a1 > 0} strict), infinite ends always open. An operation returns a
 * superset of the exact image of its operands; an open end is claimed only when the exact image
 * provably does not attain it.
 */
public record Interval(double lo, double hi, boolean loOpen, boolean hiOpen) {
    public static final Interval WHOLE = new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, true, true);
    public static final Interval ZERO = point(0);
    public static final Interval ONE = point(1);

    public Interval {
        if (Double.isNaN(lo) || Double.isNaN(hi) || lo > hi || lo == Double.POSITIVE_INFINITY || hi == Double.NEGATIVE_INFINITY
                || (lo == hi && (loOpen || hiOpen))) {
            throw new IllegalArgumentException("not a non-empty interval: " + lo + ".." + hi);
        }
        lo = lo == 0 ? 0.0 : lo; // no -0.0: its sign would confuse the comparisons below
        hi = hi == 0 ? 0.0 : hi;
        loOpen = loOpen || lo == Double.NEGATIVE_INFINITY;
        hiOpen = hiOpen || hi == Double.POSITIVE_INFINITY;
    }

    public static Interval point(double x) {
        return new Interval(x, x, false, false);
    }

    public static Interval closed(double lo, double hi) {
        return new Interval(lo, hi, false, false);
    }

    /** True when {@code x} belongs to the set. */
    public boolean contains(double x) {
        return (x > lo || x == lo && !loOpen) && (x < hi || x == hi && !hiOpen);
    }

    public boolean containsZero() {
        return contains(0);
    }

    public boolean isPoint() {
        return lo == hi;
    }

    public Interval negate() {
        return new Interval(-hi, -lo, hiOpen, loOpen);
    }

    public Interval add(Interval o) {
        Bound l = Bound.sum(lo, o.lo, false);
        Bound h = Bound.sum(hi, o.hi, true);
        return new Interval(l.value, h.value, l.exact && (loOpen || o.loOpen), h.exact && (hiOpen || o.hiOpen));
    }

    public Interval subtract(Interval o) {
        return add(o.negate());
    }

    /**
     * The product. A non-zero extreme of {@code x y} over a box is attained only at a corner, so it is
     * open unless an exactly computed corner of two closed ends gives it; an extreme 0 is attained
     * exactly when one factor contains 0.
     */
    public Interval multiply(Interval o) {
        double[] xs = {lo, hi};
        boolean[] xo = {loOpen, hiOpen};
        double[] ys = {o.lo, o.hi};
        boolean[] yo = {o.loOpen, o.hiOpen};
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean minHit = false;
        boolean maxHit = false;
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                Bound down = Bound.product(xs[i], ys[j], false);
                Bound up = Bound.product(xs[i], ys[j], true);
                boolean hit = down.exact && !xo[i] && !yo[j];
                if (down.value < min) {
                    min = down.value;
                    minHit = hit;
                } else if (down.value == min) {
                    minHit |= hit;
                }
                if (up.value > max) {
                    max = up.value;
                    maxHit = hit;
                } else if (up.value == max) {
                    maxHit |= hit;
                }
            }
        }
        boolean zeroHit = containsZero() || o.containsZero();
        return new Interval(min, max, !(minHit || min == 0 && zeroHit), !(maxHit || max == 0 && zeroHit));
    }

    /**
     * {@code 1/x}: decreasing on each side of 0; a set reaching 0 only at an open end maps to a
     * half-line; a set containing 0 maps to the whole line (a superset: 1/0 has no value).
     */
    public Interval reciprocal() {
        if (containsZero() || lo < 0 && hi > 0) {
            return WHOLE;
        }
        Bound l = Bound.quotient(1, hi, false);
        Bound h = Bound.quotient(1, lo, true);
        double lv = hi == 0 ? Double.NEGATIVE_INFINITY : l.value;
        double hv = lo == 0 ? Double.POSITIVE_INFINITY : h.value;
        // 1/(+-infinity) = 0 is never attained: the set holds finite numbers only
        return new Interval(lv, hv, !l.exact || hiOpen, !h.exact || loOpen);
    }

    /** {@code |x|}. */
    public Interval abs() {
        if (lo >= 0) {
            return this;
        }
        if (hi <= 0) {
            return negate();
        }
        return -lo > hi ? new Interval(0, -lo, false, loOpen) : new Interval(0, hi, false, hiOpen && (-lo < hi || loOpen));
    }

    /** {@code x^n}, {@code n >= 1}: even powers through {@code |x|} (so they are never negative). */
    public Interval pow(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("exponent " + n);
        }
        if (n == 1) {
            return this;
        }
        Interval half = pow(n / 2);
        Interval even = half.abs().multiply(half.abs());
        return n % 2 == 0 ? even : even.multiply(this);
    }

    /**
     * The image under an increasing function given on both ends: {@code f} is accurate to 1 ulp
     * (Java's {@code Math} functions) and is widened by 2, except at {@code x0} where its value {@code y0}
     * is exact (an open end stays open there); the result is clipped to {@code [floor, ceiling]}, the
     * function's range.
     */
    public Interval increasing(java.util.function.DoubleUnaryOperator f, double x0, double y0, double floor, double ceiling) {
        double[] l = end(f, lo, x0, y0, false);
        double[] h = end(f, hi, x0, y0, true);
        boolean lOpen = l[1] == 1 && loOpen || lo == Double.NEGATIVE_INFINITY;
        boolean hOpen = h[1] == 1 && hiOpen || hi == Double.POSITIVE_INFINITY;
        double lv = Math.max(l[0], floor);
        double hv = Math.min(h[0], ceiling);
        if (lv > hv) { // can only be the clipping of an end at a bound the function never reaches
            return new Interval(floor, floor, false, false);
        }
        return new Interval(lv, hv, lOpen || lv == floor && l[0] < floor, hOpen || hv == ceiling && h[0] > ceiling);
    }

    /**
     * Ulps an end value is rounded outwards by: {@code Math}'s functions promise 1 ulp (exp, log, atan) or
     * 2.5 ulps (sinh, cosh, tanh), so 3 covers every function passed here.
     */
    private static final int END_ULPS = 3;

    /** {@code {value, 1 if exact}} of {@code f} at one end, rounded outwards by {@link #END_ULPS} when not exact. */
    private static double[] end(java.util.function.DoubleUnaryOperator f, double x, double x0, double y0, boolean up) {
        if (x == x0) {
            return new double[] {y0, 1};
        }
        double y = f.applyAsDouble(x);
        if (Double.isInfinite(x)) {
            return new double[] {y, 1};
        }
        if (Double.isNaN(y)) {
            return new double[] {up ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY, 0};
        }
        for (int i = 0; i < END_ULPS; i++) {
            y = up ? Math.nextUp(y) : Math.nextDown(y);
        }
        return new double[] {y, 0};
    }

    @Override
    public String toString() {
        return (loOpen ? "(" : "[") + show(lo) + ", " + show(hi) + (hiOpen ? ")" : "]");
    }

    private static String show(double x) {
        return Double.isInfinite(x) ? (x > 0 ? "Infinity" : "-Infinity") : x == 0 ? "0" : String.format(java.util.Locale.ROOT, "%.6g", x);
    }

    /** One end of a result: its value rounded the safe way, and whether it is exact. */
    private record Bound(double value, boolean exact) {
        private static final double TINY = 0x1p-960;

        static Bound sum(double a, double b, boolean up) {
            double s = a + b;
            if (Double.isInfinite(a) || Double.isInfinite(b)) {
                return new Bound(s, true);
            }
            if (Double.isInfinite(s)) {
                return new Bound(up ? (s < 0 ? -Double.MAX_VALUE : s) : (s > 0 ? Double.MAX_VALUE : s), false);
            }
            double bb = s - a;
            double err = (a - (s - bb)) + (b - bb);
            return err == 0 ? new Bound(s, true) : new Bound(up ? (err > 0 ? Math.nextUp(s) : s) : (err < 0 ? Math.nextDown(s) : s), false);
        }

        static Bound product(double a, double b, boolean up) {
            if (a == 0 || b == 0) {
                return new Bound(0, true); // 0 times anything the set holds (all finite) is 0
            }
            double p = a * b;
            if (Double.isInfinite(a) || Double.isInfinite(b)) {
                return new Bound(p, true);
            }
            if (Double.isInfinite(p)) {
                return new Bound(up ? (p < 0 ? -Double.MAX_VALUE : p) : (p > 0 ? Double.MAX_VALUE : p), false);
            }
            if (Math.abs(p) < TINY) {
                return tiny(p, (a > 0) == (b > 0), up);
            }
            double err = Math.fma(a, b, -p);
            return err == 0 ? new Bound(p, true) : new Bound(up ? (err > 0 ? Math.nextUp(p) : p) : (err < 0 ? Math.nextDown(p) : p), false);
        }

        /**
         * A product {@code v} near the underflow, rounded outwards by an ulp but never across 0: the exact
         * product of two non-zero operands has their signs' sign, even where {@code v} underflowed to 0.
         */
        private static Bound tiny(double v, boolean positive, boolean up) {
            if (up) {
                return new Bound(positive ? Math.nextUp(v) : Math.min(Math.nextUp(v), 0), false);
            }
            return new Bound(positive ? Math.max(Math.nextDown(v), 0) : Math.nextDown(v), false);
        }

        static Bound quotient(double a, double b, boolean up) {
            double q = a / b;
            if (Double.isInfinite(b)) {
                return new Bound(0, true);
            }
            if (Double.isInfinite(q) || Math.abs(q) < TINY) {
                return new Bound(up ? Math.nextUp(q) : Math.nextDown(q), false);
            }
            double err = Math.fma(q, b, -a); // q b - a: positive when q is above a/b for b > 0
            if (err == 0) {
                return new Bound(q, true);
            }
            boolean above = (err > 0) == (b > 0);
            return new Bound(up ? (above ? q : Math.nextUp(q)) : (above ? Math.nextDown(q) : q), false);
        }
    }
}

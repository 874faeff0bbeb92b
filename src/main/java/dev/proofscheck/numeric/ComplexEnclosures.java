package dev.proofscheck.numeric;

import dev.proofscheck.numeric.ComplexIntervalEvaluator.Rect;
import dev.proofscheck.numeric.IntervalEvaluator.Unbounded;

/**
 * Rectangular enclosures of the principal {@code Exp}, {@code Log}, {@code Sqrt}, {@code Sin} and
 * {@code Cos} over a box of complex numbers, with the point evaluator's conventions: {@code Arg} in
 * (-Pi, Pi], Pi on the negative real axis (so {@code Log[-1] = I Pi}, {@code Sqrt[-x] = I Sqrt[x]}). A box
 * that straddles that cut gets the whole range of {@code Arg}, [-Pi, Pi], which holds both sides. Every
 * value the function takes on the box lies in the result (outward rounding through {@link Interval});
 * a real box keeps an exactly real result.
 */
final class ComplexEnclosures {
    private ComplexEnclosures() {}

    private static final Interval PI = new Interval(Math.nextDown(Math.PI), Math.nextUp(Math.PI), true, true);
    private static final double PI_UP = Math.nextUp(Math.PI);
    private static final double HALF_PI_UP = Math.nextUp(Math.PI / 2);
    private static final Interval HALF = Interval.point(0.5);
    /** {@code Math.atan2} is within 2 ulps of the exact angle; one more for safety. */
    private static final int ATAN2_ULPS = 3;

    /** {@code e^(x + i y) = e^x (cos y + i sin y)}. */
    static Rect exp(Rect z) {
        Interval m = IntervalEvaluator.exp(z.re());
        if (isZero(z.im())) {
            return new Rect(m, Interval.ZERO);
        }
        return new Rect(m.multiply(TrigInterval.cos(z.im())), m.multiply(TrigInterval.sin(z.im())));
    }

    /** {@code Log|z| + i Arg z}; gives up on a box that may hold 0. */
    static Rect log(Rect z) throws Unbounded {
        if (isZero(z.im()) && positive(z.re())) {
            return new Rect(IntervalEvaluator.log(z.re()), Interval.ZERO);
        }
        if (isZero(z.im()) && negative(z.re())) {
            return new Rect(IntervalEvaluator.log(z.re().negate()), PI);
        }
        Interval norm = normSquared(z);
        if (!positive(norm)) {
            throw new Unbounded("Log of a complex box that may hold 0");
        }
        return new Rect(IntervalEvaluator.log(norm).multiply(HALF), arg(z));
    }

    /** {@code |z|^(1/2) e^(i Arg(z)/2)}; on a box that may hold 0, the disc's bounding box with Re >= 0. */
    static Rect sqrt(Rect z) throws Unbounded {
        if (isZero(z.im()) && z.re().lo() >= 0) {
            return new Rect(IntervalEvaluator.sqrt(z.re()), Interval.ZERO);
        }
        if (isZero(z.im()) && z.re().hi() <= 0) {
            return new Rect(Interval.ZERO, IntervalEvaluator.sqrt(z.re().negate()));
        }
        Interval norm = normSquared(z);
        Interval modulus = IntervalEvaluator.sqrt(IntervalEvaluator.sqrt(norm));
        if (!positive(norm)) {
            double r = modulus.hi();
            return new Rect(Interval.closed(0, r), Interval.closed(-r, r));
        }
        Interval half = arg(z).multiply(HALF);
        return new Rect(modulus.multiply(TrigInterval.cos(half)), modulus.multiply(TrigInterval.sin(half)));
    }

    /** {@code sin x cosh y + i cos x sinh y}. */
    static Rect sin(Rect z) {
        if (isZero(z.im())) {
            return new Rect(TrigInterval.sin(z.re()), Interval.ZERO);
        }
        return new Rect(TrigInterval.sin(z.re()).multiply(TrigInterval.cosh(z.im())),
                TrigInterval.cos(z.re()).multiply(TrigInterval.sinh(z.im())));
    }

    /** {@code cos x cosh y - i sin x sinh y}. */
    static Rect cos(Rect z) {
        if (isZero(z.im())) {
            return new Rect(TrigInterval.cos(z.re()), Interval.ZERO);
        }
        return new Rect(TrigInterval.cos(z.re()).multiply(TrigInterval.cosh(z.im())),
                TrigInterval.sin(z.re()).multiply(TrigInterval.sinh(z.im())).negate());
    }

    /**
     * The principal argument over a box without 0. Where Arg is continuous on the box (the closed right
     * half-plane; the closed upper one, Pi on the cut; the open lower one, tending to -Pi) its extremes lie
     * at corners: along a segment that misses 0 the angle seen from 0 is monotone. A box reaching both the
     * cut and the points below it gets [-Pi, Pi].
     */
    static Interval arg(Rect z) throws Unbounded {
        Interval x = z.re();
        Interval y = z.im();
        if (isZero(y) && positive(x)) {
            return Interval.ZERO;
        }
        if (isZero(y) && negative(x)) {
            return PI;
        }
        if (!positive(normSquared(z))) {
            throw new Unbounded("Arg of a complex box that may hold 0");
        }
        boolean right = x.lo() >= 0;
        boolean upper = y.lo() >= 0;
        boolean lower = negative(y);
        if (!right && !upper && !lower) {
            return Interval.closed(-PI_UP, PI_UP);
        }
        if (infinite(x) || infinite(y)) {
            return quadrants(x, y, right, upper);
        }
        double side = right || upper ? 0.0 : -0.0; // a corner on the real axis, seen from below the cut
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double cx : new double[] {x.lo(), x.hi()}) {
            for (double cy : new double[] {y.lo(), y.hi()}) {
                double a = Math.atan2(cy == 0 ? side : cy, cx);
                lo = Math.min(lo, a);
                hi = Math.max(hi, a);
            }
        }
        for (int k = 0; k < ATAN2_ULPS; k++) {
            lo = Math.nextDown(lo);
            hi = Math.nextUp(hi);
        }
        return Interval.closed(Math.max(lo, -PI_UP), Math.min(hi, PI_UP));
    }

    /** The angles of the quadrants an unbounded box meets, on the side of the cut it lies. */
    private static Interval quadrants(Interval x, Interval y, boolean right, boolean upper) {
        if (right) {
            return Interval.closed(y.lo() >= 0 ? 0 : -HALF_PI_UP, y.hi() <= 0 ? 0 : HALF_PI_UP);
        }
        if (upper) {
            return Interval.closed(x.hi() <= 0 ? Math.nextDown(Math.PI / 2) : 0, PI_UP);
        }
        return Interval.closed(-PI_UP, x.hi() <= 0 ? -Math.nextDown(Math.PI / 2) : 0);
    }

    static Interval normSquared(Rect z) {
        return z.re().pow(2).add(z.im().pow(2));
    }

    private static boolean infinite(Interval x) {
        return Double.isInfinite(x.lo()) || Double.isInfinite(x.hi());
    }

    private static boolean isZero(Interval x) {
        return x.isPoint() && x.lo() == 0;
    }

    /** Every member is > 0. */
    private static boolean positive(Interval x) {
        return x.lo() > 0 || x.lo() == 0 && x.loOpen();
    }

    /** Every member is < 0. */
    private static boolean negative(Interval x) {
        return x.hi() < 0 || x.hi() == 0 && x.hiOpen();
    }
}

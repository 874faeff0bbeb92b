package dev.proofscheck.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.ExprParser;
import dev.proofscheck.expr.Rational;
import java.math.BigDecimal;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The enclosure property of {@link IntervalEvaluator}, seeded: at random points of random boxes (ends
 * open or closed, often exactly 0 or 1, points on closed ends included) the 250-digit value of every
 * supported function lies in the enclosure, and strictly inside at an open end.
 */
class IntervalEvaluatorProperties {
    private static Expr parse(String s) {
        try {
            return ExprParser.parse(s);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"x + y", "x - y", "x y", "x y - 3 x", "x^2", "x^3", "x^4 - y", "1/x", "x^-2", "x/y", "Exp[x]",
            "Exp[-x y]", "Log[x]", "Sqrt[x]", "x^(1/2)", "x^(-1/2)", "x^(7/3)", "x^y", "E^x", "Tanh[x]", "ArcTan[x]", "Sinh[x]",
            "Sin[x]", "Cos[x]", "Cosh[x]", "Sin[x y] + Cos[y]", "Sin[x]^2", "Abs[x]", "Pi x", "1/(1 + Exp[-x y])", "(1/4) (1 - 2/(1 + Exp[-x y])) y - (1/10) x", "(1/3) x + 1/7"})
    void everyPointOfTheBoxEvaluatesInsideTheEnclosure(String text) throws Exception {
        Expr e = parse(text);
        SplittableRandom rnd = new SplittableRandom(text.hashCode());
        IntervalEvaluator iv = new IntervalEvaluator(Deadline.none());
        Evaluator exact = new Evaluator(250, Deadline.none()); // a double has up to ~110 significant digits, a product of two twice that
        int enclosed = 0;
        for (int box = 0; box < 150; box++) {
            Interval x = randomInterval(rnd);
            Interval y = randomInterval(rnd);
            Interval r;
            try {
                r = iv.evaluate(e, Map.of("x", x, "y", y));
            } catch (IntervalEvaluator.Unbounded u) {
                continue; // outside the real domain somewhere in the box: nothing is claimed
            }
            for (int k = 0; k < 10; k++) {
                double px = pointIn(rnd, x);
                double py = pointIn(rnd, y);
                BigComplex v;
                try {
                    v = exact.evaluate(e, Map.of("x", BigComplex.valueOf(new BigDecimal(px)), "y", BigComplex.valueOf(new BigDecimal(py))));
                } catch (EvaluationException | ArithmeticException ex) {
                    continue; // no value at this point (a pole)
                }
                assertEquals(0, v.im.signum(), text + " is real on " + x + " x " + y);
                assertTrue(inside(v.re, r), text + " at x=" + px + ", y=" + py + ": " + v.re.round(new java.math.MathContext(20))
                        + " outside " + r + " (box " + x + " x " + y + ")");
                enclosed++;
            }
        }
        assertTrue(enclosed > 150, text + ": only " + enclosed + " points checked");
    }

    static boolean inside(BigDecimal v, Interval r) {
        boolean aboveLo = r.lo() == Double.NEGATIVE_INFINITY || (r.loOpen() ? v.compareTo(new BigDecimal(r.lo())) > 0 : v.compareTo(new BigDecimal(r.lo())) >= 0);
        boolean belowHi = r.hi() == Double.POSITIVE_INFINITY || (r.hiOpen() ? v.compareTo(new BigDecimal(r.hi())) < 0 : v.compareTo(new BigDecimal(r.hi())) <= 0);
        return aboveLo && belowHi;
    }

    /** Ends drawn among 0, +-1, small and large values; open or closed at random. */
    static Interval randomInterval(SplittableRandom rnd) {
        double a = randomEnd(rnd);
        double b = randomEnd(rnd);
        if (a == b) {
            return Interval.point(a);
        }
        return new Interval(Math.min(a, b), Math.max(a, b), rnd.nextBoolean(), rnd.nextBoolean());
    }

    private static double randomEnd(SplittableRandom rnd) {
        return switch (rnd.nextInt(6)) {
            case 0 -> 0;
            case 1 -> rnd.nextBoolean() ? 1 : -1;
            case 2 -> (rnd.nextDouble() - 0.5) * 1e-3;
            case 3 -> (rnd.nextDouble() - 0.5) * 60;
            default -> (rnd.nextDouble() - 0.5) * 6;
        };
    }

    /** A closed end itself now and then, else a point strictly inside. */
    static double pointIn(SplittableRandom rnd, Interval x) {
        if (x.isPoint()) {
            return x.lo();
        }
        int pick = rnd.nextInt(5);
        if (pick == 0 && !x.loOpen()) {
            return x.lo();
        }
        if (pick == 1 && !x.hiOpen()) {
            return x.hi();
        }
        double p = x.lo() + rnd.nextDouble() * (x.hi() - x.lo());
        return p > x.lo() && p < x.hi() ? p : x.lo() / 2 + x.hi() / 2;
    }

    @Test
    void exactResultsAreNotWidenedAndOpenEndsStayOpen() {
        assertEquals(Interval.ZERO, Interval.ONE.subtract(Interval.ONE));
        Interval positive = new Interval(0, 1, true, false);
        Interval scaled = positive.multiply(Interval.point(0.25));
        assertTrue(scaled.loOpen() && scaled.lo() == 0, "alpha a1 > 0 stays strict: " + scaled);
        Interval zeroTimes = Interval.ZERO.multiply(Interval.WHOLE);
        assertEquals(Interval.ZERO, zeroTimes, "0 times any real is 0");
        Interval e = positive.negate().increasing(Math::exp, 0, 1, 0, Double.POSITIVE_INFINITY);
        assertTrue(e.hi() == 1 && e.hiOpen(), "Exp of [-1, 0) is below 1: " + e);
        assertFalse(new Interval(-1, 2, false, false).reciprocal().isPoint());
        assertEquals(Interval.WHOLE, new Interval(-1, 2, false, false).reciprocal());
    }

    @Test
    void sumsBeyondTheLargestDoubleStayIntervals() {
        double max = Double.MAX_VALUE;
        // the exact sums, -2 max .. -1.5 max and 1.5 max .. 2 max, lie beyond every double: the ends are the
        // nearest sound ones (an upper end of -infinity would be no interval at all)
        Interval low = Interval.closed(-max, -0.75 * max);
        Interval sum = low.add(low);
        assertTrue(sum.lo() == Double.NEGATIVE_INFINITY && sum.hi() == -max, "below -max: " + sum);
        Interval high = Interval.closed(0.75 * max, max);
        Interval up = high.add(high);
        assertTrue(up.lo() == max && up.hi() == Double.POSITIVE_INFINITY, "above max: " + up);
    }

    @Test
    void rationalsAreEnclosedTightly() {
        Interval tenth = IntervalEvaluator.enclose(Rational.parseDecimal("0.1"));
        assertTrue(tenth.lo() < 0.1 || tenth.hi() > 0.1);
        assertTrue(new BigDecimal(tenth.lo()).compareTo(new BigDecimal("0.1")) < 0 && new BigDecimal(tenth.hi()).compareTo(new BigDecimal("0.1")) > 0);
        assertEquals(Math.nextUp(tenth.lo()), tenth.hi());
        assertEquals(Interval.point(0.25), IntervalEvaluator.enclose(Rational.of(1, 4)));
    }
}

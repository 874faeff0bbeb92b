package dev.proofscheck.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.numeric.ComplexIntervalEvaluator.Rect;
import org.junit.jupiter.api.Test;

/**
 * The principal branch of Log and Sqrt at and around their cut, the negative real axis: on it and above
 * it the angle is near Pi, strictly below it near -Pi, and a box holding both gets both; a box that may
 * hold 0 gives Log up; real boxes keep exactly real results.
 */
class ComplexEnclosuresTest {
    private static final double PI = Math.PI;
    private static final Interval NEGATIVE = Interval.closed(-2, -1);

    private static Rect log(Interval re, Interval im) throws IntervalEvaluator.Unbounded {
        return ComplexEnclosures.log(new Rect(re, im));
    }

    @Test
    void onTheCutTheAngleIsPiAsThePointEvaluatorTakesIt() throws Exception {
        Rect l = log(NEGATIVE, Interval.ZERO);
        assertTrue(l.im().contains(PI) && l.im().lo() > 3.14, "Log[-x] = Log[x] + I Pi: " + l);
        Rect s = ComplexEnclosures.sqrt(new Rect(NEGATIVE, Interval.ZERO));
        assertEquals(Interval.ZERO, s.re(), "Sqrt[-x] = I Sqrt[x] exactly: " + s);
        assertTrue(s.im().lo() > 1 - 1e-15 && s.im().hi() < Math.sqrt(2) + 1e-15, s.toString());
    }

    @Test
    void aBoxTouchingTheCutFromAboveHoldsPiButNotMinusPi() throws Exception {
        Rect l = log(NEGATIVE, Interval.closed(0, 0.5));
        assertTrue(l.im().contains(PI) && l.im().lo() > 2, l.toString());
        Rect s = ComplexEnclosures.sqrt(new Rect(NEGATIVE, Interval.closed(0, 0.5)));
        assertTrue(s.im().lo() > 0.9 && s.re().contains(0), "Sqrt just above the cut is near I Sqrt[x]: " + s);
    }

    @Test
    void aBoxStrictlyBelowTheCutTendsToMinusPi() throws Exception {
        Rect l = log(NEGATIVE, new Interval(-0.5, 0, false, true));
        assertTrue(l.im().contains(-PI + 1e-12) && l.im().hi() < -2, "angles in (-Pi, -Pi + ...): " + l);
        assertFalse(l.im().contains(PI - 1e-12), l.toString());
        Rect s = ComplexEnclosures.sqrt(new Rect(NEGATIVE, new Interval(-0.5, 0, false, true)));
        assertTrue(s.im().hi() < -0.9, "Sqrt just below the cut is near -I Sqrt[x]: " + s);
    }

    @Test
    void aBoxAcrossOrClosedOnTheCutFromBelowHoldsBothSides() throws Exception {
        for (Interval im : new Interval[] {Interval.closed(-0.5, 0.5), Interval.closed(-0.5, 0)}) {
            Rect l = log(NEGATIVE, im);
            assertTrue(l.im().contains(PI) && l.im().contains(-PI + 1e-12), im + ": " + l);
            Rect s = ComplexEnclosures.sqrt(new Rect(NEGATIVE, im));
            assertTrue(s.im().contains(1.2) && s.im().contains(-1.2), im + ": " + s);
        }
    }

    @Test
    void logGivesUpWhereTheBoxMayHoldZeroAndSqrtCoversTheDisc() throws Exception {
        assertThrows(IntervalEvaluator.Unbounded.class, () -> log(Interval.closed(-1, 1), Interval.closed(0, 1)));
        assertThrows(IntervalEvaluator.Unbounded.class, () -> log(Interval.closed(0, 1), Interval.ZERO));
        Rect s = ComplexEnclosures.sqrt(new Rect(Interval.closed(-4, 4), Interval.closed(-4, 4)));
        assertTrue(s.re().lo() == 0 && s.re().hi() >= Math.sqrt(Math.sqrt(32)) && s.im().lo() < -2 && s.im().hi() > 2, s.toString());
    }

    @Test
    void realBoxesGiveExactlyRealResults() throws Exception {
        Interval positive = Interval.closed(0.5, 3);
        assertEquals(Interval.ZERO, ComplexEnclosures.exp(new Rect(positive, Interval.ZERO)).im());
        assertEquals(Interval.ZERO, ComplexEnclosures.log(new Rect(positive, Interval.ZERO)).im());
        assertEquals(Interval.ZERO, ComplexEnclosures.sqrt(new Rect(positive, Interval.ZERO)).im());
        assertEquals(Interval.ZERO, ComplexEnclosures.sin(new Rect(positive, Interval.ZERO)).im());
        assertEquals(Interval.ZERO, ComplexEnclosures.cos(new Rect(positive, Interval.ZERO)).im());
        assertEquals(Interval.ONE, ComplexEnclosures.exp(new Rect(Interval.ZERO, Interval.ZERO)).re());
    }

    @Test
    void logOfMinusOneIsIPiToAnUlp() throws Exception {
        Rect l = log(Interval.point(-1), Interval.ZERO);
        assertEquals(Interval.ZERO, l.re());
        assertTrue(l.im().contains(PI) && l.im().hi() - l.im().lo() <= 2 * Math.ulp(PI), l.toString());
    }

    @Test
    void sineAndCosineReachTheirPeaksInsideAnInterval() {
        Interval s = TrigInterval.sin(Interval.closed(1, 2)); // Pi/2 inside
        assertTrue(s.hi() == 1 && s.lo() < Math.sin(1) && s.lo() > Math.sin(1) - 1e-15, "sin 1 < sin 2: " + s);
        Interval c = TrigInterval.cos(Interval.closed(3, 3.5)); // Pi inside
        assertTrue(c.lo() == -1 && c.hi() > Math.cos(3.5), c.toString());
        assertEquals(Interval.closed(-1, 1), TrigInterval.sin(Interval.closed(0, 7)));
        Interval edge = TrigInterval.sin(Interval.closed(0, Math.PI / 2)); // the peak at the (rounded) end counts
        assertEquals(1, edge.hi());
    }

    @Test
    void unboundedBoxesGetTheAnglesOfTheirQuadrants() throws Exception {
        Interval up = new Interval(1, Double.POSITIVE_INFINITY, false, true);
        Interval down = new Interval(Double.NEGATIVE_INFINITY, -1, true, false);
        Interval first = ComplexEnclosures.arg(new Rect(up, up)); // angles in (0, Pi/2)
        assertTrue(first.lo() <= 0 && first.hi() >= Math.PI / 2 && first.hi() < 1.6, first.toString());
        Interval second = ComplexEnclosures.arg(new Rect(down, new Interval(0, Double.POSITIVE_INFINITY, false, true))); // [Pi/2, Pi]
        assertTrue(second.lo() <= Math.PI / 2 && second.lo() > 1.5 && second.contains(PI), second.toString());
        Interval third = ComplexEnclosures.arg(new Rect(down, down)); // (-Pi, -Pi/2)
        assertTrue(third.contains(-PI + 1e-12) && third.hi() >= -Math.PI / 2 && third.hi() < -1.5, third.toString());
        Interval across = ComplexEnclosures.arg(new Rect(down, Interval.WHOLE));
        assertTrue(across.contains(PI) && across.contains(-PI + 1e-12), across.toString());
    }
}

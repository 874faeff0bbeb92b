package dev.proofscheck.numeric;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A product that underflows keeps the sign its operands give it: {@code (0, 1e-323] x [0.001, 1]}
 * is positive (its double product rounds to 0, and rounding that down by an ulp gave -4.9e-324: a 0 that
 * kept the complex exclusion of {@code Exp[-v b]} at large v b from completing).
 */
class IntervalUnderflowTest {
    @Test
    void underflowedProductsDoNotCrossZero() {
        Interval tiny = new Interval(0, 2 * Double.MIN_VALUE, true, false);
        Interval small = Interval.closed(0.001, 1);
        Interval p = tiny.multiply(small);
        assertTrue(p.lo() == 0 && p.loOpen() && !p.containsZero(), "positive: " + p);
        Interval n = tiny.multiply(small.negate());
        assertTrue(n.hi() == 0 && n.hiOpen() && !n.containsZero(), "negative: " + n);
        Interval point = Interval.point(Double.MIN_VALUE).multiply(Interval.point(0.25));
        assertTrue(point.lo() == 0 && point.loOpen() && point.hi() >= Double.MIN_VALUE, "MIN_VALUE/4 is in (0, MIN_VALUE]: " + point);
    }
}

package dev.proofscheck.mutate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.proofscheck.expr.Rational;
import dev.proofscheck.numeric.Point;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A counterexample point printed in the evidence is read back exactly. */
class PointTextTest {
    @Test
    void printedPointsAreReadBack() {
        Point p = new Point(Map.of("c", Rational.parseDecimal("0.1"), "zz", Rational.parseDecimal("-1.19527725"),
                "n", Rational.parseDecimal("1000000")), Map.of("zz", Rational.parseDecimal("2.5823620573")));
        Point back = PointText.parse(p.toString());
        assertEquals(p.re(), back.re());
        assertEquals(p.im(), back.im());
        Point negativeIm = new Point(Map.of("z", Rational.parseDecimal("0.5")), Map.of("z", Rational.parseDecimal("-0.25")));
        assertEquals(negativeIm.im(), PointText.parse(negativeIm.toString()).im());
        Point tiny = new Point(Map.of("h", Rational.parseDecimal("0.000001")), Map.of());
        assertEquals(tiny.re(), PointText.parse(tiny.toString()).re());
    }

    @Test
    void otherTextIsNotAPoint() {
        assertNull(PointText.parse(null));
        assertNull(PointText.parse("(no variables)"));
        assertNull(PointText.parse("sizes N=2 M=3, draw 1"));
    }
}

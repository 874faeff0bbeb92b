package dev.proofscheck.numeric;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.ExprParser;
import dev.proofscheck.numeric.ComplexIntervalEvaluator.Rect;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The enclosure property of the complex interval rules ({@link ComplexEnclosures} through
 * {@link ComplexIntervalEvaluator}), seeded: at random points of random boxes of two complex unknowns z, w
 * and a real parameter a (ends open or closed, often exactly 0 or +-1, so that boxes lie on, above, below
 * and across the negative real axis, and points on closed ends, the cut among them, are drawn), the
 * point evaluator's 60-digit value lies in the enclosure's real and imaginary parts.
 */
class ComplexEnclosuresProperties {
    private static final Set<String> COMPLEX = Set.of("z", "w");

    @ParameterizedTest
    @ValueSource(strings = {"Exp[z]", "Log[z]", "Sqrt[z]", "Sin[z]", "Cos[z]", "z^3", "z^-2", "z^(1/2)", "z^(-1/2)", "z^(3/2)",
            "z^w", "E^z", "z^a", "Log[z] + Sqrt[w]", "1/(1 + Exp[-z w])", "Exp[z] Cos[w] - Sin[z w]", "Sqrt[Log[z]]",
            "Exp[I z] + Log[-w]", "Log[a - 2] z", "Sqrt[a - 2] + w", "(a Sqrt[Log[-a]])^2 + z",
            "(1/4) (1 - 1/(1 + Exp[-(z w + (a Sqrt[Log[(0 - 4 a)/(4 a)]])^2)])) w - a z"})
    void everyPointOfTheBoxEvaluatesInsideTheEnclosure(String text) throws Exception {
        Expr e = ExprParser.parse(text);
        SplittableRandom rnd = new SplittableRandom(text.hashCode());
        ComplexIntervalEvaluator iv = new ComplexIntervalEvaluator(new IntervalEvaluator(Deadline.none()), COMPLEX);
        Evaluator exact = new Evaluator(250, Deadline.none()); // a double has up to ~110 significant digits, a product of two twice that
        int enclosed = 0;
        for (int box = 0; box < 100; box++) {
            Rect z = new Rect(IntervalEvaluatorProperties.randomInterval(rnd), IntervalEvaluatorProperties.randomInterval(rnd));
            Rect w = new Rect(IntervalEvaluatorProperties.randomInterval(rnd), IntervalEvaluatorProperties.randomInterval(rnd));
            Interval a = IntervalEvaluatorProperties.randomInterval(rnd);
            Rect r;
            try {
                r = iv.evaluate(e, Map.of("a", a), Map.of("z", z, "w", w));
            } catch (IntervalEvaluator.Unbounded u) {
                continue; // the box may hold a point without a value (Log at 0): nothing is claimed
            }
            for (int k = 0; k < 5; k++) {
                BigComplex pz = pointIn(rnd, z);
                BigComplex pw = pointIn(rnd, w);
                BigComplex pa = BigComplex.valueOf(new BigDecimal(IntervalEvaluatorProperties.pointIn(rnd, a)));
                BigComplex v;
                try {
                    v = exact.evaluate(e, Map.of("z", pz, "w", pw, "a", pa));
                } catch (EvaluationException | ArithmeticException ex) {
                    continue; // no value at this point
                }
                String where = text + " at z=" + show(pz) + ", w=" + show(pw) + ", a=" + show(pa) + ": " + show(v) + " outside " + r
                        + " (box z " + z + ", w " + w + ", a " + a + ")";
                assertTrue(IntervalEvaluatorProperties.inside(v.re, r.re()) && IntervalEvaluatorProperties.inside(v.im, r.im()), where);
                enclosed++;
            }
        }
        assertTrue(enclosed > 100, text + ": only " + enclosed + " points checked");
    }

    private static BigComplex pointIn(SplittableRandom rnd, Rect z) {
        return BigComplex.valueOf(new BigDecimal(IntervalEvaluatorProperties.pointIn(rnd, z.re())),
                new BigDecimal(IntervalEvaluatorProperties.pointIn(rnd, z.im())));
    }

    private static String show(BigComplex v) {
        return v.re.round(new MathContext(20)) + " + " + v.im.round(new MathContext(20)) + " I";
    }
}

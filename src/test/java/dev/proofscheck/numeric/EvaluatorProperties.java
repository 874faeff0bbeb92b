package dev.proofscheck.numeric;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.RandomExpressions;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The arbitrary-precision evaluator agrees with an independent double-precision complex evaluator
 * (Commons Math) on random expressions at random points, principal branches included.
 */
class EvaluatorProperties {
    /** Double evaluation of a depth-4 expression keeps about 12 digits; 1e-7 leaves room for cancellation. */
    private static final double RELATIVE_TOLERANCE = 1e-7;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14, 15, 16})
    void agreesWithDoubleComplexArithmetic(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        RandomExpressions gen = new RandomExpressions(random, new String[] {"x", "y"});
        Evaluator ev = new Evaluator(40, Deadline.none());
        int compared = 0;
        for (int i = 0; i < 300; i++) {
            Expr e = gen.expression(4);
            double x = (random.nextDouble() - 0.5) * 6;
            double y = (random.nextDouble() - 0.5) * 6;
            Complex expected = DoubleComplexEvaluator.eval(e, Map.of("x", new Complex(x), "y", new Complex(y)));
            if (expected.isNaN() || expected.isInfinite() || expected.abs() > 1e6) {
                continue;
            }
            Map<String, BigComplex> env = new HashMap<>();
            env.put("x", BigComplex.valueOf(new BigDecimal(x)));
            env.put("y", BigComplex.valueOf(new BigDecimal(y)));
            BigComplex actual;
            try {
                actual = ev.evaluate(e, env);
            } catch (EvaluationException ex) {
                throw new AssertionError("seed " + seed + " case " + i + ": no value for " + dev.proofscheck.expr.ExprPrinter.print(e)
                        + " at x=" + x + ", y=" + y + " but double gives " + expected + ": " + ex.getMessage());
            }
            double dr = actual.re.doubleValue() - expected.getReal();
            double di = actual.im.doubleValue() - expected.getImaginary();
            double gap = Math.hypot(dr, di);
            assertTrue(gap <= RELATIVE_TOLERANCE * Math.max(1, expected.abs()),
                    "seed " + seed + " case " + i + ": " + dev.proofscheck.expr.ExprPrinter.print(e) + " at x=" + x + ", y=" + y
                            + ": ours " + Numbers.show(actual, 15) + ", double " + expected);
            compared++;
        }
        assertTrue(compared > 150, "too few comparable cases: " + compared);
    }
}

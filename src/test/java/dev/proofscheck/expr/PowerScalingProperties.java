package dev.proofscheck.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.numeric.Deadline;
import dev.proofscheck.numeric.EvaluationException;
import dev.proofscheck.numeric.Evaluator;
import dev.proofscheck.numeric.Numbers;
import java.math.BigDecimal;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dividing by the leading power is exact where {@code x != 0}: the quotient times {@code x^deg} is the
 * expression, and the quotient has a value wherever the expression has one.
 */
class PowerScalingProperties {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void theQuotientTimesTheLeadingPowerIsTheExpression(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        RandomExpressions gen = new RandomExpressions(random, new String[] {"x", "y"});
        Evaluator ev = new Evaluator(40, Deadline.none());
        int compared = 0;
        for (int i = 0; i < 150; i++) {
            Expr e = gen.expression(4);
            Expr q = PowerScaling.divideByLeadingPower(e, "x");
            int d = PowerScaling.degree(e, "x");
            // x of either sign, small and large (where the leading power matters)
            double x = (random.nextBoolean() ? 1 : -1) * Math.pow(10, -2 + 8 * random.nextDouble());
            Map<String, BigComplex> env = Map.of("x", BigComplex.valueOf(new BigDecimal(x)), "y", BigComplex.valueOf(new BigDecimal("1.7")));
            BigComplex a;
            try {
                a = ev.evaluate(e, env);
            } catch (EvaluationException ex) {
                continue;
            }
            BigComplex b;
            try {
                b = ev.evaluate(Expr.times(q, Expr.power(Expr.sym("x"), Expr.num(d))), env);
            } catch (EvaluationException ex) {
                throw new AssertionError("seed " + seed + ", case " + i + ": " + ExprPrinter.print(e) + " has a value at x = " + x
                        + ", its quotient " + ExprPrinter.print(q) + " not: " + ex.getMessage());
            }
            BigDecimal diff = Numbers.abs(a.subtract(b));
            BigDecimal scale = Numbers.max(Numbers.abs(a), BigDecimal.ONE);
            assertTrue(diff.signum() == 0 || Numbers.log10(diff) < Numbers.log10(scale) - 25,
                    "seed " + seed + ", case " + i + ", x = " + x + ": " + ExprPrinter.print(e) + " -> " + ExprPrinter.print(q));
            compared++;
        }
        assertTrue(compared > 60, "too few comparable cases: " + compared);
    }

    @Test
    void eachTermIsDividedByItsOwnPower() throws ExprSyntaxException {
        Expr e = ExprParser.parse("(1/4) (1 - 1/(2 + Exp[-(x y)])) x - alpha x y + 3/x");
        assertEquals(1, PowerScaling.degree(e, "x"));
        // the Exp stays whole; the constant term carries x^-2 after division by x
        assertEquals(ExprParser.parse("(1/4) (1 - 1/(2 + Exp[-(x y)])) - alpha y + 3 x^-2"), ExprParser.parse(ExprPrinter.print(PowerScaling.divideByLeadingPower(e, "x"))));
        assertEquals(6, PowerScaling.degree(ExprParser.parse("(x^2 + y)^3 - x"), "x"));
        assertEquals(-1, PowerScaling.degree(ExprParser.parse("1/(x + 1) - 2/x"), "x"));
    }
}

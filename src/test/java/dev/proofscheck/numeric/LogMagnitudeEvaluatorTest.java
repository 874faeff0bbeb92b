package dev.proofscheck.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.obermuhlner.math.big.BigComplex;
import ch.obermuhlner.math.big.BigDecimalMath;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.ExprParser;
import dev.proofscheck.expr.ExprPrinter;
import dev.proofscheck.expr.RandomExpressions;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The log-domain evaluation: where the ordinary evaluator has a real value it gives that value's sign and
 * log (random expressions at random points); beyond the ordinary range it gives exact logs of products,
 * powers, Exps and one-sign sums, checked against independent formulas; and it refuses the shapes it has no
 * exact rule for instead of guessing.
 */
class LogMagnitudeEvaluatorTest {
    private static final int PRECISION = 60;
    private static final MathContext MC = new MathContext(80);

    private static LogValue logDomain(String e) throws Exception {
        return logDomain(ExprParser.parse(e), Map.of());
    }

    private static LogValue logDomain(Expr e, Map<String, BigComplex> env) throws EvaluationException {
        return new LogMagnitudeEvaluator(PRECISION, Deadline.none()).evaluate(e, env);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {21, 22, 23, 24, 25, 26})
    void agreesWithTheOrdinaryEvaluatorWhereBothHaveAValue(long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        RandomExpressions gen = new RandomExpressions(random, new String[] {"x", "y"});
        int compared = 0;
        int refused = 0;
        for (int i = 0; i < 200; i++) {
            // half of the cases a real power of a positive base, the shape y log x
            Expr e = random.nextBoolean() ? gen.expression(4)
                    : Expr.power(Expr.call("Abs", gen.expression(3)), gen.expression(3));
            Map<String, BigComplex> env = new HashMap<>();
            env.put("x", BigComplex.valueOf(new BigDecimal((random.nextDouble() - 0.5) * 6)));
            env.put("y", BigComplex.valueOf(new BigDecimal((random.nextDouble() - 0.5) * 6)));
            String where = "seed " + seed + " case " + i + ": " + ExprPrinter.print(e) + " at " + env;
            BigComplex v;
            BigComplex reference;
            try {
                v = new Evaluator(PRECISION, Deadline.none()).wideRange().evaluate(e, env);
                reference = new Evaluator(2 * PRECISION, Deadline.none()).wideRange().evaluate(e, env);
            } catch (EvaluationException ex) {
                if (ex.noValue()) {
                    assertThrows(EvaluationException.class, () -> logDomain(e, env), where + ": no value ordinarily, so none here");
                    refused++;
                }
                continue;
            }
            if (!v.isReal()) {
                assertThrows(EvaluationException.class, () -> logDomain(e, env), where + ": complex, so no log-domain value");
                refused++;
                continue;
            }
            LogValue got = logDomain(e, env);
            assertEquals(v.re.signum(), got.sign(), where);
            boolean wellConditioned = Numbers.log10(Numbers.abs(Numbers.difference(v, reference)))
                    <= Numbers.log10(v.re) - 40;
            if (v.re.signum() == 0 || !wellConditioned) {
                continue;
            }
            BigDecimal expected = BigDecimalMath.log(reference.re.abs(), MC);
            BigDecimal gap = got.log().subtract(expected).abs();
            assertTrue(gap.compareTo(new BigDecimal("1e-30").multiply(expected.abs().max(BigDecimal.ONE))) <= 0,
                    where + ": log|f| " + got.log() + ", ln|ordinary| " + expected);
            compared++;
        }
        assertTrue(compared > 100, "too few comparable cases: " + compared);
        assertTrue(refused > 5, "too few refusals exercised: " + refused);
    }

    @Test
    void exactShapesBeyondTheOrdinaryRange() throws Exception {
        BigDecimal e30 = BigDecimalMath.exp(new BigDecimal(30), MC); // 1.07e13: e^(e^30) is beyond e^(1e9)
        assertThrows(EvaluationException.class, () -> new Evaluator(PRECISION, Deadline.none()).wideRange()
                .evaluate(ExprParser.parse("Exp[Exp[30]]"), Map.of()), "the ordinary evaluator overflows here");
        assertLog("Exp[Exp[30]]", 1, e30);
        assertLog("Exp[Exp[30]]/Exp[Exp[30] - 5]", 1, new BigDecimal(5));
        assertLog("(-Exp[Exp[30]])^3", -1, e30.multiply(new BigDecimal(3)));
        assertLog("(-Exp[Exp[30]])^(-2)", 1, e30.multiply(new BigDecimal(-2)));
        assertLog("Abs[-Exp[Exp[30]]]", 1, e30);
        assertLog("Sqrt[Exp[Exp[30]]]", 1, e30.divide(new BigDecimal(2)));
        assertLog("Log[Exp[Exp[30]]]", 1, new BigDecimal(30));
        // one sign: e^a + e^(a + 1) = e^a (1 + e)
        assertLog("Exp[Exp[30]] + Exp[Exp[30] + 1]", 1, e30.add(BigDecimalMath.log(BigDecimal.ONE.add(BigDecimalMath.e(MC)), MC)));
        assertLog("-Exp[Exp[30]] - 2", -1, e30);
        // the mutant's shape: (1 + 1/N)^(N e^N) at N = 100 has log 100 e^100 ln(1.01)
        BigDecimal y = new BigDecimal(100).multiply(BigDecimalMath.exp(new BigDecimal(100), MC));
        assertLog("(1 + 1/100)^(100 Exp[100])", 1, y.multiply(BigDecimalMath.log(new BigDecimal("1.01"), MC)));
        // and a negative log: e^(-e^30) is beyond the range below
        assertLog("Exp[-Exp[30]]", 1, e30.negate());
    }

    private static void assertLog(String e, int sign, BigDecimal log) throws Exception {
        LogValue v = logDomain(e);
        assertEquals(sign, v.sign(), e);
        // the logs are rounded to 60 digits of their own size (e^30 = 1.07e13 in a quotient: 1e-47 absolute)
        BigDecimal gap = v.log().subtract(log).abs();
        assertTrue(gap.compareTo(new BigDecimal("1e-40").multiply(log.abs().max(BigDecimal.ONE))) < 0, e + ": log " + v.log() + ", expected " + log);
    }

    @Test
    void refusesTheShapesWithoutAnExactRule() {
        for (String e : new String[] {
            "Exp[Exp[30]] - Exp[Exp[30] - 1]",   // both signs: the cancellation is not exact in logs
            "Sin[Exp[Exp[30]]]",                  // no rule, and no ordinary value
            "Log[-Exp[Exp[30]]]",                 // complex
            "Sqrt[-Exp[Exp[30]]]",
            "(-Exp[Exp[30]])^(1/3)",
            "Exp[Exp[30]]^I",
            "Exp[Exp[Exp[30]]]",                  // its log e^(e^30) is itself beyond the range
            "Exp[Exp[30]]/(1 - 1)",               // no value
        }) {
            assertThrows(EvaluationException.class, () -> logDomain(e), e);
        }
    }

    @Test
    void log10ForEvidenceAtAnySize() throws Exception {
        assertEquals(0, new BigDecimal("4.6").compareTo(logDomain("Exp[Exp[30]]").log10().round(new MathContext(2)).movePointLeft(12)));
        LogValue huge = logDomain("Exp[Exp[10^8]]");
        // log10|f| = e^(10^8)/ln 10 = 10^(43429448.19 - 0.36)
        assertEquals(43429447, huge.log10().precision() - huge.log10().scale() - 1);
    }
}

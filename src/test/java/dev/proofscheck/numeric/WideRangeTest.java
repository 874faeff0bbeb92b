package dev.proofscheck.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.obermuhlner.math.big.BigComplex;
import ch.obermuhlner.math.big.BigDecimalMath;
import dev.proofscheck.expr.ExprParser;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The limit approach's wide range: Exp and real powers up to e^(1e9) (values near 10^(4.3e8), held by
 * BigDecimal's scale), so a limit growing like c^N towards infinity is seen diverging where it used to be an
 * overflow at N = 10^6; the arithmetic around such values stays rounded (fast), and past e^(1e9) it is still
 * an overflow.
 */
class WideRangeTest {
    private static BigComplex wide(String e, int precision) throws Exception {
        return new Evaluator(precision, Deadline.none()).wideRange().evaluate(ExprParser.parse(e), Map.of());
    }

    @Test
    void aPowerFarBeyondTheDefaultRangeHasItsValue() throws Exception {
        // 14.4^(10^8): log10 = 10^8 log10(14.4) = 115836249.2..., computed independently in double-double below
        BigComplex v = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> wide("(144/10)^(10^8)", 60));
        double log10 = Numbers.log10(v.re);
        assertEquals(1e8 * Math.log10(14.4), log10, 1e-6);
        // and to the working precision: the mantissa against e^(frac * ln 10) at 60 digits
        MathContext mc = new MathContext(80);
        BigDecimal exact = BigDecimalMath.log10(new BigDecimal("14.4"), mc).multiply(BigDecimal.TEN.pow(8));
        BigDecimal fraction = exact.subtract(new BigDecimal(exact.toBigInteger()));
        BigDecimal mantissa = BigDecimalMath.pow(BigDecimal.TEN, fraction, mc);
        BigDecimal got = v.re.scaleByPowerOfTen(-exact.toBigInteger().intValueExact());
        assertTrue(got.subtract(mantissa).abs().compareTo(new BigDecimal("1e-55")) < 0, got + " vs " + mantissa);
        assertThrows(EvaluationException.class, () -> new Evaluator(60, Deadline.none()).evaluate(ExprParser.parse("(144/10)^(10^8)"), Map.of()),
                "the default range is unchanged");
    }

    @Test
    void expByRangeReductionAgreesWithTheLibrary() throws Exception {
        for (String x : new String[] {"12345.678", "-2718.2818", "1001", "99999.5"}) {
            BigDecimal library = BigDecimalMath.exp(new BigDecimal(x), new MathContext(50));
            BigDecimal ours = new Evaluator(50, Deadline.none()).evaluate(ExprParser.parse("Exp[" + x + "]"), Map.of()).re;
            BigDecimal relative = ours.subtract(library).abs().divide(library, MathContext.DECIMAL64);
            assertTrue(relative.compareTo(new BigDecimal("1e-48")) < 0, x + ": " + relative);
        }
    }

    @Test
    void beyondTheWideRangeItIsStillAnOverflow() {
        EvaluationException e = assertThrows(EvaluationException.class, () -> wide("Exp[2 10^9]", 50));
        assertTrue(e.getMessage().startsWith("overflow"), e.getMessage());
        EvaluationException p = assertThrows(EvaluationException.class, () -> wide("(144/10)^(10^10)", 50));
        assertTrue(p.getMessage().startsWith("overflow"), p.getMessage());
        assertTrue(assertThrows(EvaluationException.class, () -> wide("Exp[9 10^8]^6", 50)).getMessage().startsWith("overflow"));
    }

    @Test
    void comparingAHugeValueWithASmallOneIsFast() throws Exception {
        BigComplex huge = wide("Exp[9 10^8]", 100);
        Comparison c = assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
                Comparison.of(huge, new BigDecimal("1e-90"), BigComplex.ONE, new BigDecimal("1e-100"), 30));
        assertEquals(Comparison.Result.DIFFERENT, c.result());
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> Numbers.difference(BigComplex.ONE, huge));
    }

    @Test
    void aLimitGrowingLikeCToTheNIsSeenDivergingNotAnOverflow() {
        // effective-dynamics' subcritical corrector with k and N swapped: (m0^2 + r0)^(N - 1) at N = 10^8 is 10^(1.2e8)
        LimitApproach.Result r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> new LimitApproach(Deadline.none())
                .approach(ExprParser.parse("4 N 2^(-3/2) (37/10 (37/10) + 58/100)^(N - 1)"), "N", null, 1, Point.empty()));
        assertEquals(LimitApproach.Kind.DIVERGES, r.kind(), r.trail());
        assertTrue(r.value().re.signum() > 0);
    }

    @Test
    void aLimitThatConvergesIsUnchanged() throws Exception {
        LimitApproach.Result r = new LimitApproach(Deadline.none()).approach(ExprParser.parse("(1 + 1/N)^N"), "N", null, 1, Point.empty());
        assertEquals(LimitApproach.Kind.CONVERGED, r.kind(), r.trail());
        assertTrue(Numbers.difference(r.value(), BigComplex.valueOf(BigDecimalMath.e(new MathContext(40)))).re.abs()
                .compareTo(new BigDecimal("1e-15")) < 0, r.trail());
    }
}

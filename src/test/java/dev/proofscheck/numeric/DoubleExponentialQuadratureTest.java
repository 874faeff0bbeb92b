package dev.proofscheck.numeric;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.ExprParser;
import dev.proofscheck.expr.ExprSyntaxException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quadrature against integrals with known closed forms, to 30 digits. */
class DoubleExponentialQuadratureTest {
    /** The quadrature targets 30 digits; its error bound must be honest, so the true error must be below it too. */
    private static final int DIGITS = 30;

    @ParameterizedTest(name = "{0} over [{1}, {2}] = {3}")
    @CsvSource(delimiter = '|', value = {
        "1/Sqrt[x] | 0 | 1 | 2",
        "Sqrt[1 - x^2] | -1 | 1 | Pi/2",
        "Log[x] | 0 | 1 | -1",
        "1/(1 + x^2) | 0 | 1 | Pi/4",
        "Sqrt[(4 - x) x]/(2 Pi x) | 0 | 4 | 1",
        "Exp[-x] | 0 | inf | 1",
        "1/(1 + x^2) | -inf | inf | Pi",
        "x^2 Exp[-x] | 2 | inf | 10 Exp[-2]",
    })
    void knownIntegrals(String integrand, String from, String to, String value) throws Exception {
        Expr f = ExprParser.parse(integrand);
        Evaluator ev = new Evaluator(50, Deadline.none());
        Map<String, BigComplex> env = new HashMap<>();
        DoubleExponentialQuadrature quad = new DoubleExponentialQuadrature(50, DIGITS, Deadline.none());
        DoubleExponentialQuadrature.Integrand g = x -> {
            env.put("x", BigComplex.valueOf(x));
            return ev.evaluate(f, env);
        };
        DoubleExponentialQuadrature.Result r;
        if (from.equals("-inf")) {
            r = quad.integrate(g, DoubleExponentialQuadrature.Range.WHOLE_LINE, null, null);
        } else if (to.equals("inf")) {
            r = quad.integrate(g, DoubleExponentialQuadrature.Range.TO_INFINITY, num(from), null);
        } else {
            r = quad.integrate(g, DoubleExponentialQuadrature.Range.FINITE, num(from), num(to));
        }
        BigComplex exact = new Evaluator(60, Deadline.none()).evaluate(ExprParser.parse(value), Map.of());
        BigDecimal err = Numbers.abs(r.value().subtract(exact));
        assertTrue(Numbers.log10(err) < Numbers.log10(Numbers.abs(exact)) - DIGITS + 1,
                integrand + ": got " + Numbers.show(r.value(), 40) + ", error " + Numbers.sci(err));
        assertTrue(err.compareTo(r.error().multiply(BigDecimal.TEN)) <= 0 || Numbers.log10(err) < -45,
                "error bound " + Numbers.sci(r.error()) + " is below the true error " + Numbers.sci(err));
    }

    /**
     * At twice the working precision (the confirmation run of a refutation) the half-line rule's last node
     * towards the finite end is not negligible at 100 digits for an integrand that is not 0 there: that must
     * cost a bounded error, not the whole result (a wrong Gaussian claim split at 0 was left undecided).
     */
    @ParameterizedTest(name = "{0} over [0, inf) at 100 digits = {1}")
    @CsvSource(delimiter = '|', value = {
        "Exp[-x^2/2]/Sqrt[2 Pi] | 1/2",
        "Exp[-x] | 1",
        "1/Sqrt[x] Exp[-x] | Sqrt[Pi]",
    })
    void halfLinesAtTwiceThePrecisionKeepAnHonestSmallError(String integrand, String value) throws Exception {
        Expr f = ExprParser.parse(integrand);
        Evaluator ev = new Evaluator(100, Deadline.none());
        Map<String, BigComplex> env = new HashMap<>();
        DoubleExponentialQuadrature quad = new DoubleExponentialQuadrature(100, DIGITS, Deadline.none());
        DoubleExponentialQuadrature.Result r = quad.integrate(x -> {
            env.put("x", BigComplex.valueOf(x));
            return ev.evaluate(f, env);
        }, DoubleExponentialQuadrature.Range.TO_INFINITY, BigDecimal.ZERO, null);
        BigComplex exact = new Evaluator(110, Deadline.none()).evaluate(ExprParser.parse(value), Map.of());
        BigDecimal err = Numbers.abs(r.value().subtract(exact));
        assertTrue(Numbers.log10(r.error()) < -DIGITS, integrand + ": error bound " + Numbers.sci(r.error()));
        assertTrue(err.compareTo(r.error()) <= 0, "error bound " + Numbers.sci(r.error()) + " is below the true error " + Numbers.sci(err));
    }

    private static BigDecimal num(String s) throws ExprSyntaxException {
        return new Evaluator(50, Deadline.none()).rational(((Expr.Num) ExprParser.parse(s)).value()).re;
    }
}

package dev.proofscheck.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.expr.ExprParser;
import dev.proofscheck.expr.Rational;
import dev.proofscheck.model.Domain;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An integral over an infinite range whose integrand grows beyond the evaluator's range toward an infinite
 * end does not exist: a finite claimed value is refuted, with the log-domain growth as evidence. Integrals
 * whose integrands only shrink there, or stay in range, keep their verdicts.
 */
class DivergentTailTest {
    private static NumericOutcome check(String integrand, String from, String to, boolean gaussian, String value) throws Exception {
        IntegralCheck.Bound lo = from.equals("-Infinity") ? new IntegralCheck.Bound(null, -1) : new IntegralCheck.Bound(ExprParser.parse(from), 0);
        IntegralCheck.Bound hi = to.equals("Infinity") ? new IntegralCheck.Bound(null, 1) : new IntegralCheck.Bound(ExprParser.parse(to), 0);
        Map<String, Domain> domains = integrand.contains("c") ? Map.of("c", Domain.RealInterval.open(Rational.of(1), Rational.of(2))) : Map.of();
        return new IntegralCheck(1, Deadline.in(120)).check(ExprParser.parse(integrand), "z", lo, hi, gaussian, ExprParser.parse(value), domains);
    }

    @ParameterizedTest(name = "{0} over ({1}, {2}), gaussian {3}: {5}")
    @CsvSource(delimiter = '|', value = {
        // the mutant of hermite-coefficients' coefficient-formula: grows like e^(|z|^3/2) as z -> -infinity
        "z z Exp[-z^3/2]/Sqrt[2 Pi] | -Infinity | Infinity | false | 1 | REFUTED",
        "Exp[c z^4] | 0 | Infinity | false | 1 | REFUTED",
        // a Gaussian expectation whose integrand outgrows the density toward +infinity
        "Exp[z^3] | -Infinity | Infinity | true | 1 | REFUTED",
    })
    void anIntegrandGrowingBeyondTheRangeRefutes(String integrand, String from, String to, boolean gaussian, String value, String expected)
            throws Exception {
        NumericOutcome o = check(integrand, from, to, gaussian, value);
        assertEquals(NumericOutcome.Status.valueOf(expected), o.status(), o.summary());
        assertTrue(o.summary().contains("the integral does not exist") && o.summary().contains("log10|f| = "), o.summary());
    }

    @ParameterizedTest(name = "{0} over ({1}, {2}), gaussian {3}: {5}")
    @CsvSource(delimiter = '|', value = {
        "z z Exp[-z^2/2]/Sqrt[2 Pi] | -Infinity | Infinity | false | 1 | AGREES",
        "z^4 | -Infinity | Infinity | true | 3 | AGREES",
        // shrinking beyond the range toward both ends: never a divergence, whatever the quadrature says
        "Exp[-z^4] | -Infinity | Infinity | false | 3 | NOT_REFUTED",
        "Exp[-c z^6] | 0 | Infinity | false | 1 | NOT_REFUTED",
    })
    void integrandsThatDoNotGrowKeepTheirVerdicts(String integrand, String from, String to, boolean gaussian, String value, String expected)
            throws Exception {
        NumericOutcome o = check(integrand, from, to, gaussian, value);
        if (expected.equals("NOT_REFUTED")) {
            assertTrue(!o.summary().contains("does not exist"), o.summary());
        } else {
            assertEquals(NumericOutcome.Status.valueOf(expected), o.status(), o.summary());
        }
    }
}

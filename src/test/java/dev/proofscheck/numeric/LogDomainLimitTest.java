package dev.proofscheck.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.ExprParser;
import dev.proofscheck.expr.Rational;
import dev.proofscheck.model.Direction;
import dev.proofscheck.model.Domain;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Limits whose values overflow even the approach's wide range (e^(1e9)): a claimed finite limit is refuted
 * when log|f| is seen growing without bound in the log domain, with evidence that says so; limits whose
 * large values cancel, shrink or are only held in the log domain keep the verdicts they had (never compared).
 */
class LogDomainLimitTest {
    private static NumericOutcome check(String f, String point, int side, String value) throws Exception {
        Map<String, Domain> domains = new LinkedHashMap<>();
        Domain positive = Domain.RealInterval.open(Rational.of(0), null);
        domains.put("c", positive);
        domains.put("delta", positive);
        Expr at = point.equals("Infinity") ? null : ExprParser.parse(point);
        Direction direction = side > 0 ? Direction.ABOVE : Direction.BELOW;
        return new LimitCheck(1, Deadline.in(120)).check(ExprParser.parse(f), "N", at, 1, direction,
                ExprParser.parse(value), 1, domains);
    }

    @ParameterizedTest(name = "{0} -> {1}: {3}")
    @CsvSource(delimiter = '|', value = {
        // the mutant of escape-gronwall-is-exponential: 10^(10^42) at N = 100
        "(1 + delta/N)^(c N Exp[N]/delta)/Exp[c Log[N]] | Infinity | 1 | 1 | REFUTED",
        // the same as x -> 0+, where every step overflows: e^(c/N^3) is e^(1e12 c) at the first step
        "Exp[c N^-3] | 0 | 1 | 1 | REFUTED",
        "Exp[c Exp[N]] + delta | Infinity | 1 | 0 | REFUTED",
    })
    void aMagnitudeThatOutgrowsTheRangeRefutesAFiniteLimit(String f, String point, int side, String value, String expected) throws Exception {
        NumericOutcome o = check(f, point, side, value);
        assertEquals(NumericOutcome.Status.valueOf(expected), o.status(), o.summary());
        assertTrue(o.summary().contains("in the log domain") && o.summary().contains("log10|f| = ")
                && o.summary().contains("exceeds every bound the evaluator can hold"), o.summary());
    }

    @ParameterizedTest(name = "{0} -> {1} = {3}: {4}")
    @CsvSource(delimiter = '|', value = {
        // the original claim: its values stay in range, verified as before
        "(1 + delta/N)^(c N Log[N]/delta)/Exp[c Log[N]] | Infinity | 1 | 1 | AGREES",
        "(1 + c/N)^N | Infinity | 1 | Exp[c] | AGREES",
        // huge numerator and denominator that cancel: log|f| = c converges, its limit is only held in the log domain
        // from N = 10^6 on, so it is not compared, right or wrong
        "Exp[N^2 + c]/Exp[N^2] | Infinity | 1 | Exp[c] | INCONCLUSIVE",
        "Exp[N^2 + c]/Exp[N^2] | Infinity | 1 | 3 | INCONCLUSIVE",
        // shrinking beyond the range (log|f| -> -infinity): not a growth, not refuted
        "Exp[-c Exp[N]] | Infinity | 1 | 0 | INCONCLUSIVE",
        // growth of both signs cancelling in a sum: no exact log-domain rule, so no verdict from it
        "Exp[c Exp[N]] - Exp[c Exp[N] - 1/N] | Infinity | 1 | 0 | INCONCLUSIVE",
    })
    void limitsWithLargeValuesKeepTheirVerdicts(String f, String point, int side, String value, String expected) throws Exception {
        NumericOutcome o = check(f, point, side, value);
        assertEquals(NumericOutcome.Status.valueOf(expected), o.status(), o.summary());
        assertTrue(!o.summary().contains("log domain"), o.summary());
    }
}

package dev.proofscheck.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.ExprParser;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LimitApproachTest {
    private final LimitApproach approach = new LimitApproach(Deadline.none());

    @ParameterizedTest(name = "{0} as x -> {1} from side {2} = {3}")
    @CsvSource(delimiter = '|', value = {
        "Sin[x]/x | 0 | 1 | 1 | 30",
        "Sin[x]/x | 0 | -1 | 1 | 30",
        "(1 + x)^(1/x) | 0 | 1 | E | 30",
        "x Log[x] | 0 | 1 | 0 | 30",
        "Sqrt[x^2]/x | 0 | -1 | -1 | 30",
        "(Sqrt[1 + x] - 1)/x | 0 | 1 | 1/2 | 30",
        "Sqrt[x] | 0 | 1 | 0 | 15",
    })
    void convergesToTheKnownValue(String f, String point, int side, String value, int digits) throws Exception {
        LimitApproach.Result r = approach.approach(ExprParser.parse(f), "x", ExprParser.parse(point), side, Point.empty());
        assertEquals(LimitApproach.Kind.CONVERGED, r.kind(), r.trail());
        Estimate exact = new PrecisionLadder(Deadline.none()).estimate(ExprParser.parse(value), Point.empty());
        BigDecimal err = Numbers.abs(r.value().subtract(exact.value()));
        BigDecimal scale = Numbers.max(Numbers.abs(exact.value()), r.scale());
        assertTrue(Numbers.log10(err) <= Numbers.log10(scale) - digits, f + ": error " + Numbers.sci(err));
        assertTrue(err.compareTo(r.error()) <= 0, "error bound " + Numbers.sci(r.error()) + " below true error " + Numbers.sci(err));
    }

    @Test
    void towardsInfinity() throws Exception {
        LimitApproach.Result r = approach.approach(ExprParser.parse("x Sin[1/x]"), "x", null, 1, Point.empty());
        assertEquals(LimitApproach.Kind.CONVERGED, r.kind());
        assertTrue(Numbers.abs(r.value().subtract(ch.obermuhlner.math.big.BigComplex.ONE)).compareTo(new BigDecimal("1e-30")) < 0);
    }

    @Test
    void poleDiverges() throws Exception {
        LimitApproach.Result r = approach.approach(ExprParser.parse("1/x"), "x", Expr.num(0), 1, Point.empty());
        assertEquals(LimitApproach.Kind.DIVERGES, r.kind());
        assertTrue(r.value().re.signum() > 0);
    }

    @Test
    void oscillationDoesNotConverge() throws Exception {
        LimitApproach.Result r = approach.approach(ExprParser.parse("Sin[1/x]"), "x", Expr.num(0), 1, Point.empty());
        assertEquals(LimitApproach.Kind.NO_CONVERGENCE, r.kind(), r.trail());
    }

    /**
     * A logarithmic divergence (equal steps of 2 ln 10 / (delta eta) per decade squared) drifts: before, it was
     * "no convergence" and online-sgd's escape-time-n-log-n with eta and u swapped survived. Slow convergence
     * (steps shrinking by 5e-8 relative) and oscillation do not drift.
     */
    @ParameterizedTest(name = "{0} towards infinity: {1}")
    @CsvSource(delimiter = '|', value = {
        "(Log[u] + 3/8)/(687 (3/4))       | DRIFTS",
        "-Log[Log[u]] Log[u]              | DRIFTS",
        "u^(-1/10^8)                      | CONVERGED",
        "Sin[Log[u]] + 2                  | NO_CONVERGENCE",
        "1/Log[u]                         | CONVERGED",
    })
    void aLogarithmicDivergenceDrifts(String f, LimitApproach.Kind expected) throws Exception {
        LimitApproach.Result r = approach.approach(ExprParser.parse(f), "u", null, 1, Point.empty());
        assertEquals(expected, r.kind(), r.trail());
    }

    @Test
    void aLogarithmicDivergenceTowardsAFinitePointDrifts() throws Exception {
        LimitApproach.Result r = approach.approach(ExprParser.parse("Log[x]"), "x", Expr.num(0), 1, Point.empty());
        assertEquals(LimitApproach.Kind.DRIFTS, r.kind(), r.trail());
    }
}

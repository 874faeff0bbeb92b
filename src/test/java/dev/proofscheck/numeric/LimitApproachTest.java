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
}

package dev.proofscheck.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.proofscheck.expr.ExprParser;
import dev.proofscheck.expr.Rational;
import dev.proofscheck.model.Domain;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pointwise identity checks where cancellation is deeper than both working precisions. */
class PointwiseCheckTest {
    // 1 - p with p = e^h/(e^h + e^-h) is about e^(-2h) ~ 1e-101 at h = 116: at 50 and at 100 digits
    // both evaluations give 1 - p = 0, so the measured rounding error is 0 and agrees with nothing
    private static final Map<String, Domain> H = Map.of("h",
            new Domain.RealInterval(Rational.of(116), true, Rational.of(117), true));

    private static NumericOutcome check(String lhs, String rhs) throws Exception {
        return new PointwiseCheck(1, Deadline.in(30)).check(ExprParser.parse(lhs), ExprParser.parse(rhs), H);
    }

    @Test
    void aDisagreementThatVanishesAtHigherPrecisionIsNotARefutation() throws Exception {
        NumericOutcome o = check("1 - Exp[h]/(Exp[h] + Exp[-h])", "Exp[-h]/(Exp[h] + Exp[-h])");
        assertEquals(NumericOutcome.Status.AGREES, o.status(), o.summary());
        assertTrue(o.summary().contains("re-evaluated"), o.summary());
    }

    @Test
    void aDisagreementThatPersistsAtHigherPrecisionRefutesAndSaysSo() throws Exception {
        NumericOutcome o = check("1 - Exp[h]/(Exp[h] + Exp[-h])", "2 Exp[-h]/(Exp[h] + Exp[-h])");
        assertEquals(NumericOutcome.Status.REFUTED, o.status(), o.summary());
        assertTrue(o.summary().contains("confirmed at 200/400 digits"), o.summary());
    }
}

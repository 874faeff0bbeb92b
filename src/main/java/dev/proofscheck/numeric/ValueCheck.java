package dev.proofscheck.numeric;

import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.Rational;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import ch.obermuhlner.math.big.BigComplex;

/**
 * Checks that an expression equals a stated decimal to k significant digits: the gap must be at most
 * one unit in the k-th digit, so a correctly rounded or a truncated decimal both pass.
 */
public final class ValueCheck {
    private final Deadline deadline;

    public ValueCheck(Deadline deadline) {
        this.deadline = deadline;
    }

    public NumericOutcome check(Expr e, Rational stated, String statedText, int digits) {
        Estimate v;
        try {
            v = new PrecisionLadder(deadline).estimate(e, Point.empty());
        } catch (EvaluationException ex) {
            return NumericOutcome.inconclusive("the expression has no value: " + ex.getMessage());
        }
        BigComplex s = new Evaluator(v.precision(), deadline).rational(stated);
        BigDecimal sd = new BigDecimal(statedText);
        int exponent = sd.signum() == 0 ? 0 : sd.precision() - sd.scale() - 1;
        BigDecimal unit = Numbers.tenTo(exponent - digits + 1);
        BigDecimal diff = Numbers.abs(v.value().subtract(s));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("value", Numbers.show(v.value(), Math.max(digits + 5, 20)));
        details.put("stated", statedText);
        details.put("digits", digits);
        details.put("allowed_gap", Numbers.sci(unit));
        details.put("gap", Numbers.sci(diff));
        String shown = Numbers.show(v.value(), digits + 5);
        if (diff.compareTo(unit.add(v.error())) <= 0) {
            return new NumericOutcome(NumericOutcome.Status.AGREES, "value " + shown + " matches " + statedText + " to "
                    + digits + " significant digits (gap " + Numbers.sci(diff) + " <= " + Numbers.sci(unit) + ")", details);
        }
        if (diff.compareTo(unit.add(v.error().multiply(BigDecimal.valueOf(Tolerances.DISAGREEMENT_NOISE_FACTOR)))) > 0) {
            return new NumericOutcome(NumericOutcome.Status.REFUTED, "value " + shown + " differs from the stated "
                    + statedText + " by " + Numbers.sci(diff) + " > one unit in digit " + digits + " (" + Numbers.sci(unit) + ")", details);
        }
        return new NumericOutcome(NumericOutcome.Status.INCONCLUSIVE, "rounding error too large to decide", details);
    }
}

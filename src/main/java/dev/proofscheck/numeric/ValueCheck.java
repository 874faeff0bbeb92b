package dev.proofscheck.numeric;

import dev.proofscheck.expr.Expr;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks that an expression equals a stated decimal to k significant digits: the stated number must be
 * the value rounded or truncated to k digits (the two ways decimals get written in notes).
 */
public final class ValueCheck {
    private final Deadline deadline;

    public ValueCheck(Deadline deadline) {
        this.deadline = deadline;
    }

    public NumericOutcome check(Expr e, String statedText, int digits) {
        Estimate v;
        try {
            v = new PrecisionLadder(deadline).estimate(e, Point.empty());
        } catch (EvaluationException ex) {
            return NumericOutcome.noValue("the expression has no value: " + ex.getMessage(), Point.empty(), ex);
        }
        return compare(v, statedText, digits);
    }

    /** Whether an estimated value rounds or truncates to the stated decimal at {@code digits} significant digits. */
    public static NumericOutcome compare(Estimate v, String statedText, int digits) {
        BigDecimal stated = new BigDecimal(statedText);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("value", Numbers.show(v.value(), Math.max(digits + 5, 20)));
        details.put("stated", statedText);
        details.put("digits", digits);
        String shown = Numbers.show(v.value(), digits + 5);
        if (!v.value().isReal() && Numbers.log10(v.value().im.abs()) > Numbers.log10(Numbers.abs(v.value())) - digits - 2) {
            return new NumericOutcome(NumericOutcome.Status.REFUTED, "value " + shown + " is not real; stated " + statedText, details);
        }
        BigDecimal x = v.value().re;
        if (v.error().signum() != 0 && Numbers.log10(v.error()) > Numbers.log10(x.abs()) - digits - 3) {
            return new NumericOutcome(NumericOutcome.Status.INCONCLUSIVE, "rounding error " + Numbers.sci(v.error())
                    + " too large to fix " + digits + " digits", details);
        }
        BigDecimal rounded = x.round(new MathContext(digits, RoundingMode.HALF_UP));
        BigDecimal truncated = x.round(new MathContext(digits, RoundingMode.DOWN));
        details.put("rounded", rounded.toString());
        details.put("truncated", truncated.toString());
        if (stated.compareTo(rounded) == 0 || stated.compareTo(truncated) == 0) {
            return new NumericOutcome(NumericOutcome.Status.AGREES, "value " + shown + " " + (stated.compareTo(rounded) == 0
                    ? "rounds" : "truncates") + " to the stated " + statedText + " at " + digits + " significant digits", details);
        }
        return new NumericOutcome(NumericOutcome.Status.REFUTED, "value " + shown + " is " + rounded + " rounded ("
                + truncated + " truncated) to " + digits + " significant digits, not the stated " + statedText, details);
    }
}

package dev.proofscheck.numeric;

import dev.proofscheck.model.Relation;
import java.math.BigDecimal;

/**
 * Decides a relation {@code lhs op rhs} between two estimated values. Equalities are compared like
 * {@link PointwiseCheck} does ({@link Comparison}). Inequalities compare real parts: satisfied when
 * the gap has the right sign beyond the rounding errors plus 10^-digits relative; violated when it has
 * the wrong sign clearly beyond them; equal within rounding error counts as satisfying a non-strict
 * inequality only (a strict one is then undecided, never confirmed). An inequality between values that
 * are clearly not real is violated: an ordering claim about them is false as stated.
 */
public final class RelationCheck {
    private RelationCheck() {}

    /** The three outcomes at one point. */
    public enum Outcome { HOLDS, VIOLATED, UNDECIDED }

    /**
     * The decision at one point.
     *
     * @param equalWithinRounding both sides agree only within their rounding errors (for an inequality: the
     *                            non-strict inequality was accepted on equality)
     * @param gap |lhs - rhs| for equalities; the signed margin (positive when satisfied) for inequalities
     * @param tolerance the rounding errors plus the relative tolerance
     * @param why a reason for VIOLATED/UNDECIDED, or null
     */
    public record Decision(Outcome outcome, boolean equalWithinRounding, BigDecimal gap, BigDecimal tolerance, String why) {}

    public static Decision decide(Estimate l, Relation.Operator op, Estimate r, int digits) {
        if (op.isEquality()) {
            Comparison c = Comparison.of(l, r, digits);
            return switch (c.result()) {
                case EQUAL -> new Decision(Outcome.HOLDS, c.withinRoundingOnly(), c.difference(), c.tolerance(), null);
                case DIFFERENT -> new Decision(Outcome.VIOLATED, false, c.difference(), c.tolerance(), "|lhs - rhs| = "
                        + Numbers.sci(c.difference()) + " > tol = " + Numbers.sci(c.tolerance()));
                default -> new Decision(Outcome.UNDECIDED, false, c.difference(), c.tolerance(),
                        "difference within 10x the rounding error");
            };
        }
        String notReal = notReal("lhs", l, digits);
        if (notReal == null) {
            notReal = notReal("rhs", r, digits);
        }
        BigDecimal scale = Numbers.max(l.magnitude(), r.magnitude());
        BigDecimal relTol = scale.multiply(Numbers.tenTo(-digits));
        BigDecimal noise = l.error().add(r.error());
        BigDecimal tol = relTol.add(noise);
        boolean lessWanted = op == Relation.Operator.LESS || op == Relation.Operator.LESS_EQUAL;
        BigDecimal gap = lessWanted ? r.value().re.subtract(l.value().re) : l.value().re.subtract(r.value().re);
        if (notReal != null) {
            return notReal.startsWith("!") ? new Decision(Outcome.UNDECIDED, false, gap, tol, notReal.substring(1))
                    : new Decision(Outcome.VIOLATED, false, gap, tol, notReal);
        }
        if (gap.compareTo(tol) > 0) {
            return new Decision(Outcome.HOLDS, false, gap, tol, null);
        }
        if (gap.abs().compareTo(tol) <= 0) {
            return op.strict()
                    ? new Decision(Outcome.UNDECIDED, true, gap, tol, "both sides equal within rounding error "
                            + Numbers.sci(tol) + ": the strict inequality cannot be confirmed")
                    : new Decision(Outcome.HOLDS, true, gap, tol, null);
        }
        BigDecimal clear = relTol.add(noise.multiply(BigDecimal.valueOf(Tolerances.DISAGREEMENT_NOISE_FACTOR)));
        if (gap.negate().compareTo(clear) > 0) {
            return new Decision(Outcome.VIOLATED, false, gap, tol, "violated by " + Numbers.sci(gap.negate())
                    + " > tol = " + Numbers.sci(tol));
        }
        return new Decision(Outcome.UNDECIDED, false, gap, tol, "violation within 10x the rounding error");
    }

    /** Null when real; a reason when clearly not real; a reason prefixed by '!' when undecidable. */
    private static String notReal(String side, Estimate e, int digits) {
        BigDecimal im = e.value().im.abs();
        if (im.signum() == 0) {
            return null;
        }
        BigDecimal allowed = e.magnitude().multiply(Numbers.tenTo(-digits)).add(e.error());
        if (im.compareTo(allowed) <= 0) {
            return null;
        }
        BigDecimal clear = e.magnitude().multiply(Numbers.tenTo(-digits))
                .add(e.error().multiply(BigDecimal.valueOf(Tolerances.DISAGREEMENT_NOISE_FACTOR)));
        if (im.compareTo(clear) > 0) {
            return side + " = " + Numbers.show(e.value(), 16) + " is not real: an inequality between non-real values is false as stated";
        }
        return "!" + side + " has an imaginary part within 10x its rounding error";
    }
}

package dev.proofscheck.numeric;

import dev.proofscheck.expr.Expr;
import dev.proofscheck.model.Domain;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks {@code lhs == rhs} at sampled points of the domain, each side evaluated independently with
 * measured rounding error. One clear disagreement refutes; otherwise enough agreeing points verify.
 */
public final class PointwiseCheck {
    private final Deadline deadline;
    private final long seed;

    public PointwiseCheck(long seed, Deadline deadline) {
        this.seed = seed;
        this.deadline = deadline;
    }

    public NumericOutcome check(Expr lhs, Expr rhs, Map<String, Domain> domains) {
        PrecisionLadder ladder = new PrecisionLadder(deadline);
        List<Point> candidates = new Sampler(seed).points(domains, domains.isEmpty() ? 1 : Tolerances.MAX_CANDIDATE_POINTS);
        int wanted = domains.isEmpty() ? 1 : Tolerances.SAMPLE_POINTS;
        int agreeing = 0;
        int raised = 0;
        double minDigits = Double.POSITIVE_INFINITY;
        int roundingOnly = 0;
        java.math.BigDecimal largestGap = java.math.BigDecimal.ZERO;
        int highestPrecision = 0;
        List<String> skipped = new ArrayList<>();
        List<String> undecided = new ArrayList<>();
        List<String> vanished = new ArrayList<>();
        BranchCutTally cuts = new BranchCutTally();
        int evaluated = 0;
        NoValueTally none = new NoValueTally();
        for (Point p : candidates) {
            if (agreeing >= wanted) {
                break;
            }
            none.tried();
            Estimate l;
            Estimate r;
            try {
                l = ladder.estimate(lhs, p);
            } catch (EvaluationException e) {
                skipped.add(p + " (lhs: " + e.getMessage() + ")");
                none.noValue(p + " (lhs)", e);
                continue;
            }
            try {
                r = ladder.estimate(rhs, p);
            } catch (EvaluationException e) {
                skipped.add(p + " (rhs: " + e.getMessage() + ")");
                none.noValue(p + " (rhs)", e);
                continue;
            }
            if (l.raised() || r.raised()) {
                raised++;
            }
            evaluated++;
            cuts.add(p, l, r);
            Comparison c = Comparison.of(l, r, Tolerances.REQUIRED_DIGITS);
            if (c.result() == Comparison.Result.DIFFERENT) {
                // both precisions can round a deep cancellation the same way (error 0): look again higher up
                PrecisionLadder higher = ladder.raisedBy(Tolerances.PRECISION_RAISE_FACTOR);
                try {
                    Estimate l2 = higher.estimate(lhs, p);
                    Estimate r2 = higher.estimate(rhs, p);
                    Comparison c2 = Comparison.of(l2, r2, Tolerances.REQUIRED_DIGITS);
                    if (c2.result() == Comparison.Result.DIFFERENT) {
                        return refuted(p, l2, r2, c2, agreeing, higher.basePrecision() + "/" + 2 * higher.basePrecision() + " digits");
                    }
                    if (c2.result() == Comparison.Result.EQUAL) {
                        vanished.add(p.toString());
                    }
                    l = l2;
                    r = r2;
                    c = c2;
                } catch (EvaluationException e) {
                    return refuted(p, l, r, c, agreeing, "not re-confirmed at higher precision (" + e.getMessage() + ")");
                }
            }
            switch (c.result()) {
                case DIFFERENT:
                    throw new IllegalStateException("unreachable: a confirmed disagreement returned above");
                case UNDECIDED:
                    undecided.add(p.toString());
                    break;
                default:
                    agreeing++;
                    if (c.withinRoundingOnly()) {
                        roundingOnly++;
                        largestGap = Numbers.max(largestGap, c.tolerance());
                        highestPrecision = Math.max(highestPrecision, Math.max(l.precision(), r.precision()));
                    } else {
                        minDigits = Math.min(minDigits, c.agreedDigits());
                    }
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("points", agreeing);
        details.put("working_precision_digits", ladder.basePrecision());
        details.put("required_digits", Tolerances.REQUIRED_DIGITS);
        details.put("min_agreed_digits", Double.isInfinite(minDigits) ? "all" : String.valueOf((int) Math.floor(minDigits)));
        if (roundingOnly > 0) {
            details.put("points_equal_within_rounding_error", roundingOnly);
            details.put("largest_rounding_bound", Numbers.sci(largestGap));
        }
        if (raised > 0) {
            details.put("precision_raised_at_points", raised);
        }
        PointDetails.putCounted(details, "skipped", skipped);
        PointDetails.putCounted(details, "undecided", undecided);
        PointDetails.putCounted(details, "disagreement_vanished_at_higher_precision", vanished);
        cuts.putDetails(details);
        if (agreeing < wanted) {
            String why = "only " + agreeing + " of " + wanted + " points decided"
                    + (skipped.isEmpty() ? "" : "; " + skipped.size() + " points had no value, e.g. " + skipped.get(0))
                    + (undecided.isEmpty() ? "" : "; " + undecided.size() + " points undecided at the highest precision")
                    + cuts.summary(evaluated);
            return new NumericOutcome(NumericOutcome.Status.INCONCLUSIVE, why, details, none.fact());
        }
        String digits;
        if (roundingOnly == agreeing) {
            digits = "within rounding error (|lhs - rhs| <= " + Numbers.sci(largestGap) + ", up to " + highestPrecision + "-digit arithmetic)";
        } else {
            digits = (Double.isInfinite(minDigits) ? "exactly at working precision"
                    : "to >= " + Math.min((int) Math.floor(minDigits), 2 * Tolerances.BASE_PRECISION) + " digits")
                    + (roundingOnly > 0 ? " (" + roundingOnly + " points within rounding error <= " + Numbers.sci(largestGap) + ")" : "");
        }
        String summary = (domains.isEmpty() ? "1 evaluation" : agreeing + " points") + ", both sides agree " + digits
                + " (required " + Tolerances.REQUIRED_DIGITS + ", working precision " + ladder.basePrecision() + "/" + 2 * ladder.basePrecision() + " digits"
                + (raised > 0 ? ", raised at " + raised + " points for cancellation" : "") + ")"
                + (vanished.isEmpty() ? "" : "; at " + vanished.size() + " points an apparent disagreement was re-evaluated at "
                        + Tolerances.PRECISION_RAISE_FACTOR + "x the precision and vanished (cancellation), e.g. " + vanished.get(0))
                + (skipped.isEmpty() ? "" : "; " + skipped.size() + " singular points skipped")
                + cuts.summary(evaluated);
        return new NumericOutcome(NumericOutcome.Status.AGREES, summary, details);
    }

    private static NumericOutcome refuted(Point p, Estimate l, Estimate r, Comparison c, int agreeingBefore, String confirmation) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("point", p.toString());
        details.put("lhs", Numbers.show(l.value(), 20));
        details.put("rhs", Numbers.show(r.value(), 20));
        details.put("difference", Numbers.sci(c.difference()));
        details.put("tolerance", Numbers.sci(c.tolerance()));
        details.put("points_agreeing_before", agreeingBefore);
        details.put("confirmation", confirmation);
        BranchCutTally here = new BranchCutTally();
        here.add(p, l, r);
        here.putDetails(details);
        String summary = "at " + p + ": lhs = " + Numbers.show(l.value(), 16) + ", rhs = " + Numbers.show(r.value(), 16)
                + ", |lhs - rhs| = " + Numbers.sci(c.difference()) + " > tol = " + Numbers.sci(c.tolerance()) + BranchCutTally.at(l, r)
                + (confirmation.startsWith("not") ? "; " + confirmation : " (confirmed at " + confirmation + ")");
        return new NumericOutcome(NumericOutcome.Status.REFUTED, summary, details);
    }
}

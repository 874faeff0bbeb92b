package dev.proofscheck.numeric;

import dev.proofscheck.expr.ExprPrinter;
import dev.proofscheck.model.Domain;
import dev.proofscheck.model.Relation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks an inequality {@code lhs op rhs} at {@link SolverTolerances#INEQUALITY_POINTS} sampled points of
 * the domain (the points near its ends included), each side evaluated with measured rounding error. One clear violation refutes; equality
 * within rounding error satisfies a non-strict inequality only (for a strict one the point is undecided,
 * unless an {@link ExactWitness} shows the sides exactly equal there: then the strict inequality fails).
 */
public final class InequalityCheck {
    private final long seed;
    private final Deadline deadline;

    public InequalityCheck(long seed, Deadline deadline) {
        this.seed = seed;
        this.deadline = deadline;
    }

    public NumericOutcome check(Relation holds, Map<String, Domain> domains) {
        return check(holds, domains, ExactWitness.NONE);
    }

    /** As above; where a strict inequality's sides agree within rounding, {@code exact} may show them exactly equal. */
    public NumericOutcome check(Relation holds, Map<String, Domain> domains, ExactWitness exact) {
        PrecisionLadder ladder = new PrecisionLadder(deadline);
        int wanted = domains.isEmpty() ? 1 : SolverTolerances.INEQUALITY_POINTS;
        List<Point> candidates = new Sampler(seed).points(domains, domains.isEmpty() ? 1 : 3 * SolverTolerances.INEQUALITY_POINTS);
        int holding = 0;
        int equalWithinRounding = 0;
        java.math.BigDecimal smallestMargin = null;
        String tightest = null;
        List<String> skipped = new ArrayList<>();
        List<String> undecided = new ArrayList<>();
        BranchCutTally cuts = new BranchCutTally();
        int evaluated = 0;
        for (Point p : candidates) {
            if (holding >= wanted) {
                break;
            }
            Estimate l;
            Estimate r;
            try {
                l = ladder.estimate(holds.lhs(), p);
                r = ladder.estimate(holds.rhs(), p);
            } catch (EvaluationException e) {
                skipped.add(p + " (" + e.getMessage() + ")");
                continue;
            }
            evaluated++;
            cuts.add(p, l, r);
            RelationCheck.Decision d = RelationCheck.decide(l, holds.op(), r, Tolerances.REQUIRED_DIGITS);
            switch (d.outcome()) {
                case VIOLATED: {
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("point", p.toString());
                    details.put("lhs", Numbers.show(l.value(), 20));
                    details.put("rhs", Numbers.show(r.value(), 20));
                    details.put("tolerance", Numbers.sci(d.tolerance()));
                    details.put("points_holding_before", holding);
                    return new NumericOutcome(NumericOutcome.Status.REFUTED, "at " + p + ": lhs = " + Numbers.show(l.value(), 16)
                            + ", rhs = " + Numbers.show(r.value(), 16) + ", so " + show(holds) + " fails (" + d.why() + ")"
                            + BranchCutTally.at(l, r), details);
                }
                case UNDECIDED: {
                    String proof = d.equalWithinRounding() ? exact.sidesEqual(p) : null;
                    if (proof != null) {
                        return equalSides(holds, p, l, r, d, proof, holding);
                    }
                    undecided.add(p + ": " + d.why());
                    break;
                }
                default:
                    holding++;
                    if (d.equalWithinRounding()) {
                        equalWithinRounding++;
                    } else if (smallestMargin == null || d.gap().compareTo(smallestMargin) < 0) {
                        smallestMargin = d.gap();
                        tightest = p.toString();
                    }
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("points", holding);
        details.put("working_precision_digits", ladder.basePrecision());
        if (smallestMargin != null) {
            details.put("smallest_margin", Numbers.sci(smallestMargin));
            details.put("smallest_margin_at", tightest);
        }
        if (equalWithinRounding > 0) {
            details.put("points_equal_within_rounding_error", equalWithinRounding);
        }
        PointDetails.putCounted(details, "undecided", undecided);
        PointDetails.putCounted(details, "skipped", skipped);
        cuts.putDetails(details);
        if (holding < wanted) {
            return new NumericOutcome(NumericOutcome.Status.INCONCLUSIVE, "only " + holding + " of " + wanted + " points decided"
                    + (undecided.isEmpty() ? "" : "; " + undecided.size() + " undecided, e.g. " + undecided.get(0))
                    + (skipped.isEmpty() ? "" : "; " + skipped.size() + " without a value, e.g. " + skipped.get(0)), details);
        }
        String summary = (domains.isEmpty() ? "1 evaluation" : holding + " points (ends included)") + ": " + show(holds)
                + " holds" + (smallestMargin == null ? "" : ", smallest margin " + Numbers.sci(smallestMargin) + " at " + tightest)
                + (equalWithinRounding > 0 ? "; " + equalWithinRounding + " points with both sides equal within rounding error"
                        + " (accepted for the non-strict inequality only)" : "")
                + (undecided.isEmpty() ? "" : "; " + undecided.size() + " undecided")
                + (skipped.isEmpty() ? "" : "; " + skipped.size() + " singular points skipped")
                + cuts.summary(evaluated);
        return new NumericOutcome(NumericOutcome.Status.AGREES, summary, details);
    }

    /** The refutation of a strict inequality whose sides agree to working precision and are proved exactly equal. */
    private static NumericOutcome equalSides(Relation holds, Point p, Estimate l, Estimate r, RelationCheck.Decision d,
            String proof, int holdingBefore) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("point", p.toString());
        details.put("lhs", Numbers.show(l.value(), 20));
        details.put("rhs", Numbers.show(r.value(), 20));
        details.put("tolerance", Numbers.sci(d.tolerance()));
        details.put("exact_equality", proof);
        details.put("points_holding_before", holdingBefore);
        return new NumericOutcome(NumericOutcome.Status.REFUTED, "at " + p + ": lhs = " + Numbers.show(l.value(), 16)
                + ", rhs = " + Numbers.show(r.value(), 16) + " (equal within rounding error " + Numbers.sci(d.tolerance())
                + "), and " + proof + ": the sides are equal, so the strict " + show(holds) + " fails", details);
    }

    static String show(Relation r) {
        return ExprPrinter.print(r.lhs()) + " " + r.op().symbol() + " " + ExprPrinter.print(r.rhs());
    }
}

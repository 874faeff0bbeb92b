package dev.proofscheck.numeric;

import dev.proofscheck.expr.ExprPrinter;
import dev.proofscheck.model.Domain;
import dev.proofscheck.model.Relation;
import java.math.BigDecimal;
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
        List<MarginSearch.Scored> scored = new ArrayList<>();
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
                case VIOLATED:
                    return violated(holds, p, l, r, d, holding, "");
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
                    scored.add(new MarginSearch.Scored(p, relative(holds, d, l, r)));
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
        MarginSearch.Result searched = new MarginSearch(seed, domains, SolverTolerances.INEQUALITY_SEARCH)
                .search(scored, q -> marginAt(ladder, holds, q));
        if (searched.violation() != null) {
            NumericOutcome found = decideFound(ladder, holds, searched, holding);
            if (found != null) {
                return found;
            }
        }
        details.put("searched_points", searched.evaluated());
        String summary = (domains.isEmpty() ? "1 evaluation" : holding + " points (ends included)") + ": " + show(holds)
                + " holds" + (smallestMargin == null ? "" : ", smallest margin " + Numbers.sci(smallestMargin) + " at " + tightest)
                + (equalWithinRounding > 0 ? "; " + equalWithinRounding + " points with both sides equal within rounding error"
                        + " (accepted for the non-strict inequality only)" : "")
                + (undecided.isEmpty() ? "" : "; " + undecided.size() + " undecided")
                + (skipped.isEmpty() ? "" : "; " + skipped.size() + " singular points skipped")
                + cuts.summary(evaluated)
                + (searched.evaluated() == 0 ? "" : "; " + searched.describe());
        return new NumericOutcome(NumericOutcome.Status.AGREES, summary, details);
    }

    /** The details of a refutation at one point: the point, both sides, the tolerance. */
    private static Map<String, Object> pointDetails(Point p, Estimate l, Estimate r, RelationCheck.Decision d, int holdingBefore) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("point", p.toString());
        details.put("lhs", Numbers.show(l.value(), 20));
        details.put("rhs", Numbers.show(r.value(), 20));
        details.put("tolerance", Numbers.sci(d.tolerance()));
        details.put("points_holding_before", holdingBefore);
        return details;
    }

    /** The refutation at a point where the inequality is clearly violated. */
    private static NumericOutcome violated(Relation holds, Point p, Estimate l, Estimate r, RelationCheck.Decision d, int holdingBefore,
            String how) {
        Map<String, Object> details = pointDetails(p, l, r, d, holdingBefore);
        if (!how.isEmpty()) {
            details.put("found_by", how);
        }
        return new NumericOutcome(NumericOutcome.Status.REFUTED, "at " + p + ": lhs = " + Numbers.show(l.value(), 16)
                + ", rhs = " + Numbers.show(r.value(), 16) + ", so " + show(holds) + " fails (" + d.why() + ")"
                + BranchCutTally.at(l, r) + how, details);
    }

    /** The margin search's violation, decided again by the same rule (null if it does not hold up). */
    private static NumericOutcome decideFound(PrecisionLadder ladder, Relation holds, MarginSearch.Result searched, int holding) {
        Point p = searched.violation();
        try {
            Estimate l = ladder.estimate(holds.lhs(), p);
            Estimate r = ladder.estimate(holds.rhs(), p);
            RelationCheck.Decision d = RelationCheck.decide(l, holds.op(), r, Tolerances.REQUIRED_DIGITS);
            return d.outcome() == RelationCheck.Outcome.VIOLATED ? violated(holds, p, l, r, d, holding,
                    " (found by the margin search after " + holding + " sampled points held: " + searched.evaluated() + " more points searched)") : null;
        } catch (EvaluationException | Deadline.TimeLimitExceeded e) {
            return null;
        }
    }

    /** The relative margin at a point for the margin search: negative only where the inequality is clearly violated. */
    private static Double marginAt(PrecisionLadder ladder, Relation holds, Point p) {
        try {
            Estimate l = ladder.estimate(holds.lhs(), p);
            Estimate r = ladder.estimate(holds.rhs(), p);
            RelationCheck.Decision d = RelationCheck.decide(l, holds.op(), r, Tolerances.REQUIRED_DIGITS);
            return switch (d.outcome()) {
                case VIOLATED -> -1.0;
                case UNDECIDED -> null;
                default -> relative(holds, d, l, r);
            };
        } catch (EvaluationException e) {
            return null;
        }
    }

    /**
     * The satisfied margin relative to the sides' size (0 for equality within rounding); for a relation
     * against a literal 0 (e.g. {@code dR > 0}) there is no scale, and the gap itself is the margin.
     */
    static double relative(Relation holds, RelationCheck.Decision d, Estimate l, Estimate r) {
        if (d.equalWithinRounding()) {
            return 0;
        }
        if (isZero(holds.lhs()) || isZero(holds.rhs())) {
            return d.gap().doubleValue();
        }
        BigDecimal scale = l.magnitude().add(r.magnitude()).add(d.tolerance());
        return scale.signum() == 0 ? 0 : d.gap().divide(scale, java.math.MathContext.DECIMAL64).doubleValue();
    }

    private static boolean isZero(dev.proofscheck.expr.Expr e) {
        return e instanceof dev.proofscheck.expr.Expr.Num n && n.value().signum() == 0;
    }

    /** The refutation of a strict inequality whose sides agree to working precision and are proved exactly equal. */
    private static NumericOutcome equalSides(Relation holds, Point p, Estimate l, Estimate r, RelationCheck.Decision d,
            String proof, int holdingBefore) {
        Map<String, Object> details = pointDetails(p, l, r, d, holdingBefore);
        details.put("exact_equality", proof);
        return new NumericOutcome(NumericOutcome.Status.REFUTED, "at " + p + ": lhs = " + Numbers.show(l.value(), 16)
                + ", rhs = " + Numbers.show(r.value(), 16) + " (equal within rounding error " + Numbers.sci(d.tolerance())
                + "), and " + proof + ": the sides are equal, so the strict " + show(holds) + " fails", details);
    }

    static String show(Relation r) {
        return ExprPrinter.print(r.lhs()) + " " + r.op().symbol() + " " + ExprPrinter.print(r.rhs());
    }
}

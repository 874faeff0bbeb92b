package dev.proofscheck.numeric;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.Rational;
import dev.proofscheck.model.ClaimBody;
import dev.proofscheck.model.Domain;
import dev.proofscheck.model.Relation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a fixed-point claim: at every sampled parameter point, solves the system by Newton's method
 * from each start (at 50 and 100 digits, more when cancellation asks for it), keeps the roots on the
 * branch, and checks the relation at the solution, with the rounding error measured between the two
 * precisions (which also covers the solver's own error). Starts are tried in order and the first root
 * on the branch is the solution; with {@code unique}, every start is tried and two distinct roots on the
 * branch refute the claim. A point where no start reaches a root on the branch is refuted by a proof that
 * it has none ({@link RootExclusion}); when that proof fails, Newton starts from the boxes it left
 * unexcluded, and a root found so stands in for the starts' (named as such); otherwise the point is
 * undecided and counted.
 */
public final class FixedPointCheck {
    private final long seed;
    private final Deadline deadline;
    /** Points at which a proof of "no root on the branch" is attempted, per claim. */
    private static final int MAX_EXCLUSION_ATTEMPTS = 3;
    private int exclusionAttempts;

    public FixedPointCheck(long seed, Deadline deadline) {
        this.seed = seed;
        this.deadline = deadline;
    }

    /** {@code claim}'s expressions must already have the definitions expanded. */
    public NumericOutcome check(ClaimBody.FixedPoint claim, Map<String, Domain> domains) {
        exclusionAttempts = 0;
        FixedPointSolver solver = FixedPointSolver.of(claim.unknowns(), claim.equations());
        PrecisionLadder ladder = new PrecisionLadder(deadline);
        List<Point> candidates = new Sampler(seed).points(domains, domains.isEmpty() ? 1 : Tolerances.MAX_CANDIDATE_POINTS);
        int wanted = domains.isEmpty() ? 1 : Tolerances.SAMPLE_POINTS;
        int decided = 0;
        int withinRounding = 0;
        int raised = 0;
        int fromBoxes = 0;
        List<String> undecided = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        BranchCutTally cuts = new BranchCutTally();
        int evaluated = 0;
        List<MarginSearch.Scored> sampled = new ArrayList<>();
        for (Point p : candidates) {
            if (decided >= wanted) {
                break;
            }
            AtPoint a = at(claim, solver, ladder, p, decided);
            if (a.refutation() != null) {
                return a.refutation();
            }
            if (a.undecided() != null || a.skipped() != null) {
                (a.undecided() != null ? undecided : skipped).add(a.undecided() != null ? a.undecided() : a.skipped());
                continue;
            }
            if (a.l().raised() || a.r().raised()) {
                raised++;
            }
            evaluated++;
            cuts.add(p, a.l(), a.r());
            RelationCheck.Decision d = a.d();
            if (d.outcome() == RelationCheck.Outcome.UNDECIDED) {
                undecided.add(p + ": " + d.why());
                continue;
            }
            decided++;
            fromBoxes += a.fromBox() ? 1 : 0;
            if (!claim.holds().op().isEquality()) {
                sampled.add(new MarginSearch.Scored(p, InequalityCheck.relative(claim.holds(), d, a.l(), a.r())));
            }
            if (d.equalWithinRounding()) {
                withinRounding++;
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("points", decided);
        details.put("starts", claim.starts().size());
        details.put("working_precision_digits", ladder.basePrecision());
        details.put("required_digits", Tolerances.REQUIRED_DIGITS);
        if (withinRounding > 0) {
            details.put("points_equal_within_rounding_error", withinRounding);
        }
        if (raised > 0) {
            details.put("precision_raised_at_points", raised);
        }
        if (fromBoxes > 0) {
            details.put("points_solved_from_unexcluded_boxes", fromBoxes);
        }
        PointDetails.putCounted(details, "undecided", undecided);
        PointDetails.putCounted(details, "skipped", skipped);
        cuts.putDetails(details);
        if (undecided.size() > SolverTolerances.MAX_UNDECIDED_POINTS || decided < wanted) {
            String why = (decided < wanted ? "only " + decided + " of " + wanted + " points decided" : decided + " points decided")
                    + (undecided.isEmpty() ? "" : "; " + undecided.size() + " points undecided (at most "
                            + SolverTolerances.MAX_UNDECIDED_POINTS + " allowed), e.g. " + undecided.get(0))
                    + (skipped.isEmpty() ? "" : "; " + skipped.size() + " points without a value, e.g. " + skipped.get(0));
            return new NumericOutcome(NumericOutcome.Status.INCONCLUSIVE, why, details);
        }
        FixedPointMarginSearch.Found found = sampled.isEmpty() ? null : search(claim, solver, ladder, domains, sampled);
        if (found != null && found.refutation() != null) {
            return found.refutation();
        }
        if (found != null) {
            details.put("searched_points", found.searched().evaluated());
        }
        String how = claim.holds().op().isEquality() ? "both sides agree to " + Tolerances.REQUIRED_DIGITS + "+ digits"
                : "the inequality holds beyond the rounding error";
        String summary = (domains.isEmpty() ? "1 evaluation" : decided + " points") + ": system solved by Newton ("
                + claim.starts().size() + (claim.starts().size() == 1 ? " start" : " starts")
                + (claim.branch().isEmpty() ? "" : ", branch " + String.join(" and ", claim.branch().stream().map(FixedPointCheck::show).toList()))
                + ") at " + ladder.basePrecision() + "/"
                + 2 * ladder.basePrecision() + " digits, and at the solution " + show(claim.holds()) + ": " + how
                + (withinRounding > 0 ? " (" + withinRounding + " points equal within rounding error"
                        + (claim.holds().op().isEquality() ? "" : ", which satisfies a non-strict inequality only") + ")" : "")
                + (raised > 0 ? "; precision raised at " + raised + " points" : "")
                + (fromBoxes > 0 ? "; at " + fromBoxes + " points no start reached the branch and the root was found by Newton from the centre of a box"
                        + " a failed proof of no root left unexcluded" : "")
                + (undecided.isEmpty() ? "" : "; " + undecided.size() + " points undecided, e.g. " + undecided.get(0))
                + (skipped.isEmpty() ? "" : "; " + skipped.size() + " points skipped")
                + cuts.summary(evaluated)
                + (found == null || found.searched().evaluated() == 0 ? "" : "; " + found.searched().describe());
        return new NumericOutcome(NumericOutcome.Status.AGREES, summary, details);
    }

    /**
     * The margin search after the sample held an inequality: points screened at low precision from the
     * first root on the branch, a screened violation decided by {@link #at} as a sampled point is.
     */
    private FixedPointMarginSearch.Found search(ClaimBody.FixedPoint claim, FixedPointSolver solver, PrecisionLadder ladder,
            Map<String, Domain> domains, List<MarginSearch.Scored> sampled) {
        ClaimBody.FixedPoint firstRoot = new ClaimBody.FixedPoint(claim.unknowns(), claim.starts(), claim.equations(), claim.branch(),
                false, claim.derivatives(), claim.holds());
        PrecisionLadder screening = FixedPointMarginSearch.screeningLadder(deadline);
        return FixedPointMarginSearch.search(seed, domains, sampled,
                q -> judged(claim, at(firstRoot, solver, screening, q, sampled.size())),
                q -> judged(claim, at(claim, solver, ladder, q, sampled.size())));
    }

    private static FixedPointMarginSearch.Judged judged(ClaimBody.FixedPoint claim, AtPoint a) {
        return new FixedPointMarginSearch.Judged(a.refutation(), a.d() == null || a.d().outcome() == RelationCheck.Outcome.UNDECIDED
                ? null : InequalityCheck.relative(claim.holds(), a.d(), a.l(), a.r()));
    }

    /**
     * What one parameter point gives: a refutation (two roots on the branch of a unique claim, or the
     * relation clearly violated at the solution), or why it is undecided or skipped, or the relation's
     * two sides at the solution and their decision.
     */
    private record AtPoint(NumericOutcome refutation, String undecided, String skipped, Estimate l, Estimate r, RelationCheck.Decision d,
            boolean fromBox) {
        AtPoint(NumericOutcome refutation, String undecided, String skipped, Estimate l, Estimate r, RelationCheck.Decision d) {
            this(refutation, undecided, skipped, l, r, d, false);
        }
    }

    /** The root reached from one start when it lies on the branch, or why not. */
    private record Reached(Solution root, String failure) {}

    private Reached reach(ClaimBody.FixedPoint claim, FixedPointSolver solver, PrecisionLadder ladder, Point p, List<Expr> start) {
        Solution s = new Solution(solver, claim, p, start, deadline);
        try {
            s.solutionAt(ladder.basePrecision());
            String off = offBranch(ladder, claim.branch(), s);
            return off == null ? new Reached(s, null) : new Reached(null, off);
        } catch (EvaluationException | SolveFailure e) {
            return new Reached(null, "from start " + startText(start) + ": " + e.getMessage());
        }
    }

    private AtPoint at(ClaimBody.FixedPoint claim, FixedPointSolver solver, PrecisionLadder ladder, Point p, int decidedBefore) {
        List<Solution> roots = new ArrayList<>();
        String failure = null;
        for (List<Expr> start : claim.starts()) {
            if (!claim.unique() && !roots.isEmpty()) {
                break; // starts are in order of preference: the first root on the branch is the solution
            }
            Reached reached = reach(claim, solver, ladder, p, start);
            if (reached.root() == null) {
                failure = reached.failure();
            } else if (roots.stream().noneMatch(r -> r.sameRoot(reached.root()))) {
                roots.add(reached.root());
            }
        }
        if (roots.isEmpty()) {
            // a proof that fails at the first few points is not tried at the other (up to 60) ones: each
            // attempt may take up to the box budget
            RootExclusion exclusion = exclusionAttempts++ < MAX_EXCLUSION_ATTEMPTS ? exclusion(claim, ladder, p) : null;
            RootExclusion.Result none = exclusion == null ? null : exclusion.at(p);
            if (none != null && none.proved()) {
                return new AtPoint(refutedNoRoot(p, none, failure, decidedBefore), null, null, null, null, null);
            }
            String undecided = p + ": no root on the branch (" + failure + ")" + (none == null ? "" : "; no proof that none exists: " + none.why());
            return none == null ? new AtPoint(null, undecided, null, null, null, null)
                    : fromUnexcludedBoxes(claim, solver, ladder, p, exclusion, undecided, decidedBefore);
        }
        if (roots.size() > 1) {
            return new AtPoint(refutedUniqueness(p, roots, decidedBefore, ""), null, null, null, null, null);
        }
        return atRoot(claim, ladder, p, roots.get(0), decidedBefore, null);
    }

    /**
     * After a failed proof of "no root on the branch": Newton (the claim's solver, at its precision, the
     * same acceptance and branch test) from the centres of the boxes the proof could not exclude
     * ({@link RootExclusion#candidates}), every one tried. The roots found on the branch stand in for the
     * starts' ones: one is the solution; two refute a {@code unique} claim and leave any other undecided
     * (it does not say which it means). None found: {@code undecided} stands.
     */
    private AtPoint fromUnexcludedBoxes(ClaimBody.FixedPoint claim, FixedPointSolver solver, PrecisionLadder ladder, Point p,
            RootExclusion exclusion, String undecided, int decidedBefore) {
        List<Interval[]> boxes = exclusion.candidates(p);
        List<Solution> roots = new ArrayList<>();
        List<String> from = new ArrayList<>();
        for (Interval[] box : boxes) {
            Reached reached = reach(claim, solver, ladder, p, startIn(box, exclusion.complex()));
            if (reached.root() != null && roots.stream().noneMatch(r -> r.sameRoot(reached.root()))) {
                roots.add(reached.root());
                from.add(exclusion.show(box));
            }
        }
        if (roots.isEmpty()) {
            return new AtPoint(null, undecided + (boxes.isEmpty() ? "" : "; Newton from the centres of " + boxes.size()
                    + " unexcluded boxes reaches no root on the branch either"), null, null, null, null);
        }
        if (roots.size() > 1) {
            String found = " (found by Newton from the centres of the unexcluded boxes " + String.join(" and ", from.subList(0, 2))
                    + " of a failed proof of no root; the claim's starts reach none)";
            return claim.unique() ? new AtPoint(refutedUniqueness(p, roots, decidedBefore, found), null, null, null, null, null)
                    : new AtPoint(null, p + ": none of the starts reaches the branch, and it holds " + roots.size() + " distinct roots, "
                            + roots.get(0).describe() + " and " + roots.get(1).describe() + found + ", of which the claim names none", null, null, null, null);
        }
        return atRoot(claim, ladder, p, roots.get(0), decidedBefore,
                "found by Newton from the centre of the unexcluded box " + from.get(0) + " of a failed proof of no root, not from the claim's starts");
    }

    /** A Newton start at the centre of {@code box} (real and imaginary parts of each unknown when complex). */
    private static List<Expr> startIn(Interval[] box, boolean complex) {
        double[] c = RootCandidates.centre(box);
        List<Expr> start = new ArrayList<>();
        for (int j = 0; j < c.length; j += complex ? 2 : 1) {
            Expr re = new Expr.Num(Rational.of(new BigDecimal(c[j])));
            start.add(complex ? Expr.plus(re, Expr.times(new Expr.Num(Rational.of(new BigDecimal(c[j + 1]))), Expr.sym("I"))) : re);
        }
        return start;
    }

    /**
     * The relation checked at the solution {@code s}; {@code origin}, when not null, says how the root was
     * found (it is named in a refutation and counted).
     */
    private AtPoint atRoot(ClaimBody.FixedPoint claim, PrecisionLadder ladder, Point p, Solution s, int decidedBefore, String origin) {
        Estimate l;
        Estimate r;
        try {
            l = ladder.estimate(claim.holds().lhs(), s::env);
            r = ladder.estimate(claim.holds().rhs(), s::env);
        } catch (EvaluationException | SolveFailure e) {
            return new AtPoint(null, null, p + " (" + e.getMessage() + ")", null, null, null);
        }
        RelationCheck.Decision d = RelationCheck.decide(l, claim.holds().op(), r, Tolerances.REQUIRED_DIGITS);
        NumericOutcome refutation = d.outcome() == RelationCheck.Outcome.VIOLATED ? refuted(p, s, l, r, d, claim.holds(), decidedBefore, origin) : null;
        return new AtPoint(refutation, null, null, l, r, d, origin != null);
    }

    /**
     * The proof that no root lies on the branch at {@code p}, to be attempted, or null when a start cannot be
     * evaluated there. Real starts mean real roots (Newton from a real start on real equations stays
     * real); when some start is not real, all unknowns are complex.
     */
    private RootExclusion exclusion(ClaimBody.FixedPoint claim, PrecisionLadder ladder, Point p) {
        Evaluator ev = new Evaluator(ladder.basePrecision(), deadline);
        boolean complex = false;
        try {
            Map<String, BigComplex> params = p.at(ev);
            for (List<Expr> start : claim.starts()) {
                for (Expr e : start) {
                    complex |= ev.evaluate(e, params).im.signum() != 0;
                }
            }
        } catch (EvaluationException e) {
            return null;
        }
        return new RootExclusion(claim.unknowns(), claim.equations(), claim.branch(), deadline, complex);
    }

    private static NumericOutcome refutedNoRoot(Point p, RootExclusion.Result none, String failure, int before) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("point", p.toString());
        details.put("no_root", none.summary());
        details.put("boxes", none.boxes());
        details.put("newton", failure);
        details.put("points_holding_before", before);
        return new NumericOutcome(NumericOutcome.Status.REFUTED, "at " + p + ": " + none.summary()
                + (none.complex() ? "" : " (the starts are real, so real roots are meant)") + "; the claim presupposes a root on the branch. Newton: "
                + failure, details);
    }

    /** Null when the root satisfies every branch condition; otherwise which one it fails and why. */
    private static String offBranch(PrecisionLadder ladder, List<Relation> branch, Solution s) throws EvaluationException {
        for (Relation cond : branch) {
            RelationCheck.Decision b = decide(ladder, cond, s);
            if (b.outcome() != RelationCheck.Outcome.HOLDS) {
                return "root " + s.describe() + " is off the branch " + show(cond) + (b.why() == null ? "" : " (" + b.why() + ")");
            }
        }
        return null;
    }

    private static RelationCheck.Decision decide(PrecisionLadder ladder, Relation rel, Solution s) throws EvaluationException {
        Estimate l = ladder.estimate(rel.lhs(), s::env);
        Estimate r = ladder.estimate(rel.rhs(), s::env);
        return RelationCheck.decide(l, rel.op(), r, Tolerances.REQUIRED_DIGITS);
    }

    private static String startText(List<Expr> start) {
        StringBuilder b = new StringBuilder("(");
        for (Expr e : start) {
            b.append(b.length() == 1 ? "" : ", ").append(dev.proofscheck.expr.ExprPrinter.print(e));
        }
        return b.append(')').toString();
    }

    private static String show(Relation r) {
        return dev.proofscheck.expr.ExprPrinter.print(r.lhs()) + " " + r.op().symbol() + " " + dev.proofscheck.expr.ExprPrinter.print(r.rhs());
    }

    private static NumericOutcome refuted(Point p, Solution s, Estimate l, Estimate r, RelationCheck.Decision d,
            Relation holds, int before, String origin) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("point", p.toString());
        details.put("solution", s.describe());
        if (origin != null) {
            details.put("solution_origin", origin);
        }
        details.put("lhs", Numbers.show(l.value(), 20));
        details.put("rhs", Numbers.show(r.value(), 20));
        details.put("gap", Numbers.sci(d.gap().abs()));
        details.put("tolerance", Numbers.sci(d.tolerance()));
        details.put("points_holding_before", before);
        String summary = "at " + p + ", solution " + s.describe() + (origin == null ? "" : " (" + origin + ")") + ": " + show(holds) + " fails: lhs = "
                + Numbers.show(l.value(), 16) + ", rhs = " + Numbers.show(r.value(), 16) + " (" + d.why() + ")" + BranchCutTally.at(l, r);
        return new NumericOutcome(NumericOutcome.Status.REFUTED, summary, details);
    }

    private static NumericOutcome refutedUniqueness(Point p, List<Solution> roots, int before, String found) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("point", p.toString());
        details.put("root_1", roots.get(0).describe());
        details.put("root_2", roots.get(1).describe());
        details.put("points_holding_before", before);
        return new NumericOutcome(NumericOutcome.Status.REFUTED, "at " + p + " the branch holds " + roots.size()
                + " distinct roots, not one: " + roots.get(0).describe() + " and " + roots.get(1).describe() + found, details);
    }

    /** A solve failure inside the precision ladder's variable values (which cannot throw checked exceptions). */
    static final class SolveFailure extends RuntimeException {
        SolveFailure(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The root reached from one start at one parameter point, solved lazily at each precision the ladder
     * asks for (from the best lower-precision root), with the claim's derivatives of it.
     */
    private static final class Solution {
        private final FixedPointSolver solver;
        private final ClaimBody.FixedPoint claim;
        private final Point point;
        private final List<Expr> start;
        private final Map<Integer, BigComplex[]> roots = new HashMap<>();
        private final Map<Integer, Map<String, BigComplex>> derivatives = new HashMap<>();

        private final Deadline deadline;

        Solution(FixedPointSolver solver, ClaimBody.FixedPoint claim, Point point, List<Expr> start, Deadline deadline) {
            this.deadline = deadline;
            this.solver = solver;
            this.claim = claim;
            this.point = point;
            this.start = start;
        }

        BigComplex[] solutionAt(int precision) throws EvaluationException {
            BigComplex[] x = roots.get(precision);
            if (x != null) {
                return x;
            }
            Evaluator ev = new Evaluator(precision, deadline);
            Map<String, BigComplex> params = point.at(ev);
            BigComplex[] from = null;
            int best = 0;
            for (Map.Entry<Integer, BigComplex[]> e : roots.entrySet()) {
                if (e.getKey() < precision && e.getKey() > best) {
                    best = e.getKey();
                    from = e.getValue();
                }
            }
            if (from == null) {
                from = new BigComplex[start.size()];
                for (int j = 0; j < from.length; j++) {
                    from[j] = ev.evaluate(start.get(j), params);
                }
            }
            x = solver.solve(ev, params, from);
            roots.put(precision, x);
            return x;
        }

        /** Variable values, unknowns and derivatives at the evaluator's precision (for the ladder). */
        Map<String, BigComplex> env(Evaluator ev) {
            try {
                Map<String, BigComplex> env = point.at(ev);
                BigComplex[] x = solutionAt(ev.precision());
                for (int j = 0; j < x.length; j++) {
                    env.put(claim.unknowns().get(j), x[j]);
                }
                env.putAll(derivativesAt(ev.precision(), x));
                return env;
            } catch (EvaluationException e) {
                throw new SolveFailure("at " + ev.precision() + " digits: " + e.getMessage());
            }
        }

        /** Central differences of the solution, step 10^(-precision/3): error ~10^(-2 precision/3), measured by the ladder. */
        private Map<String, BigComplex> derivativesAt(int precision, BigComplex[] x) throws EvaluationException {
            Map<String, BigComplex> d = derivatives.get(precision);
            if (d != null || claim.derivatives().isEmpty()) {
                return d == null ? Map.of() : d;
            }
            d = new LinkedHashMap<>();
            Evaluator ev = new Evaluator(precision, deadline);
            for (Map.Entry<String, List<String>> e : claim.derivatives().entrySet()) {
                int j = claim.unknowns().indexOf(e.getValue().get(0));
                String by = e.getValue().get(1);
                Map<String, BigComplex> params = point.at(ev);
                BigComplex v = params.get(by);
                if (v == null) {
                    throw new EvaluationException("'" + by + "' has no value here");
                }
                BigDecimal h = Numbers.tenTo(-precision / 3).multiply(Numbers.max(BigDecimal.ONE, Numbers.abs(v)));
                Map<String, BigComplex> plus = new LinkedHashMap<>(params);
                Map<String, BigComplex> minus = new LinkedHashMap<>(params);
                plus.put(by, v.add(BigComplex.valueOf(h), ev.mathContext()));
                minus.put(by, v.subtract(BigComplex.valueOf(h), ev.mathContext()));
                BigComplex up = solver.solve(ev, plus, x)[j];
                BigComplex down = solver.solve(ev, minus, x)[j];
                d.put(e.getKey(), up.subtract(down, ev.mathContext()).divide(BigComplex.valueOf(h.multiply(BigDecimal.valueOf(2))), ev.mathContext()));
            }
            derivatives.put(precision, d);
            return d;
        }

        boolean sameRoot(Solution other) {
            BigComplex[] a = roots.get(Tolerances.BASE_PRECISION);
            BigComplex[] b = other.roots.get(Tolerances.BASE_PRECISION);
            for (int j = 0; j < a.length; j++) {
                BigDecimal scale = BigDecimal.ONE.add(Numbers.max(Numbers.abs(a[j]), Numbers.abs(b[j])));
                if (Numbers.abs(a[j].subtract(b[j])).compareTo(scale.multiply(Numbers.tenTo(-SolverTolerances.SAME_ROOT_DIGITS))) > 0) {
                    return false;
                }
            }
            return true;
        }

        String describe() {
            BigComplex[] x = roots.get(Tolerances.BASE_PRECISION);
            return x == null ? "(not solved)" : solver.show(x);
        }
    }
}

package dev.proofscheck.numeric;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.Substitution;
import dev.proofscheck.model.Domain;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks claims about an autonomous ODE {@code dx/dt = F(x)}: the drift at a state point equals given
 * values (each component a pointwise check), a point is a fixed point (each component of F vanishes
 * there), and its linear stability: the Jacobian by central differences at 100 digits, its eigenvalues
 * in 100-digit arithmetic, and an eigenvalue with |Re| within {@link SolverTolerances#STABILITY_MARGIN}
 * of 0 leaves the point undecided, never stable or unstable; unless the eigenvalues there are within the
 * margin of 0 or clearly in the left half-plane and an {@link ExactWitness} proves those at 0 exactly 0:
 * then the point is neither linearly stable (not every Re < 0) nor linearly unstable (no Re > 0).
 */
public final class OdeCheck {
    private final long seed;
    private final Deadline deadline;

    public OdeCheck(long seed, Deadline deadline) {
        this.seed = seed;
        this.deadline = deadline;
    }

    /**
     * That {@code drift} at {@code at} equals {@code equals} (all zero for a fixed point), component by
     * component over the domain.
     */
    public NumericOutcome driftEquals(Map<String, Expr> drift, Map<String, Expr> at, Map<String, Expr> equals,
            Map<String, Domain> domains) {
        List<String> parts = new ArrayList<>();
        Map<String, Object> details = new LinkedHashMap<>();
        for (Map.Entry<String, Expr> e : drift.entrySet()) {
            Expr value = Substitution.replace(e.getValue(), at);
            Expr claimed = equals.getOrDefault(e.getKey(), Expr.num(0));
            NumericOutcome o = new PointwiseCheck(seed, deadline).check(value, claimed, domainsOf(domains, value, claimed));
            if (o.status() != NumericOutcome.Status.AGREES) {
                Map<String, Object> d = new LinkedHashMap<>(o.details());
                d.put("component", "d" + e.getKey() + "/dt");
                return new NumericOutcome(o.status(), "drift d" + e.getKey() + "/dt (lhs) vs claimed " + (equals.isEmpty() ? "0" : "value")
                        + " (rhs): " + o.summary(), d);
            }
            parts.add("d" + e.getKey() + "/dt: " + o.summary());
            details.put("d" + e.getKey() + "/dt_points", o.details().get("points"));
        }
        return new NumericOutcome(NumericOutcome.Status.AGREES, String.join("; ", parts), details);
    }

    /** Whether the fixed point {@code at} is linearly stable ({@code claimedStable}) at every sampled point. */
    public NumericOutcome stability(Map<String, Expr> drift, Map<String, Expr> at, boolean claimedStable, Map<String, Domain> domains) {
        return stability(drift, at, claimedStable, domains, ExactWitness.NONE);
    }

    /** As above; where eigenvalues are within the margin of 0, {@code exact} may prove them 0. */
    public NumericOutcome stability(Map<String, Expr> drift, Map<String, Expr> at, boolean claimedStable, Map<String, Domain> domains,
            ExactWitness exact) {
        List<String> state = new ArrayList<>(drift.keySet());
        List<Point> candidates = new Sampler(seed).points(domains, domains.isEmpty() ? 1 : Tolerances.MAX_CANDIDATE_POINTS);
        int wanted = domains.isEmpty() ? 1 : Tolerances.SAMPLE_POINTS;
        int decided = 0;
        double closest = Double.POSITIVE_INFINITY;
        String closestAt = null;
        List<String> undecided = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Point p : candidates) {
            if (decided >= wanted) {
                break;
            }
            BigComplex[] eigen;
            double scale;
            try {
                Evaluator ev = new Evaluator(SolverTolerances.JACOBIAN_PRECISION, deadline);
                BigComplex[][] jac = jacobian(ev, drift, state, at, p);
                scale = 1;
                for (BigComplex[] row : jac) {
                    for (BigComplex x : row) {
                        scale = Math.max(scale, Numbers.abs(x).doubleValue());
                    }
                }
                eigen = Eigenvalues.of(jac, ev.mathContext());
            } catch (EvaluationException e) {
                skipped.add(p + " (" + e.getMessage() + ")");
                continue;
            }
            double margin = SolverTolerances.STABILITY_MARGIN * scale;
            double maxRe = Double.NEGATIVE_INFINITY;
            for (BigComplex z : eigen) {
                maxRe = Math.max(maxRe, z.re.doubleValue());
            }
            String shown = show(eigen);
            if (Math.abs(maxRe) <= margin) {
                int zeros = atZero(eigen, margin);
                String proof = zeros > 0 ? exact.zeroEigenvalues(p, zeros) : null;
                if (proof != null) {
                    return neitherStableNorUnstable(claimedStable, at, p, shown, zeros, eigen.length, proof, decided);
                }
                undecided.add(p + ": largest real part of an eigenvalue " + String.format(java.util.Locale.ROOT, "%.3g", maxRe)
                        + " within the margin " + String.format(java.util.Locale.ROOT, "%.1g", margin) + " of 0 (eigenvalues " + shown + ")");
                continue;
            }
            boolean stable = maxRe < 0;
            if (stable != claimedStable) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("point", p.toString());
                details.put("fixed_point", showPoint(at, p));
                details.put("eigenvalues", shown);
                details.put("points_holding_before", decided);
                return new NumericOutcome(NumericOutcome.Status.REFUTED, "at " + p + " the fixed point (" + showPoint(at, p) + ") is "
                        + (stable ? "stable" : "unstable") + ", not " + (claimedStable ? "stable" : "unstable")
                        + ": Jacobian eigenvalues " + shown, details);
            }
            decided++;
            if (Math.abs(maxRe) < closest) {
                closest = Math.abs(maxRe);
                closestAt = p + " (eigenvalues " + shown + ")";
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("points", decided);
        details.put("smallest_|max Re|", String.format(java.util.Locale.ROOT, "%.3g", closest));
        PointDetails.putCounted(details, "undecided", undecided);
        PointDetails.putCounted(details, "skipped", skipped);
        if (decided < wanted || undecided.size() > SolverTolerances.MAX_UNDECIDED_POINTS) {
            return new NumericOutcome(NumericOutcome.Status.INCONCLUSIVE, decided + " of " + wanted + " points decided"
                    + (undecided.isEmpty() ? "" : "; " + undecided.size() + " undecided, e.g. " + undecided.get(0))
                    + (skipped.isEmpty() ? "" : "; " + skipped.size() + " without a Jacobian, e.g. " + skipped.get(0)), details);
        }
        return new NumericOutcome(NumericOutcome.Status.AGREES, (domains.isEmpty() ? "" : decided + " points: ") + (claimedStable
                ? "every Jacobian eigenvalue has real part < 0" : "some Jacobian eigenvalue has real part > 0")
                + " (margin " + SolverTolerances.STABILITY_MARGIN + " x max(1, |J|); closest to the margin: max Re = "
                + String.format(java.util.Locale.ROOT, "%.3g", closest * (claimedStable ? -1 : 1)) + " at " + closestAt + ")"
                + (undecided.isEmpty() ? "" : "; " + undecided.size() + " points undecided, e.g. " + undecided.get(0)), details);
    }

    /**
     * How many eigenvalues lie within {@code margin} of 0 (in modulus), or 0 unless every other one has
     * real part below {@code -margin}: only then does an exact 0 decide the point.
     */
    private static int atZero(BigComplex[] eigen, double margin) {
        int zeros = 0;
        for (BigComplex z : eigen) {
            if (Numbers.abs(z).doubleValue() <= margin) {
                zeros++;
            } else if (z.re.doubleValue() >= -margin) {
                return 0;
            }
        }
        return zeros;
    }

    private static NumericOutcome neitherStableNorUnstable(boolean claimedStable, Map<String, Expr> at, Point p, String shown, int zeros,
            int eigenCount, String proof, int decidedBefore) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("point", p.toString());
        details.put("fixed_point", showPoint(at, p));
        details.put("eigenvalues", shown);
        details.put("zero_eigenvalues", zeros);
        details.put("exact_zero", proof);
        details.put("points_holding_before", decidedBefore);
        String why = claimedStable ? "not every real part is < 0"
                : (zeros == eigenCount ? "" : "the others have real part < 0, so ") + "no eigenvalue has real part > 0";
        return new NumericOutcome(NumericOutcome.Status.REFUTED, "at " + p + " the fixed point (" + showPoint(at, p)
                + ") is not linearly " + (claimedStable ? "stable" : "unstable") + ": Jacobian eigenvalues " + shown + ", "
                + (zeros == 1 ? "one of them" : zeros + " of them") + " exactly 0 (" + proof + "); " + why
                + " (a non-hyperbolic point: its linearisation shows neither stability nor instability)", details);
    }

    private BigComplex[][] jacobian(Evaluator ev, Map<String, Expr> drift, List<String> state, Map<String, Expr> at, Point p)
            throws EvaluationException {
        MathContext mc = ev.mathContext();
        Map<String, BigComplex> env = p.at(ev);
        BigComplex[] x = new BigComplex[state.size()];
        for (int j = 0; j < x.length; j++) {
            x[j] = ev.evaluate(at.get(state.get(j)), env);
        }
        int n = x.length;
        BigComplex[][] jac = new BigComplex[n][n];
        for (int j = 0; j < n; j++) {
            BigDecimal h = Numbers.tenTo(-SolverTolerances.JACOBIAN_STEP_DIGITS).multiply(Numbers.max(BigDecimal.ONE, Numbers.abs(x[j])));
            Map<String, BigComplex> plus = new LinkedHashMap<>(env);
            Map<String, BigComplex> minus = new LinkedHashMap<>(env);
            for (int k = 0; k < n; k++) {
                plus.put(state.get(k), k == j ? x[k].add(BigComplex.valueOf(h), mc) : x[k]);
                minus.put(state.get(k), k == j ? x[k].subtract(BigComplex.valueOf(h), mc) : x[k]);
            }
            for (int i = 0; i < n; i++) {
                Expr f = drift.get(state.get(i));
                BigComplex d = ev.evaluate(f, plus).subtract(ev.evaluate(f, minus), mc);
                jac[i][j] = d.divide(BigComplex.valueOf(h.multiply(BigDecimal.valueOf(2))), mc);
            }
        }
        return jac;
    }

    private static Map<String, Domain> domainsOf(Map<String, Domain> all, Expr... exprs) {
        java.util.Set<String> used = new java.util.HashSet<>();
        for (Expr e : exprs) {
            used.addAll(Substitution.symbols(e));
        }
        Map<String, Domain> out = new LinkedHashMap<>();
        all.forEach((k, v) -> {
            if (used.contains(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static String show(BigComplex[] z) {
        StringBuilder b = new StringBuilder();
        for (BigComplex c : z) {
            BigComplex clean = c.im.abs().compareTo(c.re.abs().add(BigDecimal.ONE).multiply(Numbers.tenTo(-40))) < 0 ? BigComplex.valueOf(c.re) : c;
            b.append(b.length() == 0 ? "" : ", ").append(Numbers.show(clean, 10));
        }
        return b.toString();
    }

    private static String showPoint(Map<String, Expr> at, Point p) {
        StringBuilder b = new StringBuilder();
        at.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append('=').append(dev.proofscheck.expr.ExprPrinter.print(v)));
        return b.toString();
    }
}

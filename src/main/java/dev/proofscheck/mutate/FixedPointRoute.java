package dev.proofscheck.mutate;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.model.Claim;
import dev.proofscheck.model.ClaimBody;
import dev.proofscheck.model.Derivation;
import dev.proofscheck.model.Domain;
import dev.proofscheck.model.Relation;
import dev.proofscheck.numeric.EvaluationException;
import dev.proofscheck.numeric.Evaluator;
import dev.proofscheck.numeric.Numbers;
import dev.proofscheck.numeric.Point;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The independent route for a fixed-point claim: the (possibly mutated) system is solved again with
 * its own solver and the relation decided at the root. It shares with the checker only the claim's
 * starting points and branch conditions (which are part of what the claim says) and the evaluator.
 * Its solver differs from {@code FixedPointSolver}: a system written as {@code x == G(x)} is first
 * relaxed by averaged iteration {@code x <- (x + G(x))/2} at 40 digits (the checker only falls back to
 * it when Newton fails), then Newton's method with a forward-difference Jacobian of fixed step
 * {@code 10^-60} at 160 digits (the checker: central differences of step {@code 10^(-p/3)} at 50/100
 * digits), refined at 320 digits (the branch is decided with both, so that a root at rounding level
 * of the branch's boundary does not count as on it); derivatives of the root by central differences of step 10^-40. It
 * decides at its own points with {@link RouteComparison}. A point where no start reaches a root on
 * the branch is skipped; two distinct roots on the branch fail a claim of uniqueness. For such a claim
 * every start is also solved by plain Newton, without relaxing it first: relaxation reaches the
 * attracting root from every start, and alone it would miss a second root that Newton finds.
 */
final class FixedPointRoute {
    private static final int PRECISION = IndependentRoute.PRECISION;
    private static final int RELAX_PRECISION = 40;
    private static final int RELAX_STEPS = 2000;
    private static final int NEWTON_STEPS = 200;
    private static final int HALVINGS = 40;
    /** Roots closer than this (relative) are the same root. */
    private static final int SAME_ROOT_DIGITS = 20;

    private final IndependentRoute route;
    private final ClaimBody.FixedPoint f;
    private final List<Expr> residuals = new ArrayList<>();
    private final List<Expr> maps;

    private FixedPointRoute(IndependentRoute route, ClaimBody.FixedPoint f) {
        this.route = route;
        this.f = f;
        List<Expr> g = new ArrayList<>();
        for (int j = 0; j < f.equations().size(); j++) {
            Relation eq = f.equations().get(j);
            residuals.add(Expr.minus(eq.lhs(), eq.rhs()));
            boolean mapForm = eq.lhs() instanceof Expr.Sym s && s.name().equals(f.unknowns().get(j));
            g = g == null || !mapForm ? null : g;
            if (g != null) {
                g.add(eq.rhs());
            }
        }
        this.maps = g;
    }

    /** {@code f}'s expressions must have the definitions expanded. */
    static Truth decide(IndependentRoute route, Derivation d, Claim c, ClaimBody.FixedPoint f) {
        return new FixedPointRoute(route, f).decide(d, c);
    }

    private Truth decide(Derivation d, Claim c) {
        List<Expr> all = new ArrayList<>();
        f.starts().forEach(all::addAll);
        f.equations().forEach(r -> all.addAll(List.of(r.lhs(), r.rhs())));
        f.branch().forEach(r -> all.addAll(List.of(r.lhs(), r.rhs())));
        all.addAll(List.of(f.holds().lhs(), f.holds().rhs()));
        Map<String, Domain> domains = IndependentRoute.domains(d, c, null, all.toArray(Expr[]::new));
        f.unknowns().forEach(domains::remove);
        f.derivatives().keySet().forEach(domains::remove);
        for (List<String> by : f.derivatives().values()) {
            if (!domains.containsKey(by.get(1))) {
                Map<String, Domain> extra = IndependentRoute.domains(d, c, null, Expr.sym(by.get(1)));
                domains.putAll(extra);
            }
        }
        int held = 0;
        for (Point p : route.points(domains, IndependentRoute.POINTS)) {
            Map<String, BigComplex>[] env;
            try {
                env = solution(p);
            } catch (EvaluationException e) {
                continue;
            } catch (NotUnique e) {
                return Truth.fails("at " + p + ": " + e.getMessage());
            }
            if (env == null) {
                continue;
            }
            BigComplex[] l = new BigComplex[2];
            BigComplex[] r = new BigComplex[2];
            try {
                for (int k = 0; k < 2; k++) {
                    Evaluator ev = new Evaluator(PRECISION << k, route.deadline());
                    l[k] = ev.evaluate(f.holds().lhs(), env[k]);
                    r[k] = ev.evaluate(f.holds().rhs(), env[k]);
                }
            } catch (EvaluationException e) {
                continue;
            }
            RouteComparison.AtPoint at = RouteComparison.decide(l, f.holds().op(), r);
            if (at.kind() == Truth.Kind.FAILS) {
                return Truth.fails("at " + p + " (root solved independently): " + at.why());
            }
            if (at.kind() == Truth.Kind.HOLDS) {
                held++;
            }
        }
        int needed = route.needed(domains);
        return held >= needed ? Truth.holds("the relation holds at the independently solved root at " + held + " points")
                : Truth.undecided("only " + held + " points decided");
    }

    /** Two distinct roots on the branch of a claim that says there is one. */
    private static final class NotUnique extends Exception {
        NotUnique(String message) {
            super(message);
        }
    }

    /** The environments (parameters, unknowns, derivatives) at 160 and 320 digits, or null when no start reaches the branch. */
    @SuppressWarnings("unchecked")
    private Map<String, BigComplex>[] solution(Point p) throws EvaluationException, NotUnique {
        BigComplex[][] root = null;
        // a claim of uniqueness is tested from every start both relaxed and by plain Newton: relaxation
        // reaches the attracting root from every start, and would hide a second root Newton finds
        List<Boolean> relaxing = maps == null ? List.of(false) : f.unique() ? List.of(true, false) : List.of(true);
        for (List<Expr> start : f.starts()) {
            for (boolean relaxFirst : relaxing) {
                BigComplex[][] x = rootFrom(p, start, relaxFirst);
                if (x == null) {
                    continue;
                }
                if (root == null) {
                    root = x;
                } else if (!same(root[0], x[0])) {
                    throw new NotUnique("two distinct roots on the branch, " + show(root[0]) + " and " + show(x[0]));
                }
            }
            if (root != null && !f.unique()) {
                break;
            }
        }
        if (root == null) {
            return null;
        }
        Map<String, BigComplex>[] env = new Map[2];
        for (int k = 0; k < 2; k++) {
            Evaluator ev = new Evaluator(PRECISION << k, route.deadline());
            Map<String, BigComplex> params = p.at(ev);
            BigComplex[] x = root[k];
            env[k] = withUnknowns(params, x);
            for (Map.Entry<String, List<String>> e : f.derivatives().entrySet()) {
                env[k].put(e.getKey(), derivative(ev, params, x, f.unknowns().indexOf(e.getValue().get(0)), e.getValue().get(1)));
            }
        }
        return env;
    }

    /** The root reached from {@code start} at 160 digits and refined at 320, or null when none is reached on the branch. */
    private BigComplex[][] rootFrom(Point p, List<Expr> start, boolean relaxFirst) {
        try {
            BigComplex[] x = solve(p.at(new Evaluator(PRECISION, route.deadline())), start, p, relaxFirst);
            Evaluator fine = new Evaluator(2 * PRECISION, route.deadline());
            BigComplex[] refined = newton(fine, p.at(fine), x);
            return onBranch(p, x, refined) ? new BigComplex[][] {x, refined} : null;
        } catch (EvaluationException e) {
            return null;
        }
    }

    private BigComplex derivative(Evaluator ev, Map<String, BigComplex> params, BigComplex[] x, int j, String by) throws EvaluationException {
        MathContext mc = ev.mathContext();
        BigComplex v = params.get(by);
        if (v == null) {
            throw new EvaluationException("no value of " + by);
        }
        BigDecimal h = Numbers.tenTo(-ev.precision() / 4).multiply(Numbers.max(BigDecimal.ONE, Numbers.abs(v)));
        Map<String, BigComplex> plus = new LinkedHashMap<>(params);
        Map<String, BigComplex> minus = new LinkedHashMap<>(params);
        plus.put(by, v.add(BigComplex.valueOf(h), mc));
        minus.put(by, v.subtract(BigComplex.valueOf(h), mc));
        BigComplex up = newton(ev, plus, x)[j];
        BigComplex down = newton(ev, minus, x)[j];
        return up.subtract(down, mc).divide(BigComplex.valueOf(h.multiply(BigDecimal.valueOf(2))), mc);
    }

    private BigComplex[] solve(Map<String, BigComplex> params, List<Expr> start, Point p, boolean relaxFirst) throws EvaluationException {
        Evaluator ev = new Evaluator(PRECISION, route.deadline());
        BigComplex[] x = new BigComplex[start.size()];
        for (int j = 0; j < x.length; j++) {
            x[j] = ev.evaluate(start.get(j), params);
        }
        if (relaxFirst) {
            x = relax(p, x);
        }
        return newton(ev, params, x);
    }

    /** Averaged iteration at low precision; the start unchanged when it fails. */
    private BigComplex[] relax(Point p, BigComplex[] start) {
        Evaluator ev = new Evaluator(RELAX_PRECISION, route.deadline());
        MathContext mc = ev.mathContext();
        BigComplex[] x = start.clone();
        try {
            Map<String, BigComplex> params = p.at(ev);
            for (int it = 0; it < RELAX_STEPS; it++) {
                Map<String, BigComplex> env = withUnknowns(params, x);
                BigDecimal step = BigDecimal.ZERO;
                BigComplex[] next = new BigComplex[x.length];
                for (int j = 0; j < x.length; j++) {
                    next[j] = x[j].add(ev.evaluate(maps.get(j), env), mc).divide(BigDecimal.valueOf(2), mc);
                    step = step.max(Numbers.abs(next[j].subtract(x[j], mc)));
                }
                x = next;
                if (Numbers.log10(step) < -20) {
                    break;
                }
            }
            return x;
        } catch (EvaluationException | ArithmeticException e) {
            return start;
        }
    }

    private BigComplex[] newton(Evaluator ev, Map<String, BigComplex> params, BigComplex[] start) throws EvaluationException {
        MathContext mc = ev.mathContext();
        BigComplex[] x = start.clone();
        BigComplex[] g = residual(ev, params, x);
        for (int it = 0; it < NEWTON_STEPS; it++) {
            BigComplex[] delta = gauss(jacobian(ev, params, x, g), g, mc);
            BigDecimal t = BigDecimal.ONE;
            BigComplex[] next = null;
            BigComplex[] gNext = null;
            BigDecimal stepSize = Numbers.abs(delta[0]);
            for (BigComplex c : delta) {
                stepSize = stepSize.max(Numbers.abs(c));
            }
            if (Numbers.log10(stepSize) < Numbers.log10(BigDecimal.ONE.add(size(x))) - ev.precision() / 2.0) {
                // the step is down to rounding noise: converged to half the working digits at least
                BigComplex[] done = new BigComplex[x.length];
                for (int j = 0; j < x.length; j++) {
                    done[j] = x[j].subtract(delta[j], mc);
                }
                return done;
            }
            for (int h = 0; h < HALVINGS && next == null; h++, t = t.divide(BigDecimal.valueOf(2))) {
                BigComplex[] cand = new BigComplex[x.length];
                for (int j = 0; j < x.length; j++) {
                    cand[j] = x[j].subtract(delta[j].multiply(t, mc), mc);
                }
                try {
                    BigComplex[] gc = residual(ev, params, cand);
                    if (size(gc).compareTo(size(g)) < 0) {
                        next = cand;
                        gNext = gc;
                    }
                } catch (EvaluationException e) {
                    // a pole on the way: a shorter step
                }
            }
            if (next == null) {
                throw new EvaluationException("Newton stalled");
            }
            x = next;
            g = gNext;
        }
        throw new EvaluationException("Newton did not converge");
    }

    private BigComplex[][] jacobian(Evaluator ev, Map<String, BigComplex> params, BigComplex[] x, BigComplex[] g) throws EvaluationException {
        MathContext mc = ev.mathContext();
        int n = x.length;
        BigComplex[][] jac = new BigComplex[n][n];
        for (int j = 0; j < n; j++) {
            BigDecimal h = Numbers.tenTo(-ev.precision() * 3 / 8).multiply(Numbers.max(BigDecimal.ONE, Numbers.abs(x[j])));
            BigComplex[] moved = x.clone();
            moved[j] = x[j].add(BigComplex.valueOf(h), mc);
            BigComplex[] gm = residual(ev, params, moved);
            for (int i = 0; i < n; i++) {
                jac[i][j] = gm[i].subtract(g[i], mc).divide(BigComplex.valueOf(h), mc);
            }
        }
        return jac;
    }

    /** Solves {@code a x = b} by Gauss–Jordan elimination with partial pivoting. */
    private static BigComplex[] gauss(BigComplex[][] a, BigComplex[] b, MathContext mc) throws EvaluationException {
        int n = b.length;
        BigComplex[][] m = new BigComplex[n][];
        for (int i = 0; i < n; i++) {
            m[i] = java.util.Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Numbers.abs(m[row][col]).compareTo(Numbers.abs(m[pivot][col])) > 0) {
                    pivot = row;
                }
            }
            if (m[pivot][col].re.signum() == 0 && m[pivot][col].im.signum() == 0) {
                throw new EvaluationException("singular Jacobian");
            }
            BigComplex[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            for (int row = 0; row < n; row++) {
                if (row != col) {
                    BigComplex factor = m[row][col].divide(m[col][col], mc);
                    for (int k = col; k <= n; k++) {
                        m[row][k] = m[row][k].subtract(factor.multiply(m[col][k], mc), mc);
                    }
                }
            }
        }
        BigComplex[] x = new BigComplex[n];
        for (int i = 0; i < n; i++) {
            x[i] = m[i][n].divide(m[i][i], mc);
        }
        return x;
    }

    /**
     * The branch decided with the root at both precisions ({@code x} at 160 digits, {@code fine} refined
     * at 320), so that the difference measures the root's own error: a root whose {@code a1} is at
     * rounding level (1e-150, then 1e-310: the degenerate root 0 met from the side) leaves {@code a1 > 0}
     * unconfirmed, as the checker's does.
     */
    private boolean onBranch(Point p, BigComplex[] x, BigComplex[] fine) throws EvaluationException {
        for (Relation r : f.branch()) {
            BigComplex[] l = new BigComplex[2];
            BigComplex[] rv = new BigComplex[2];
            for (int k = 0; k < 2; k++) {
                Evaluator ev = new Evaluator(PRECISION << k, route.deadline());
                Map<String, BigComplex> e = withUnknowns(p.at(ev), k == 0 ? x : fine);
                l[k] = ev.evaluate(r.lhs(), e);
                rv[k] = ev.evaluate(r.rhs(), e);
            }
            if (RouteComparison.decide(l, r.op(), rv).kind() != Truth.Kind.HOLDS) {
                return false;
            }
        }
        return true;
    }

    private boolean same(BigComplex[] a, BigComplex[] b) {
        for (int j = 0; j < a.length; j++) {
            BigDecimal scale = BigDecimal.ONE.add(Numbers.max(Numbers.abs(a[j]), Numbers.abs(b[j])));
            if (Numbers.abs(a[j].subtract(b[j])).compareTo(scale.multiply(Numbers.tenTo(-SAME_ROOT_DIGITS))) > 0) {
                return false;
            }
        }
        return true;
    }

    private Map<String, BigComplex> withUnknowns(Map<String, BigComplex> params, BigComplex[] x) {
        Map<String, BigComplex> env = new LinkedHashMap<>(params);
        for (int j = 0; j < x.length; j++) {
            env.put(f.unknowns().get(j), x[j]);
        }
        return env;
    }

    private BigComplex[] residual(Evaluator ev, Map<String, BigComplex> params, BigComplex[] x) throws EvaluationException {
        Map<String, BigComplex> env = withUnknowns(params, x);
        BigComplex[] out = new BigComplex[residuals.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ev.evaluate(residuals.get(i), env);
        }
        return out;
    }

    private static BigDecimal size(BigComplex[] v) {
        BigDecimal m = BigDecimal.ZERO;
        for (BigComplex c : v) {
            m = m.max(Numbers.abs(c));
        }
        return m;
    }

    private String show(BigComplex[] x) {
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < x.length; j++) {
            b.append(j == 0 ? "" : ", ").append(f.unknowns().get(j)).append('=').append(Numbers.show(x[j], 12));
        }
        return b.toString();
    }
}

package dev.proofscheck.numeric;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.expr.Expr;
import java.math.BigDecimal;
import java.math.MathContext;
import dev.proofscheck.model.Relation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Solves a system {@code residual_j(x) = 0} in the unknowns {@code x} by damped Newton iteration in
 * arbitrary-precision complex arithmetic. The Jacobian is taken by central differences with step
 * 10^(-precision/3), accurate to about 2/3 of the working digits: Newton then still gains that many
 * digits per step, and the caller measures the solution's error by solving again at twice the precision.
 * The residuals must be analytic in the unknowns (no Re, Im, Abs of them) for the difference quotient
 * along the real axis to be the complex derivative.
 *
 * <p>When every equation has the fixed-point form {@code unknown_j == G_j(x)} and Newton fails from the
 * start, the start is first improved by damped fixed-point iteration {@code x <- (x + G(x))/2}: the
 * self-consistency maps of random-matrix theory contract in the upper half-plane, where Newton from a
 * rough start may jump to another root.
 */
public final class FixedPointSolver {
    private final List<String> unknowns;
    private final List<Expr> residuals;
    private final List<Expr> maps;

    /**
     * {@code residuals.get(j)} is {@code lhs_j - rhs_j} of the j-th equation; {@code maps} holds the
     * right-hand sides G_j when every equation reads {@code unknown_j == G_j}, else it is null.
     */
    public FixedPointSolver(List<String> unknowns, List<Expr> residuals, List<Expr> maps) {
        if (unknowns.size() != residuals.size()) {
            throw new IllegalArgumentException("one equation per unknown");
        }
        this.unknowns = List.copyOf(unknowns);
        this.residuals = List.copyOf(residuals);
        this.maps = maps == null ? null : List.copyOf(maps);
    }

    /** The solver of {@code equations}, the j-th of them for the j-th unknown (its map G_j when it reads {@code unknown_j == G_j}). */
    public static FixedPointSolver of(List<String> unknowns, List<Relation> equations) {
        List<Expr> residuals = new ArrayList<>();
        List<Expr> maps = new ArrayList<>();
        for (int j = 0; j < equations.size(); j++) {
            Relation eq = equations.get(j);
            residuals.add(Expr.minus(eq.lhs(), eq.rhs()));
            if (maps != null && eq.lhs() instanceof Expr.Sym s && s.name().equals(unknowns.get(j))) {
                maps.add(eq.rhs());
            } else {
                maps = null;
            }
        }
        return new FixedPointSolver(unknowns, residuals, maps);
    }

    public List<String> unknowns() {
        return unknowns;
    }

    /**
     * A root near {@code start} at the evaluator's precision, the other symbols taking their values from
     * {@code params}. Throws when Newton does not converge (the message says how).
     */
    public BigComplex[] solve(Evaluator shared, Map<String, BigComplex> params, BigComplex[] start) throws EvaluationException {
        // the parameters stay fixed during one solve: what depends on them alone (Log[1 - 4 alpha]) is
        // evaluated once, not at every residual (several times faster for such systems)
        Evaluator ev = shared.fresh();
        java.util.Set<String> moving = java.util.Set.copyOf(unknowns);
        residuals.forEach(r -> ev.freezeAllBut(r, moving));
        if (maps != null) {
            maps.forEach(g -> ev.freezeAllBut(g, moving));
        }
        try {
            return newton(ev, params, start);
        } catch (EvaluationException e) {
            if (maps == null) {
                throw e;
            }
            BigComplex[] improved;
            try {
                improved = iterate(ev, params, start);
            } catch (EvaluationException f) {
                throw new EvaluationException(e.getMessage() + "; fixed-point iteration failed too: " + f.getMessage());
            }
            try {
                return newton(ev, params, improved);
            } catch (EvaluationException f) {
                throw new EvaluationException(e.getMessage() + "; after fixed-point iteration: " + f.getMessage());
            }
        }
    }

    /** Damped fixed-point iteration x <- (x + G(x))/2 until the step is below 10^-PICARD_DIGITS relative. */
    private BigComplex[] iterate(Evaluator ev, Map<String, BigComplex> params, BigComplex[] start) throws EvaluationException {
        MathContext mc = ev.mathContext();
        BigDecimal half = new BigDecimal("0.5");
        BigComplex[] x = start.clone();
        for (int it = 0; it < SolverTolerances.PICARD_MAX_ITERATIONS; it++) {
            Map<String, BigComplex> env = new LinkedHashMap<>(params);
            for (int j = 0; j < x.length; j++) {
                env.put(unknowns.get(j), x[j]);
            }
            BigComplex[] next = new BigComplex[x.length];
            BigDecimal step = BigDecimal.ZERO;
            for (int j = 0; j < x.length; j++) {
                next[j] = x[j].add(ev.evaluate(maps.get(j), env), mc).multiply(half, mc);
                step = Numbers.max(step, LinearSolve.size(next[j].subtract(x[j], mc)));
            }
            x = next;
            if (step.compareTo(Numbers.tenTo(-SolverTolerances.PICARD_DIGITS).multiply(BigDecimal.ONE.add(norm(x)))) <= 0) {
                return x;
            }
        }
        return x;
    }

    private BigComplex[] newton(Evaluator ev, Map<String, BigComplex> params, BigComplex[] start) throws EvaluationException {
        MathContext mc = ev.mathContext();
        int p = ev.precision();
        BigDecimal tolerance = Numbers.tenTo(-(p - SolverTolerances.NEWTON_GUARD_DIGITS));
        BigDecimal noiseStep = Numbers.tenTo(-p / 2);
        BigComplex[] x = start.clone();
        BigComplex[] g = residual(ev, params, x);
        BigDecimal gNorm = norm(g);
        for (int it = 0; it < SolverTolerances.NEWTON_MAX_ITERATIONS; it++) {
            BigComplex[] minusG = new BigComplex[g.length];
            for (int j = 0; j < g.length; j++) {
                minusG[j] = g[j].negate();
            }
            BigComplex[] delta = LinearSolve.solve(jacobian(ev, params, x), minusG, mc);
            BigDecimal t = BigDecimal.ONE;
            BigComplex[] next = null;
            BigComplex[] gNext = null;
            BigDecimal stepNorm = null;
            for (int h = 0; h <= SolverTolerances.NEWTON_MAX_HALVINGS; h++) {
                BigComplex[] candidate = new BigComplex[x.length];
                for (int j = 0; j < x.length; j++) {
                    candidate[j] = x[j].add(delta[j].multiply(t, mc), mc);
                }
                BigDecimal step = norm(delta).multiply(t);
                boolean atNoise = step.compareTo(noiseStep.multiply(BigDecimal.ONE.add(norm(x)))) <= 0;
                try {
                    BigComplex[] gc = residual(ev, params, candidate);
                    if (atNoise || norm(gc).compareTo(gNorm) < 0) {
                        next = candidate;
                        gNext = gc;
                        stepNorm = step;
                        break;
                    }
                } catch (EvaluationException e) {
                    // a pole or branch point on the way: shorten the step
                }
                t = t.divide(BigDecimal.valueOf(2));
            }
            if (next == null) {
                throw new EvaluationException("Newton stalled at " + show(x) + " (no step reduces the residual "
                        + Numbers.sci(gNorm) + ")");
            }
            x = next;
            g = gNext;
            gNorm = norm(g);
            if (norm(x).doubleValue() > SolverTolerances.NEWTON_DIVERGENCE) {
                throw new EvaluationException("Newton diverged (|x| > " + SolverTolerances.NEWTON_DIVERGENCE + ")");
            }
            if (stepNorm.compareTo(tolerance.multiply(BigDecimal.ONE.add(norm(x)))) <= 0) {
                return x;
            }
        }
        throw new EvaluationException("Newton did not converge in " + SolverTolerances.NEWTON_MAX_ITERATIONS
                + " iterations (last iterate " + show(x) + ", residual " + Numbers.sci(gNorm) + ")");
    }

    private BigComplex[] residual(Evaluator ev, Map<String, BigComplex> params, BigComplex[] x) throws EvaluationException {
        Map<String, BigComplex> env = new LinkedHashMap<>(params);
        for (int j = 0; j < x.length; j++) {
            env.put(unknowns.get(j), x[j]);
        }
        BigComplex[] out = new BigComplex[residuals.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ev.evaluate(residuals.get(i), env);
        }
        return out;
    }

    private BigComplex[][] jacobian(Evaluator ev, Map<String, BigComplex> params, BigComplex[] x) throws EvaluationException {
        MathContext mc = ev.mathContext();
        int n = x.length;
        BigComplex[][] jac = new BigComplex[n][n];
        for (int j = 0; j < n; j++) {
            BigDecimal h = Numbers.tenTo(-ev.precision() / 3).multiply(Numbers.max(BigDecimal.ONE, LinearSolve.size(x[j])));
            BigComplex[] plus = x.clone();
            BigComplex[] minus = x.clone();
            plus[j] = x[j].add(BigComplex.valueOf(h), mc);
            minus[j] = x[j].subtract(BigComplex.valueOf(h), mc);
            BigComplex[] gp = residual(ev, params, plus);
            BigComplex[] gm = residual(ev, params, minus);
            BigDecimal twoH = h.multiply(BigDecimal.valueOf(2));
            for (int i = 0; i < n; i++) {
                jac[i][j] = gp[i].subtract(gm[i], mc).divide(twoH, mc);
            }
        }
        return jac;
    }

    static BigDecimal norm(BigComplex[] v) {
        BigDecimal m = BigDecimal.ZERO;
        for (BigComplex c : v) {
            m = Numbers.max(m, LinearSolve.size(c));
        }
        return m;
    }

    /** {@code kappa=1.234, nu=0.5 + 2*I}, for evidence. */
    public String show(BigComplex[] x) {
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < x.length; j++) {
            b.append(j == 0 ? "" : ", ").append(unknowns.get(j)).append('=').append(Numbers.show(x[j], 16));
        }
        return b.toString();
    }
}

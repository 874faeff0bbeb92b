package dev.proofscheck.mutate;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.Substitution;
import dev.proofscheck.model.Claim;
import dev.proofscheck.model.ClaimBody;
import dev.proofscheck.model.Derivation;
import dev.proofscheck.model.Domain;
import dev.proofscheck.numeric.EvaluationException;
import dev.proofscheck.numeric.Evaluator;
import dev.proofscheck.numeric.Numbers;
import dev.proofscheck.numeric.Point;
import dev.proofscheck.numeric.RealFunction;
import dev.proofscheck.numeric.NoValueTally;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The independent route for a {@code gaussian-pair} claim, E f(U, V) with corr(U, V) = m: as the iterated
 * integral over independent z1, z2 ~ N(0, 1) of f(z1, m z1 + sqrt(1 - m^2) z2), each level by the route's
 * adaptive Gauss–Legendre in double precision ({@link GaussLegendre}, pieces graded and mapped as for
 * {@link IntegralRoute}), the integrand compiled to double ({@link RealFunction}). The checker instead
 * integrates in polar coordinates with Gauss–Legendre in 32-digit arithmetic in two frames. The outer range
 * is cut at the u kinks (and 0), the inner one where v crosses a v kink, z2 = (k - m z1)/sqrt(1 - m^2).
 * Thresholds as for integrals ({@link IntegralRoute#EQUAL_REL}, {@link IntegralRoute#DIFFERENT_REL}).
 */
final class GaussianPairRoute {
    /** Parameter points (each is a double integral). */
    private static final int POINTS = 3;
    /** Requested accuracy of each level, relative to the larger of |integral| and the integral of |f|. */
    private static final double QUADRATURE_REL = 1e-11;
    private static final int CONSTANT_PRECISION = 40;
    /** Beyond |z| = 40 the density, e^-800, is below the smallest double: a kink out there changes nothing. */
    private static final double FAR = 40;
    private static final String INNER = "pairRouteZ2";
    private static final String M = "pairRouteM";
    private static final String S = "pairRouteS";

    private GaussianPairRoute() {}

    /** {@code g} with definitions expanded. */
    static Truth decide(IndependentRoute route, Derivation d, Claim c, ClaimBody.GaussianPair g) {
        List<Expr> all = new ArrayList<>(List.of(g.integrand(), g.correlation(), g.value()));
        all.addAll(g.uKinks());
        all.addAll(g.vKinks());
        Map<String, Domain> domains = IndependentRoute.domains(d, c, g.u(), all.toArray(Expr[]::new));
        domains.remove(g.v());
        int decided = 0;
        NoValueTally none = new NoValueTally();
        for (Point p : route.points(domains, POINTS)) {
            none.tried();
            try {
                Evaluator ev = new Evaluator(CONSTANT_PRECISION, route.deadline());
                Map<String, BigComplex> env = p.at(ev);
                BigComplex claimed = ev.evaluate(g.value(), env);
                double m = real(ev, g.correlation(), env, "the correlation");
                if (Math.abs(m) > 1) {
                    throw new EvaluationException("singular (a correlation " + m + " outside [-1, 1])");
                }
                GaussLegendre.Sum q = integral(route, g, ev, env, m);
                if (q == null) {
                    continue;
                }
                double vr = claimed.re.doubleValue();
                double vi = claimed.im.doubleValue();
                double scale = Math.max(Math.hypot(vr, vi), Math.max(q.modulus(), q.magnitude()));
                double gap = Math.hypot(q.re() - vr, q.im() - vi);
                if (gap > IntegralRoute.DIFFERENT_REL * scale) {
                    return Truth.fails("at " + p + ": the iterated Gauss-Legendre integral gives " + q.re() + ", claimed "
                            + Numbers.show(claimed, 12));
                }
                if (gap <= IntegralRoute.EQUAL_REL * scale) {
                    decided++;
                }
            } catch (EvaluationException e) {
                none.noValue(p, e);
            } catch (ArithmeticException e) {
                // the integrand has no finite real value at some node: this point stays undecided
            }
        }
        if (none.everywhere()) {
            return Truth.noValue(none.fact());
        }
        int needed = Math.min(route.needed(domains), POINTS);
        return decided >= needed ? Truth.holds("the iterated Gauss-Legendre integral meets the claimed value at " + decided
                + (domains.isEmpty() ? " point (no parameters)" : " independent points"))
                : Truth.undecided("only " + decided + " parameter points decided");
    }

    /** E f(U, V) at one point, or null when a level did not converge. */
    private static GaussLegendre.Sum integral(IndependentRoute route, ClaimBody.GaussianPair g, Evaluator ev,
            Map<String, BigComplex> env, double m) throws EvaluationException {
        double s = Math.sqrt(Math.max(0, 1 - m * m));
        // f(z1, m z1 + s z2) as an expression of the inner variable, z1 and the parameters fixed per outer node
        Expr inner = Substitution.replace(g.integrand(), Map.of(g.v(),
                Expr.plus(Expr.times(Expr.sym(M), Expr.sym(g.u())), Expr.times(Expr.sym(S), Expr.sym(INNER)))));
        Map<String, Double> fixed = new HashMap<>();
        env.forEach((k, v) -> fixed.put(k, v.re.doubleValue()));
        fixed.put(M, m);
        fixed.put(S, s);
        List<Double> uCuts = cuts(ev, g.uKinks(), env);
        List<Double> vCuts = cuts(ev, g.vKinks(), env);
        GaussLegendre.Integrand outer = z1 -> {
            route.deadline().check();
            Map<String, Double> at = new HashMap<>(fixed);
            at.put(g.u(), z1);
            RealFunction f = new RealFunction(inner, INNER, at);
            List<Double> innerCuts = new ArrayList<>();
            if (s > 0) {
                vCuts.forEach(k -> innerCuts.add((k - m * z1) / s));
            }
            GaussLegendre.Sum in;
            if (s == 0) {
                double fz = f.applyAsDouble(0); // |m| = 1: v = m z1, nothing left to integrate over z2
                in = new GaussLegendre.Sum(fz, 0, Math.abs(fz));
            } else {
                in = overLine(z2 -> new double[] {f.applyAsDouble(z2) * density(z2), 0}, innerCuts);
            }
            if (in == null) {
                throw new EvaluationException("the inner integral did not converge at z1 = " + z1);
            }
            double w = density(z1);
            return new double[] {in.re() * w, 0};
        };
        return overLine(outer, uCuts);
    }

    /**
     * The integral over the real line of an integrand carrying the N(0, 1) density, cut at 0 and at those of
     * {@code cuts} where the density is not negligible: a piece reaching from a far cut (z2 = -m z1/s is
     * -500 near m = 1) to infinity would hold the whole bulk in a sliver of its mapped range, which the
     * adaptive rule can miss entirely.
     */
    private static GaussLegendre.Sum overLine(GaussLegendre.Integrand f, List<Double> cuts) throws EvaluationException {
        TreeSet<Double> points = new TreeSet<>();
        points.add(0.0);
        cuts.stream().filter(c -> Math.abs(c) < FAR).forEach(points::add);
        List<Double> ends = new ArrayList<>();
        ends.add(Double.NEGATIVE_INFINITY);
        ends.addAll(points);
        ends.add(Double.POSITIVE_INFINITY);
        GaussLegendre.Sum total = GaussLegendre.Sum.ZERO;
        for (int i = 0; i + 1 < ends.size(); i++) {
            GaussLegendre.Sum piece = GaussLegendre.integrate(IntegralRoute.mapped(f, ends.get(i), ends.get(i + 1)), 0, 1, QUADRATURE_REL);
            if (piece == null) {
                return null;
            }
            total = total.plus(piece);
        }
        return total;
    }

    private static double density(double z) {
        return Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
    }

    private static List<Double> cuts(Evaluator ev, List<Expr> kinks, Map<String, BigComplex> env) throws EvaluationException {
        List<Double> out = new ArrayList<>();
        for (Expr k : kinks) {
            out.add(real(ev, k, env, "a kink"));
        }
        return out;
    }

    private static double real(Evaluator ev, Expr e, Map<String, BigComplex> env, String what) throws EvaluationException {
        BigComplex x = ev.evaluate(e, env);
        if (!x.isReal()) {
            throw new EvaluationException(what + " is not real: " + Numbers.show(x, 8));
        }
        return x.re.doubleValue();
    }
}

package dev.proofscheck.mutate;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.model.Claim;
import dev.proofscheck.model.ClaimBody;
import dev.proofscheck.model.Derivation;
import dev.proofscheck.model.Domain;
import dev.proofscheck.numeric.EvaluationException;
import dev.proofscheck.numeric.Evaluator;
import dev.proofscheck.numeric.Numbers;
import dev.proofscheck.numeric.Point;
import dev.proofscheck.numeric.NoValueTally;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The independent route for an integral claim: adaptive Gauss–Legendre in double precision
 * ({@link GaussLegendre}; the checker uses double-exponential quadrature in 50 digits). The range is cut at
 * the claim's {@code split} points (kinks and jumps of Max, Abs, UnitStep; inside a piece the bisection
 * refines towards any other kink), a doubly infinite range also at 0, and each infinite end is mapped to
 * (0, 1) by {@code x = a +- t/(1-t)}. A claim without parameters has one point, the empty one.
 * <p>
 * What double precision can claim: each integrand value is rounded to double (relative 2^-53 = 1.1e-16)
 * and summed with positive weights, so rounding moves the result by about 1e-16 of the integral of |f|
 * (at most ~1e-11 of it over the {@link GaussLegendre#MAX_PANELS} panels even if every rounding adds up);
 * the bisection stops when its error estimate is within {@link #QUADRATURE_REL} of that scale. Both are
 * far inside {@link #EQUAL_REL}, the distance within which the claim holds; a mutated claim is off by O(1).
 */
final class IntegralRoute {
    /** Parameter points (each costs hundreds of evaluations). */
    private static final int POINTS = 4;
    /** Requested accuracy of the quadrature, relative to the larger of |integral| and the integral of |f|. */
    private static final double QUADRATURE_REL = 1e-11;
    /** Holds within this distance, relative to the larger of |claimed|, |integral|, integral of |f|: 1000x the requested accuracy. */
    static final double EQUAL_REL = 1e-8;
    /** Fails beyond this distance (same scale); between the two the point is undecided. */
    static final double DIFFERENT_REL = 1e-5;
    /** Precision of the integrand values handed to the double quadrature (comfortably beyond double). */
    private static final int INTEGRAND_PRECISION = 40;

    private IntegralRoute() {}

    /** {@code g} with definitions expanded. */
    static Truth decide(IndependentRoute route, Derivation d, Claim c, ClaimBody.Integral g) {
        List<Expr> all = new ArrayList<>(List.of(g.integrand(), g.from(), g.to(), g.value()));
        all.addAll(g.splits());
        Map<String, Domain> domains = IndependentRoute.domains(d, c, g.var(), all.toArray(Expr[]::new));
        int decided = 0;
        NoValueTally none = new NoValueTally();
        for (Point p : route.points(domains, POINTS)) {
            none.tried();
            GaussLegendre.Sum q;
            BigComplex v;
            Range range = null;
            try {
                Evaluator ev = new Evaluator(INTEGRAND_PRECISION, route.deadline());
                Map<String, BigComplex> env = p.at(ev);
                v = ev.evaluate(g.value(), env);
                range = range(route, g, env);
                q = range.integral();
            } catch (EvaluationException e) {
                if (range == null || !range.definedSomewhere()) {
                    none.noValue(p, e);
                }
                continue;
            }
            if (q == null) {
                continue;
            }
            double vr = v.re.doubleValue();
            double vi = v.im.doubleValue();
            double scale = Math.max(Math.hypot(vr, vi), Math.max(q.modulus(), q.magnitude()));
            double gap = Math.hypot(q.re() - vr, q.im() - vi);
            double allowed = 0;
            if (g.statedDecimal()) {
                // the claim: the integral rounds or truncates to the stated decimal, i.e. lies within one unit of its last digit
                BigDecimal stated = v.re;
                int lead = stated.signum() == 0 ? 0 : (int) Math.floor(Numbers.log10(stated.abs()));
                allowed = Numbers.tenTo(lead - g.digits() + 1).doubleValue();
            }
            if (gap > allowed + DIFFERENT_REL * scale) {
                return Truth.fails("at " + p + ": Gauss-Legendre gives " + q.re() + (q.im() == 0 ? "" : " + " + q.im() + "*I")
                        + ", claimed " + Numbers.show(v, 12) + (g.statedDecimal() ? " to " + g.digits() + " digits" : ""));
            }
            boolean holds = g.statedDecimal() ? gap + EQUAL_REL * scale < allowed : gap <= EQUAL_REL * scale;
            if (holds) {
                decided++;
            }
        }
        if (none.everywhere()) {
            return Truth.noValue(none.fact());
        }
        int needed = Math.min(route.needed(domains), POINTS);
        return decided >= needed ? Truth.holds("Gauss-Legendre quadrature meets the claimed value at " + decided
                + (domains.isEmpty() ? " point (no parameters)" : " independent points"))
                : Truth.undecided("only " + decided + " parameter points decided");
    }

    /**
     * The integrand (times the Gaussian density if so) and the ends of the pieces of the range, in
     * increasing order; {@code sign} is -1 when the claim integrates from the larger bound to the smaller.
     */
    private record Range(GaussLegendre.Integrand f, List<Double> ends, int sign) {
        /** The integral, or null when the quadrature did not converge. */
        GaussLegendre.Sum integral() throws EvaluationException {
            GaussLegendre.Sum total = GaussLegendre.Sum.ZERO;
            for (int i = 0; i + 1 < ends.size(); i++) {
                if (ends.get(i).equals(ends.get(i + 1))) {
                    continue;
                }
                GaussLegendre.Sum piece = GaussLegendre.integrate(mapped(f, ends.get(i), ends.get(i + 1)), 0, 1, QUADRATURE_REL);
                if (piece == null) {
                    return null;
                }
                total = total.plus(piece);
            }
            return total.times(sign);
        }

        /**
         * Whether the integrand has a value at any of {@link #PROBES} generic points of each piece: an
         * integrand that fails at one quadrature node may still be integrable (an isolated pole). The points
         * u = frac(k phi), phi the golden ratio, avoid round values of x, where an integrand defined only
         * at integers (HermiteHe with the order and the variable swapped) would seem to have a value.
         */
        boolean definedSomewhere() {
            for (int i = 0; i + 1 < ends.size(); i++) {
                GaussLegendre.Integrand piece = mapped(f, ends.get(i), ends.get(i + 1));
                for (int k = 1; k <= PROBES; k++) {
                    try {
                        piece.at((k * GOLDEN) % 1);
                        return true;
                    } catch (EvaluationException e) {
                        if (!e.noValue()) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }
    }

    /** Points of each piece where an integrand without a value at one node is tried again. */
    private static final int PROBES = 5;
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    private static Range range(IndependentRoute route, ClaimBody.Integral g, Map<String, BigComplex> env) throws EvaluationException {
        Evaluator ev = new Evaluator(INTEGRAND_PRECISION, route.deadline());
        double from = g.gaussian() ? Double.NEGATIVE_INFINITY : bound(ev, g.from(), env);
        double to = g.gaussian() ? Double.POSITIVE_INFINITY : bound(ev, g.to(), env);
        GaussLegendre.Integrand f = x -> {
            double weight = g.gaussian() ? Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI) : 1;
            if (weight == 0) {
                return new double[] {0, 0};
            }
            Map<String, BigComplex> at = new java.util.LinkedHashMap<>(env);
            at.put(g.var(), BigComplex.valueOf(new BigDecimal(x)));
            BigComplex y = ev.evaluate(g.integrand(), at);
            double re = y.re.doubleValue() * weight;
            double im = y.im.doubleValue() * weight;
            if (!Double.isFinite(re) || !Double.isFinite(im)) {
                throw new EvaluationException("overflow (the integrand exceeds double at x = " + x + ")");
            }
            return new double[] {re, im};
        };
        double lo = Math.min(from, to);
        double hi = Math.max(from, to);
        TreeSet<Double> cuts = new TreeSet<>();
        for (Expr s : g.splits()) {
            double x = bound(ev, s, env);
            if (x > lo && x < hi) {
                cuts.add(x);
            }
        }
        if (cuts.isEmpty() && lo == Double.NEGATIVE_INFINITY && hi == Double.POSITIVE_INFINITY) {
            cuts.add(0.0);
        }
        List<Double> ends = new ArrayList<>();
        ends.add(lo);
        ends.addAll(cuts);
        ends.add(hi);
        return new Range(f, ends, from > to ? -1 : 1);
    }

    /**
     * The piece [a, b] (a < b, at most one end infinite) as an integrand over u in (0, 1): first the
     * grading t = 3u^2 - 2u^3 (dt/du = 6u(1-u) vanishes at both ends, so an end singularity like
     * 1/sqrt(x - a) becomes bounded), then x = a + (b - a) t, or x = a + t/(1-t), x = b - t/(1-t) towards
     * an infinite end.
     */
    static GaussLegendre.Integrand mapped(GaussLegendre.Integrand f, double a, double b) {
        if (Double.isInfinite(a) && Double.isInfinite(b)) {
            throw new IllegalArgumentException("a piece with two infinite ends (the range is always cut at a finite point)");
        }
        GaussLegendre.Integrand overT;
        if (Double.isInfinite(b)) {
            overT = t -> scaled(f.at(a + t / (1 - t)), 1 / ((1 - t) * (1 - t)));
        } else if (Double.isInfinite(a)) {
            overT = t -> scaled(f.at(b - t / (1 - t)), 1 / ((1 - t) * (1 - t)));
        } else {
            overT = t -> scaled(f.at(a + (b - a) * t), b - a);
        }
        return u -> scaled(overT.at(u * u * (3 - 2 * u)), 6 * u * (1 - u));
    }

    /** A bound or split point: a real number, or an infinity as written. */
    private static double bound(Evaluator ev, Expr e, Map<String, BigComplex> env) throws EvaluationException {
        int inf = IndependentRoute.infinitySign(e);
        if (inf != 0) {
            return inf > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        BigComplex x = ev.evaluate(e, env);
        if (!x.isReal()) {
            throw new EvaluationException("a bound or split point is not real: " + Numbers.show(x, 8));
        }
        return x.re.doubleValue();
    }

    private static double[] scaled(double[] v, double k) {
        return new double[] {v[0] * k, v[1] * k};
    }
}

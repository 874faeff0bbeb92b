package dev.proofscheck.mutate;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.Rational;
import dev.proofscheck.expr.Substitution;
import dev.proofscheck.model.Claim;
import dev.proofscheck.model.ClaimBody;
import dev.proofscheck.model.Definitions;
import dev.proofscheck.model.Derivation;
import dev.proofscheck.model.Direction;
import dev.proofscheck.model.Domain;
import dev.proofscheck.model.MatrixIdentity;
import dev.proofscheck.model.SimulationBody;
import dev.proofscheck.model.Relation;
import dev.proofscheck.model.Variable;
import dev.proofscheck.numeric.Deadline;
import dev.proofscheck.numeric.EvaluationException;
import dev.proofscheck.numeric.Evaluator;
import dev.proofscheck.numeric.Numbers;
import dev.proofscheck.numeric.Point;
import dev.proofscheck.numeric.Sampler;
import dev.proofscheck.numeric.NoValueTally;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether a mutated claim still holds by a route independent of the checker, so that an
 * "equivalent mutant" is recognised, not assumed. What it shares with the checker is only the
 * elementary-function evaluator (itself tested against a double-precision oracle) and the domains;
 * it does not share the checker's sample points (its own seed), comparison rule, precision ladder,
 * limit approach or quadrature:
 * <ul>
 *   <li>identity, equation, value: both sides at a single fixed high precision, at its own points;
 *       a side is compared against a threshold far from both the checker's tolerance and rounding;</li>
 *   <li>limit, series: {@code f} at three points {@code 10^-25, 10^-50, 10^-75} from the limit point
 *       (or {@code 10^25..10^75} towards infinity) and the distance to the claimed value at the last;
 *       a claimed infinity needs a real value of that sign growing by orders of magnitude;</li>
 *   <li>integral: adaptive Gauss–Legendre in double precision (the checker uses double-exponential
 *       quadrature in 50 digits), with the substitutions {@code x = a + t/(1-t)} and
 *       {@code x = t/(1-t^2)} for infinite ranges;</li>
 *   <li>inequality: 64 points instead of 20 ({@link InequalityRoute}); fixed-point: the system solved
 *       again by its own solver ({@link FixedPointRoute}); rate: the ratio to {@code n^a (log n)^b} at
 *       {@code n = 10^16..10^64} instead of local slopes up to 10^8 ({@link RateRoute}); ode: stability by
 *       the Routh array instead of eigenvalues ({@link OdeRoute}); matrix: other random instances compared
 *       as whole matrices at 160/320 digits ({@link MatrixRoute}); simulation: the mutated prediction
 *       against the original, supported one ({@link SimulationRoute}).</li>
 * </ul>
 * Its thresholds leave a wide gap between "holds" and "fails"; anything in between is UNDECIDED.
 */
public final class IndependentRoute {
    /** Points of the domain tried; a claim holds when every one with a value agrees, and at least {@link #MIN_DECIDED} do. */
    static final int POINTS = 8;
    static final int MIN_DECIDED = 3;
    /** Decorrelates this route's points from the checker's, which use the claim seed itself. */
    private static final long SEED_SALT = 0x5eed_1d3a_7e57L;
    /**
     * Working precision of the pointwise and limit routes: 160 digits resolve {@code a + 10^-75} with
     * 85 digits to spare, and leave pointwise cancellation of up to 100 digits harmless.
     */
    static final int PRECISION = 160;
    /** Limits: steps of the approach, in decimal digits: 10^-25, 10^-50, 10^-75. */
    private static final int[] LIMIT_STEPS = {25, 50, 75};
    /** Limits: converged to the claimed value when within this relative distance at the last step (h^(1/5) rates pass). */
    private static final double LIMIT_EQUAL_REL = 1e-12;
    /** Limits: a different limit when the last step is further than this (rates slower than h^(1/15) are UNDECIDED). */
    private static final double LIMIT_DIFFERENT_REL = 1e-5;
    /** Limits to infinity: growth in orders of magnitude from the first to the last step needed to call it divergent. */
    private static final double DIVERGENCE_DECADES = 6;

    private final long seed;
    private final Deadline deadline;
    /** When set, the only point this route decides at. */
    private final Point only;

    public IndependentRoute(long seed, Deadline deadline) {
        this(seed ^ SEED_SALT, deadline, null);
    }

    private IndependentRoute(long saltedSeed, Deadline deadline, Point only) {
        this.seed = saltedSeed;
        this.deadline = deadline;
        this.only = only;
    }

    /** Whether {@code c} (a claim of {@code d}, possibly mutated) holds, decided independently of the checker. */
    public Truth decide(Derivation d, Claim c) {
        return decide(d, c, null);
    }

    /**
     * As {@link #decide(Derivation, Claim)}, with the claim {@code c} is a mutant of: a simulation mutant
     * is judged against the original's (supported) prediction, see {@link SimulationRoute}.
     */
    public Truth decide(Derivation d, Claim c, Claim original) {
        try {
            Definitions defs = new Definitions(d.definitions());
            ClaimBody b = c.body();
            if (b instanceof ClaimBody.Identity i) {
                return pointwise(d, c, defs.expand(i.lhs()), defs.expand(i.rhs()));
            }
            if (b instanceof ClaimBody.Equation q) {
                Map<String, Expr> where = new LinkedHashMap<>();
                q.where().forEach((k, e) -> where.put(k, defs.expand(e)));
                return pointwise(d, c, Substitution.replace(defs.expand(q.lhs()), where),
                        Substitution.replace(defs.expand(q.rhs()), where));
            }
            if (b instanceof ClaimBody.Value v) {
                return pointwise(d, c, defs.expand(v.expr()), new Expr.Num(v.stated()));
            }
            if (b instanceof ClaimBody.Limit l) {
                return limit(d, c, defs.expand(l.expr()), l.var(), defs.expand(l.point()), l.direction(), defs.expand(l.value()), PRECISION);
            }
            if (b instanceof ClaimBody.Series s) {
                Expr f = defs.expand(s.expr());
                Expr a = defs.expand(s.point());
                Expr x = Expr.sym(s.var());
                Expr remainder = Expr.divide(Expr.minus(f, defs.expand(s.polynomial())),
                        Expr.power(Expr.minus(x, a), Expr.num(s.order())));
                return limit(d, c, remainder, s.var(), a, s.direction(), Expr.num(0), seriesPrecision(s.order()));
            }
            if (b instanceof ClaimBody.Inequality q) {
                return InequalityRoute.decide(this, d, c, expand(defs, q.holds()));
            }
            if (b instanceof ClaimBody.FixedPoint f) {
                List<List<Expr>> starts = new ArrayList<>();
                f.starts().forEach(s -> starts.add(s.stream().map(defs::expand).toList()));
                ClaimBody.FixedPoint expanded = new ClaimBody.FixedPoint(f.unknowns(), starts,
                        f.equations().stream().map(r -> expand(defs, r)).toList(), f.branch().stream().map(r -> expand(defs, r)).toList(),
                        f.unique(), f.derivatives(), expand(defs, f.holds()));
                return FixedPointRoute.decide(this, d, c, expanded);
            }
            if (b instanceof ClaimBody.Rate r) {
                return RateRoute.decide(this, d, c, r, defs::expand);
            }
            if (b instanceof ClaimBody.Ode o) {
                Map<String, Expr> drift = new LinkedHashMap<>();
                Map<String, Expr> at = new LinkedHashMap<>();
                Map<String, Expr> equals = new LinkedHashMap<>();
                o.drift().forEach((k, e) -> drift.put(k, defs.expand(e)));
                o.at().forEach((k, e) -> at.put(k, defs.expand(e)));
                o.equals().forEach((k, e) -> equals.put(k, defs.expand(e)));
                return OdeRoute.decide(this, d, c, new ClaimBody.Ode(drift, at, o.fixedPoint(), o.stable(), equals));
            }
            if (b instanceof MatrixIdentity m) {
                return MatrixRoute.decide(this, seed, d, c, m, m.resolve(m.lhs(), defs::expand), m.resolve(m.rhs(), defs::expand));
            }
            if (b instanceof SimulationBody s) {
                return SimulationRoute.decide(this, defs, s, original != null && original.body() instanceof SimulationBody o ? o : null);
            }
            if (b instanceof ClaimBody.GaussianPair p) {
                return GaussianPairRoute.decide(this, d, c, new ClaimBody.GaussianPair(defs.expand(p.integrand()), p.u(), p.v(),
                        defs.expand(p.correlation()), p.uKinks().stream().map(defs::expand).toList(),
                        p.vKinks().stream().map(defs::expand).toList(), defs.expand(p.value())));
            }
            ClaimBody.Integral g = (ClaimBody.Integral) b;
            return IntegralRoute.decide(this, d, c, new ClaimBody.Integral(defs.expand(g.integrand()), g.var(), defs.expand(g.from()),
                    defs.expand(g.to()), g.gaussian(), defs.expand(g.value()), g.splits().stream().map(defs::expand).toList(), g.digits()));
        } catch (Deadline.TimeLimitExceeded e) {
            return Truth.undecided("time limit of the independent route");
        } catch (RuntimeException e) {
            return Truth.undecided("independent route failed: " + e.getMessage());
        }
    }

    private static Relation expand(Definitions defs, Relation r) {
        return new Relation(defs.expand(r.lhs()), r.op(), defs.expand(r.rhs()));
    }

    // ---- identity, equation, value

    Truth pointwise(Derivation d, Claim c, Expr lhs, Expr rhs) {
        Map<String, Domain> domains = domains(d, c, null, lhs, rhs);
        if (c.body() instanceof ClaimBody.Value v) {
            return value(lhs, v);
        }
        int equal = 0;
        NoValueTally none = new NoValueTally();
        for (Point p : points(domains, POINTS)) {
            none.tried();
            BigComplex[] l;
            BigComplex[] r;
            try {
                l = twoPrecisions(lhs, p::at);
                r = twoPrecisions(rhs, p::at);
            } catch (EvaluationException e) {
                none.noValue(p, e);
                continue;
            }
            RouteComparison.AtPoint at = RouteComparison.decide(l, Relation.Operator.EQUAL, r);
            if (at.kind() == Truth.Kind.FAILS) {
                return Truth.fails("at " + p + ": " + at.why());
            }
            if (at.kind() == Truth.Kind.HOLDS) {
                equal++;
            }
        }
        if (none.everywhere()) {
            return Truth.noValue(none.fact());
        }
        return equal >= needed(domains)
                ? Truth.holds("both sides equal at " + equal + " independent points")
                : Truth.undecided("only " + equal + " points decided");
    }

    private Truth value(Expr e, ClaimBody.Value v) {
        Evaluator ev = new Evaluator(PRECISION, deadline);
        try {
            BigComplex x = ev.evaluate(e, Map.of());
            BigDecimal stated = new BigDecimal(v.statedText());
            int lead = stated.signum() == 0 ? 0 : (int) Math.floor(Numbers.log10(stated));
            BigDecimal ulp = Numbers.tenTo(lead - v.digits() + 1);
            boolean close = x.im.signum() == 0 && x.re.subtract(stated).abs().compareTo(ulp) < 0;
            return close ? Truth.holds("value " + Numbers.show(x, 20) + " is within one unit of the last stated digit")
                    : Truth.fails("value " + Numbers.show(x, 20) + " vs stated " + v.statedText());
        } catch (EvaluationException ex) {
            return ex.noValue() ? Truth.noValue("no value: " + ex.getMessage())
                    : Truth.undecided("no value: " + ex.getMessage());
        }
    }

    // ---- limits and series

    /**
     * Series are checked as {@code (expr - equals)/(x - a)^order -> 0} (docs/derivation-format.md). At the
     * last step h = 10^-75 the difference {@code expr - equals} is of size h^(order+1): it is resolved only
     * when the working precision exceeds the {@link #PRECISION} digits of the limits by {@code order} times
     * the step's digits (otherwise the rounding of {@code expr}, divided by h^order, decides the answer).
     */
    static int seriesPrecision(int order) {
        return PRECISION + Math.max(0, order) * LIMIT_STEPS[LIMIT_STEPS.length - 1];
    }

    private Truth limit(Derivation d, Claim c, Expr f, String var, Expr point, Direction direction, Expr value, int precision) {
        Map<String, Domain> domains = domains(d, c, var, f, point, value);
        int infPoint = infinitySign(point);
        int infValue = infinitySign(value);
        List<Integer> sides = new ArrayList<>();
        if (infPoint != 0) {
            sides.add(infPoint);
        } else {
            if (direction != Direction.BELOW) {
                sides.add(1);
            }
            if (direction != Direction.ABOVE) {
                sides.add(-1);
            }
        }
        int decided = 0;
        NoValueTally none = new NoValueTally();
        for (Point p : points(domains, POINTS)) {
            none.tried();
            Evaluator ev = new Evaluator(precision, deadline);
            Map<String, BigComplex> env = p.at(ev);
            try {
                BigComplex a = infPoint != 0 ? null : ev.evaluate(point, env);
                BigComplex v = infValue != 0 ? null : ev.evaluate(value, env);
                for (int side : sides) {
                    BigComplex[] fs = new BigComplex[LIMIT_STEPS.length];
                    EvaluationException missing = null;
                    int valued = 0;
                    for (int k = 0; k < LIMIT_STEPS.length; k++) {
                        BigDecimal h = Numbers.tenTo(infPoint != 0 ? LIMIT_STEPS[k] : -LIMIT_STEPS[k]);
                        BigComplex x = infPoint != 0 ? BigComplex.valueOf(side > 0 ? h : h.negate())
                                : (side > 0 ? a.add(h) : a.subtract(h));
                        Map<String, BigComplex> at = new LinkedHashMap<>(env);
                        at.put(var, x);
                        try {
                            fs[k] = new Evaluator(precision, deadline).evaluate(f, at);
                            valued++;
                        } catch (EvaluationException e) {
                            missing = missing == null ? e : missing;
                        }
                    }
                    if (missing != null) {
                        // no value at every step: the function is undefined near the point; at some steps only: unclear
                        throw valued == 0 ? missing : new EvaluationException("no value at some approach steps: " + missing.getMessage());
                    }
                    String where = "at " + p + (infPoint != 0 ? "" : side > 0 ? ", from above" : ", from below");
                    BigComplex last = fs[fs.length - 1];
                    if (v == null) {
                        double growth = Numbers.log10(Numbers.abs(last)) - Numbers.log10(Numbers.abs(fs[0]));
                        boolean realSigned = last.re.signum() == infValue
                                && (last.im.signum() == 0 || Numbers.log10(last.im.abs()) < Numbers.log10(last.re.abs()) - 6);
                        if (growth >= DIVERGENCE_DECADES && realSigned) {
                            continue;
                        }
                        if (growth < 1 || !realSigned && growth >= DIVERGENCE_DECADES) {
                            return Truth.fails(where + ": f = " + Numbers.show(fs[0], 8) + " ... " + Numbers.show(last, 8)
                                    + " does not go to " + (infValue > 0 ? "" : "-") + "Infinity");
                        }
                        throw new EvaluationException("unclear divergence");
                    }
                    double rel = relative(last.subtract(v), Numbers.max(BigDecimal.ONE, Numbers.abs(v)));
                    if (rel > LIMIT_DIFFERENT_REL) {
                        return Truth.fails(where + ": f -> " + Numbers.show(last, 12) + ", claimed " + Numbers.show(v, 12));
                    }
                    if (rel > LIMIT_EQUAL_REL) {
                        throw new EvaluationException("slow approach");
                    }
                }
                decided++;
            } catch (EvaluationException e) {
                // no value or no clear decision at this point: try the next one
                none.noValue(p, e);
            }
        }
        if (none.everywhere()) {
            return Truth.noValue(none.fact());
        }
        int needed = needed(domains);
        return decided >= needed ? Truth.holds("the approach to 10^-75 meets the claimed value at " + decided + " independent points")
                : Truth.undecided("only " + decided + " parameter points decided");
    }

    // ---- helpers

    List<Point> points(Map<String, Domain> domains, int n) {
        if (only != null) {
            if (!only.re().keySet().containsAll(domains.keySet())) {
                return List.of();
            }
            Map<String, Rational> re = new LinkedHashMap<>();
            Map<String, Rational> im = new LinkedHashMap<>();
            for (String v : domains.keySet()) {
                re.put(v, only.re().get(v));
                if (only.im().containsKey(v)) {
                    im.put(v, only.im().get(v));
                }
            }
            return List.of(new Point(re, im));
        }
        return new Sampler(seed).points(domains, domains.isEmpty() ? 1 : n);
    }

    /** Points that must hold for a claim to hold: {@link #MIN_DECIDED}, or 1 without variables or at one given point. */
    int needed(Map<String, Domain> domains) {
        return only != null || domains.isEmpty() ? 1 : MIN_DECIDED;
    }

    /**
     * This route at the single point {@code p} instead of its own sample: used to re-decide, by this
     * route's own evaluation, a counterexample the checker reports (a point the sample may have missed).
     */
    public IndependentRoute at(Point p) {
        return new IndependentRoute(seed, deadline, p);
    }

    /** {@code e} at {@link #PRECISION} and twice that: the second value, and its change (the rounding noise). */
    BigComplex[] twoPrecisions(Expr e, java.util.function.Function<Evaluator, Map<String, BigComplex>> env) throws EvaluationException {
        BigComplex[] v = new BigComplex[2];
        for (int k = 0; k < 2; k++) {
            Evaluator ev = new Evaluator(PRECISION << k, deadline);
            v[k] = ev.evaluate(e, env.apply(ev));
        }
        return v;
    }

    Deadline deadline() {
        return deadline;
    }

    private static double relative(BigComplex diff, BigDecimal scale) {
        return RouteComparison.relative(Numbers.abs(diff), scale);
    }

    /** +1 or -1 for {@code Infinity} or {@code -Infinity} (as written), else 0. */
    static int infinitySign(Expr e) {
        if (e instanceof Expr.Sym s && s.name().equals("Infinity")) {
            return 1;
        }
        if (e instanceof Expr.Call c && c.head().equals("Times") && c.args().size() == 2
                && c.arg(0) instanceof Expr.Num n && n.value().equals(Rational.of(-1))
                && c.arg(1) instanceof Expr.Sym s && s.name().equals("Infinity")) {
            return -1;
        }
        return 0;
    }

    static Map<String, Domain> domains(Derivation d, Claim c, String bound, Expr... exprs) {
        Set<String> used = new LinkedHashSet<>();
        for (Expr e : exprs) {
            used.addAll(Substitution.symbols(e));
        }
        Map<String, Domain> out = new LinkedHashMap<>();
        for (Variable v : d.variables()) {
            if (used.contains(v.name()) && !v.name().equals(bound)) {
                out.put(v.name(), c.domains().getOrDefault(v.name(), v.domain()));
            }
        }
        return out;
    }
}

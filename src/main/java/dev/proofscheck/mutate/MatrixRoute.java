package dev.proofscheck.mutate;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.Rational;
import dev.proofscheck.expr.Substitution;
import dev.proofscheck.model.Claim;
import dev.proofscheck.model.Derivation;
import dev.proofscheck.model.Domain;
import dev.proofscheck.model.MatrixIdentity;
import dev.proofscheck.model.MatrixLimit;
import dev.proofscheck.model.MatrixSpec;
import dev.proofscheck.model.Variable;
import dev.proofscheck.numeric.EvaluationException;
import dev.proofscheck.numeric.Point;
import dev.proofscheck.numeric.matrix.BigMatrix;
import dev.proofscheck.numeric.matrix.MatrixEvaluator;
import dev.proofscheck.numeric.matrix.MatrixLimitApproach;
import dev.proofscheck.numeric.matrix.RationalMatrix;
import dev.proofscheck.numeric.matrix.RandomMatrices;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The independent route for a matrix identity: other random instances (the route's own seed; for each
 * instance every size name takes one of its listed values at random, where the checker runs through all
 * combinations), both sides at 320 and 640 digits (the checker: a 50/100-digit ladder, raised to 400 or more) and compared as
 * whole matrices, the largest entry difference against the largest entry ({@link RouteComparison}),
 * where the checker compares entry by entry. It shares the matrix evaluator (the meaning of Dot, Inverse,
 * PseudoInverse, ...) and the way a matrix type is drawn.
 */
final class MatrixRoute {
    private static final int INSTANCES = 6;
    /**
     * 320 and 640 digits: pseudo-inverses of rank-deficient products cancel hundreds of digits (the
     * checker's ladder climbs to 400 on some corpus identities), which 160 digits left undecided.
     */
    private static final int PRECISION = 320;
    /** The route's limit steps, digits of the distance to the limit point (as {@link IndependentRoute}'s scalar limits). */
    private static final int[] LIMIT_STEPS = {25, 50, 75};

    private MatrixRoute() {}

    /** {@code lhs} and {@code rhs} with definitions and abbreviations resolved. */
    static Truth decide(IndependentRoute route, long seed, Derivation d, Claim c, MatrixIdentity m, Expr lhs, Expr rhs) {
        Map<String, Domain> domains = new LinkedHashMap<>(m.scalars());
        Set<String> used = new LinkedHashSet<>(Substitution.symbols(lhs));
        used.addAll(Substitution.symbols(rhs));
        for (Variable v : d.variables()) {
            if (used.contains(v.name()) && m.samples(v.name())) {
                domains.put(v.name(), c.domains().getOrDefault(v.name(), v.domain()));
            }
        }
        List<Point> points = route.points(domains, INSTANCES);
        SplittableRandom random = new SplittableRandom(seed);
        int equal = 0;
        for (int k = 0; k < INSTANCES; k++) {
            Map<String, Integer> sizes = new LinkedHashMap<>();
            m.sizes().forEach((name, values) -> sizes.put(name, values.get(random.nextInt(values.size()))));
            RandomMatrices draws = new RandomMatrices(random.nextLong());
            Map<String, RationalMatrix> drawn = new LinkedHashMap<>();
            for (MatrixSpec spec : m.matrices().values()) {
                drawn.put(spec.name(), draws.draw(spec, sizes));
            }
            Point p = points.get(k % points.size());
            RouteComparison.AtPoint at;
            try {
                at = m.limit() == null ? compare(route, drawn, sizes, p, lhs, rhs) : limit(route, drawn, sizes, p, lhs, rhs, m.limit());
            } catch (EvaluationException | RuntimeException e) {
                continue;
            }
            if (at.kind() == Truth.Kind.FAILS) {
                return Truth.fails("at sizes " + sizes + ", " + p + ": " + at.why());
            }
            if (at.kind() == Truth.Kind.HOLDS) {
                equal++;
            }
        }
        return equal >= IndependentRoute.MIN_DECIDED ? Truth.holds("both sides equal on " + equal + " independent random instances")
                : Truth.undecided("only " + equal + " instances decided");
    }

    /** Both sides on one instance, compared as whole matrices. */
    private static RouteComparison.AtPoint compare(IndependentRoute route, Map<String, RationalMatrix> drawn, Map<String, Integer> sizes,
            Point p, Expr lhs, Expr rhs) throws EvaluationException {
        BigMatrix[][] v = evaluate(route, drawn, sizes, p, lhs, rhs);
        return RouteComparison.equality(maxAbsDifference(v[0][1], v[1][1]), noise(v), v[0][1].maxAbs().max(v[1][1].maxAbs()));
    }

    /**
     * A claim stated as a limit: the sides compared at {@code var = point ± 10^-75} (the route's last limit
     * step; the checker follows a sequence down to 10^-40), against the largest entry met at 10^-25, 10^-50
     * and 10^-75 (a limit of 0 is judged against the sizes on the way, not against itself), from every
     * side the claim names.
     */
    private static RouteComparison.AtPoint limit(IndependentRoute route, Map<String, RationalMatrix> drawn, Map<String, Integer> sizes,
            Point p, Expr lhs, Expr rhs, MatrixLimit limit) throws EvaluationException {
        RouteComparison.AtPoint worst = new RouteComparison.AtPoint(Truth.Kind.HOLDS, null);
        for (int sign : MatrixLimitApproach.sides(limit.direction())) {
            BigDecimal scale = BigDecimal.ZERO;
            BigMatrix[][] v = null;
            for (int digits : LIMIT_STEPS) {
                Rational h = new Rational(BigInteger.ONE, BigInteger.TEN.pow(digits));
                Map<String, Expr> at = Map.of(limit.var(), Expr.plus(limit.point(), new Expr.Num(sign > 0 ? h : Rational.ZERO.subtract(h))));
                v = evaluate(route, drawn, sizes, p, Substitution.replace(lhs, at), Substitution.replace(rhs, at));
                scale = scale.max(v[0][1].maxAbs()).max(v[1][1].maxAbs());
            }
            RouteComparison.AtPoint a = RouteComparison.equality(maxAbsDifference(v[0][1], v[1][1]), noise(v), scale);
            if (a.kind() == Truth.Kind.FAILS) {
                return new RouteComparison.AtPoint(Truth.Kind.FAILS, (sign > 0 ? "from above" : "from below") + " at 10^-"
                        + LIMIT_STEPS[LIMIT_STEPS.length - 1] + ": " + a.why());
            }
            if (a.kind() == Truth.Kind.UNDECIDED) {
                worst = a;
            }
        }
        return worst;
    }

    /** {lhs, rhs} x {at PRECISION, at twice PRECISION}. */
    private static BigMatrix[][] evaluate(IndependentRoute route, Map<String, RationalMatrix> drawn, Map<String, Integer> sizes, Point p,
            Expr lhs, Expr rhs) throws EvaluationException {
        BigMatrix[][] v = new BigMatrix[2][2];
        for (int q = 0; q < 2; q++) {
            MatrixEvaluator ev = new MatrixEvaluator(PRECISION << q, PRECISION, route.deadline());
            Map<String, BigMatrix> mats = new LinkedHashMap<>();
            drawn.forEach((name, x) -> mats.put(name, x.at(ev.mathContext())));
            Map<String, BigComplex> env = p.at(ev.scalarEvaluator());
            sizes.forEach((name, n) -> env.put(name, ev.scalarEvaluator().rational(Rational.of(n))));
            v[0][q] = ev.evaluate(lhs, mats, env).asMatrix();
            v[1][q] = ev.evaluate(rhs, mats, env).asMatrix();
        }
        return v;
    }

    /** The rounding noise of both sides (their change between the two precisions), times the route's margin. */
    private static BigDecimal noise(BigMatrix[][] v) {
        return maxAbsDifference(v[0][1], v[0][0]).add(maxAbsDifference(v[1][1], v[1][0])).multiply(BigDecimal.valueOf(RouteComparison.NOISE_MARGIN));
    }

    private static BigDecimal maxAbsDifference(BigMatrix a, BigMatrix b) {
        if (a.rows() != b.rows() || a.cols() != b.cols()) {
            throw new IllegalArgumentException("shapes differ");
        }
        BigDecimal m = BigDecimal.ZERO;
        for (int i = 0; i < a.rows(); i++) {
            for (int j = 0; j < a.cols(); j++) {
                m = m.max(dev.proofscheck.numeric.Numbers.abs(a.get(i, j).subtract(b.get(i, j))));
            }
        }
        return m;
    }
}

package dev.proofscheck.mutate;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.Rational;
import dev.proofscheck.expr.Substitution;
import dev.proofscheck.model.Claim;
import dev.proofscheck.model.Derivation;
import dev.proofscheck.model.Domain;
import dev.proofscheck.model.MatrixIdentity;
import dev.proofscheck.model.MatrixSpec;
import dev.proofscheck.model.Variable;
import dev.proofscheck.numeric.EvaluationException;
import dev.proofscheck.numeric.Point;
import dev.proofscheck.numeric.matrix.BigMatrix;
import dev.proofscheck.numeric.matrix.MatrixEvaluator;
import dev.proofscheck.numeric.matrix.RationalMatrix;
import dev.proofscheck.numeric.matrix.RandomMatrices;
import java.math.BigDecimal;
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

    private MatrixRoute() {}

    /** {@code lhs} and {@code rhs} with definitions and abbreviations resolved. */
    static Truth decide(IndependentRoute route, long seed, Derivation d, Claim c, MatrixIdentity m, Expr lhs, Expr rhs) {
        Map<String, Domain> domains = new LinkedHashMap<>(m.scalars());
        Set<String> used = new LinkedHashSet<>(Substitution.symbols(lhs));
        used.addAll(Substitution.symbols(rhs));
        for (Variable v : d.variables()) {
            if (used.contains(v.name()) && !m.sizes().containsKey(v.name())) {
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
            BigMatrix[] l = new BigMatrix[2];
            BigMatrix[] r = new BigMatrix[2];
            try {
                for (int q = 0; q < 2; q++) {
                    MatrixEvaluator ev = new MatrixEvaluator(PRECISION << q, PRECISION, route.deadline());
                    Map<String, BigMatrix> mats = new LinkedHashMap<>();
                    drawn.forEach((name, x) -> mats.put(name, x.at(ev.mathContext())));
                    Map<String, BigComplex> env = p.at(ev.scalarEvaluator());
                    sizes.forEach((name, n) -> env.put(name, ev.scalarEvaluator().rational(Rational.of(n))));
                    l[q] = ev.evaluate(lhs, mats, env).asMatrix();
                    r[q] = ev.evaluate(rhs, mats, env).asMatrix();
                }
            } catch (EvaluationException | RuntimeException e) {
                continue;
            }
            BigDecimal diff = maxAbsDifference(l[1], r[1]);
            BigDecimal noise = maxAbsDifference(l[1], l[0]).add(maxAbsDifference(r[1], r[0]))
                    .multiply(BigDecimal.valueOf(RouteComparison.NOISE_MARGIN));
            RouteComparison.AtPoint at = RouteComparison.equality(diff, noise, l[1].maxAbs().max(r[1].maxAbs()));
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

package dev.proofscheck.numeric;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.Substitution;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Kink lines of a two-Gaussian integrand found in the integrand itself, next to the declared ones: where
 * the argument of {@code Abs}, {@code Sign}, {@code UnitStep} or the difference of the two arguments of
 * {@code Max}/{@code Min} is affine in u alone (a line u = c) or in v alone (v = c). Cutting at a line that
 * is not a kink costs nothing but panels; a kink left uncut (an edited constant inside Max, a forgotten
 * split) costs the frames their agreement.
 */
final class PairKinks {
    private static final Set<String> ONE_ARGUMENT = Set.of("Abs", "Sign", "UnitStep");
    private static final Set<String> TWO_ARGUMENTS = Set.of("Max", "Min");
    /**
     * Besides 0 and 1, where the line through d is fitted: d must lie on it here too, to half the working
     * digits (an exactly affine d meets it to rounding). A non-affine d mistaken for affine would only add a
     * cut, which costs panels, never accuracy.
     */
    private static final long[] AFFINE_PROBES = {3, -7};

    private PairKinks() {}

    /** Adds to {@code uKinks}/{@code vKinks} the lines found in {@code f} at the parameter values {@code env}. */
    static void find(Expr f, String u, String v, Evaluator ev, Map<String, BigComplex> env, List<BigDecimal> uKinks,
            List<BigDecimal> vKinks) {
        if (f instanceof Expr.Call c) {
            Expr d = null;
            if (ONE_ARGUMENT.contains(c.head()) && c.args().size() == 1) {
                d = c.args().get(0);
            } else if (TWO_ARGUMENTS.contains(c.head()) && c.args().size() == 2) {
                d = Expr.minus(c.args().get(0), c.args().get(1));
            }
            if (d != null) {
                Set<String> free = Substitution.symbols(d);
                if (free.contains(u) && !free.contains(v)) {
                    add(root(d, u, ev, env), uKinks);
                } else if (free.contains(v) && !free.contains(u)) {
                    add(root(d, v, ev, env), vKinks);
                }
            }
            c.args().forEach(a -> find(a, u, v, ev, env, uKinks, vKinks));
        }
    }

    /** The root of {@code d} in {@code x} when d is affine in x (checked at two more points), else null. */
    private static BigDecimal root(Expr d, String x, Evaluator ev, Map<String, BigComplex> env) {
        try {
            BigDecimal d0 = at(d, x, BigDecimal.ZERO, ev, env);
            BigDecimal d1 = at(d, x, BigDecimal.ONE, ev, env);
            BigDecimal slope = d1.subtract(d0);
            if (slope.signum() == 0) {
                return null;
            }
            MathContext mc = ev.mathContext();
            BigDecimal tolerance = slope.abs().add(d0.abs()).multiply(Numbers.tenTo(-mc.getPrecision() / 2));
            for (long t : AFFINE_PROBES) {
                BigDecimal expected = d0.add(slope.multiply(BigDecimal.valueOf(t)), mc);
                if (at(d, x, BigDecimal.valueOf(t), ev, env).subtract(expected).abs().compareTo(tolerance) > 0) {
                    return null; // not affine: no line
                }
            }
            return d0.negate().divide(slope, mc);
        } catch (EvaluationException | ArithmeticException e) {
            return null;
        }
    }

    private static BigDecimal at(Expr d, String x, BigDecimal value, Evaluator ev, Map<String, BigComplex> env) throws EvaluationException {
        Map<String, BigComplex> at = new HashMap<>(env);
        at.put(x, BigComplex.valueOf(value));
        BigComplex r = ev.evaluate(d, at);
        if (!r.isReal()) {
            throw new EvaluationException("not real");
        }
        return r.re;
    }

    private static void add(BigDecimal k, List<BigDecimal> kinks) {
        if (k != null && kinks.stream().noneMatch(x -> x.compareTo(k) == 0)) {
            kinks.add(k);
        }
    }
}

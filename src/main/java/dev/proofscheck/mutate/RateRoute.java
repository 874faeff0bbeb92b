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
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The independent route for a rate claim {@code expr ~ n^a (log n)^b}: instead of the checker's local
 * log-log slopes over {@code n = 10^2..10^8}, the ratio {@code g(n) = |expr| / (n^a (log n)^b)} far out,
 * at {@code n = 10^16, 10^32, 10^64} (200 and 400 digits, so that cancellation of 100 digits is harmless).
 * Each doubling of the decades multiplies the ratio by about {@code 2^delta} when the log power is off
 * by delta, and by {@code 10^(decades * eps)} when the exponent is off by eps: the claim holds when the
 * last doubling changes the ratio by less than 3% and by no more than the one before; it fails when both
 * doublings change it by more than a factor 2^0.4.
 */
final class RateRoute {
    private static final int[] DECADES = {16, 32, 64};
    private static final int PRECISION = 200;
    /** |log2| of the ratio change over the last doubling below which the rate holds. */
    private static final double HOLDS_LOG2 = 0.04;
    /** |log2| of the ratio change over both doublings beyond which it fails (a log power off by 0.4 or more). */
    private static final double FAILS_LOG2 = 0.4;

    private RateRoute() {}

    static Truth decide(IndependentRoute route, Derivation d, Claim c, Expr expr, String var, Expr exponent, Expr logPower) {
        Map<String, Domain> domains = IndependentRoute.domains(d, c, var, expr, exponent, logPower);
        Expr n = Expr.sym(var);
        Expr g = Expr.divide(Expr.call("Abs", expr), Expr.times(Expr.power(n, exponent), Expr.power(Expr.call("Log", n), logPower)));
        int held = 0;
        for (Point p : route.points(domains, IndependentRoute.POINTS)) {
            double[] log2 = new double[DECADES.length];
            try {
                for (int k = 0; k < DECADES.length; k++) {
                    log2[k] = log2(value(route, g, var, DECADES[k], p));
                }
            } catch (EvaluationException e) {
                continue;
            }
            double first = Math.abs(log2[1] - log2[0]);
            double last = Math.abs(log2[2] - log2[1]);
            if (first > FAILS_LOG2 && last > FAILS_LOG2) {
                return Truth.fails("at " + p + ": |expr|/(n^a (log n)^b) changes by 2^" + fmt(log2[1] - log2[0]) + " from 10^"
                        + DECADES[0] + " to 10^" + DECADES[1] + " and by 2^" + fmt(log2[2] - log2[1]) + " to 10^" + DECADES[2]);
            }
            if (last <= HOLDS_LOG2 && last <= first + 1e-3) {
                held++;
            }
        }
        int needed = route.needed(domains);
        return held >= needed ? Truth.holds("the ratio settles between 10^" + DECADES[1] + " and 10^" + DECADES[2] + " at " + held + " points")
                : Truth.undecided("only " + held + " points decided");
    }

    /** g at n = 10^decades, real and non-zero, with its rounding checked against twice the precision. */
    private static BigDecimal value(IndependentRoute route, Expr g, String var, int decades, Point p) throws EvaluationException {
        BigComplex[] v = new BigComplex[2];
        for (int k = 0; k < 2; k++) {
            Evaluator ev = new Evaluator(PRECISION << k, route.deadline());
            Map<String, BigComplex> env = new LinkedHashMap<>(p.at(ev));
            env.put(var, BigComplex.valueOf(Numbers.tenTo(decades)));
            v[k] = ev.evaluate(g, env);
        }
        BigDecimal x = v[1].re;
        if (x.signum() <= 0 || Numbers.log10(Numbers.abs(v[1].subtract(v[0]))) > Numbers.log10(x) - 10) {
            throw new EvaluationException("no clear value");
        }
        return x;
    }

    private static double log2(BigDecimal x) {
        return Numbers.log10(x) / Math.log10(2);
    }

    private static String fmt(double x) {
        return String.format(java.util.Locale.ROOT, "%.3g", x);
    }

    /** Convenience for {@link IndependentRoute}: the rate claim's parts, definitions expanded by the caller. */
    static Truth decide(IndependentRoute route, Derivation d, Claim c, ClaimBody.Rate r, java.util.function.UnaryOperator<Expr> expand) {
        return decide(route, d, c, expand.apply(r.expr()), r.var(), expand.apply(r.exponent()), expand.apply(r.logPower()));
    }
}

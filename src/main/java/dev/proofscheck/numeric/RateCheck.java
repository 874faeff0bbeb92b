package dev.proofscheck.numeric;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.Rational;
import dev.proofscheck.model.Domain;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that {@code expr} grows like {@code n^a (log n)^b} as {@code n -> Infinity}: at each sampled
 * point of the other variables, {@code g(n) = |expr|/(log n)^b} is evaluated in high precision at
 * n = 10^2, 10^2.5, ..., 10^8, and the local slopes of log g against log n over the last two decades
 * must approach {@code a}. Local slopes, not one least-squares fit over the whole range: lower-order
 * terms bias a global fit, while the local slope at large n tends to the exponent. With
 * {@code constant}, the ratio {@code g/n^a} must moreover settle at a non-zero value.
 */
public final class RateCheck {
    private final long seed;
    private final Deadline deadline;

    public RateCheck(long seed, Deadline deadline) {
        this.seed = seed;
        this.deadline = deadline;
    }

    public NumericOutcome check(Expr expr, String var, Expr exponent, Expr logPower, boolean constant, Map<String, Domain> domains) {
        PrecisionLadder ladder = new PrecisionLadder(deadline);
        Expr g = Expr.times(Expr.call("Abs", expr), Expr.power(Expr.call("Log", Expr.sym(var)), Expr.call("Times", Expr.num(-1), logPower)));
        List<Point> candidates = new Sampler(seed).points(domains, domains.isEmpty() ? 1 : Tolerances.MAX_CANDIDATE_POINTS);
        int wanted = domains.isEmpty() ? 1 : Tolerances.SAMPLE_POINTS;
        int steps = 2 * (SolverTolerances.RATE_TO_DECADE - SolverTolerances.RATE_FROM_DECADE);
        int holding = 0;
        double worst = 0;
        List<String> undecided = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Point p : candidates) {
            if (holding >= wanted) {
                break;
            }
            double a;
            double[] logN = new double[steps + 1];
            double[] logG = new double[steps + 1];
            try {
                a = real(ladder.estimate(exponent, p), "exponent");
                for (int k = 0; k <= steps; k++) {
                    Rational n = Rational.of(new BigDecimal(Math.pow(10, SolverTolerances.RATE_FROM_DECADE + k / 2.0))
                            .setScale(0, java.math.RoundingMode.HALF_EVEN));
                    Map<String, Rational> re = new LinkedHashMap<>(p.re());
                    re.put(var, n);
                    Point at = new Point(re, p.im());
                    Estimate v = ladder.estimate(g, at);
                    if (v.value().re.signum() == 0) {
                        throw new EvaluationException("the expression is 0 at " + var + " = " + Numbers.show(n));
                    }
                    logN[k] = Math.log10(n.num().doubleValue());
                    logG[k] = Numbers.log10(v.value().re);
                }
            } catch (EvaluationException e) {
                skipped.add(p + " (" + e.getMessage() + ")");
                continue;
            }
            double last = slope(logN, logG, steps - 2, steps);
            double previous = slope(logN, logG, steps - 4, steps - 2);
            double devLast = Math.abs(last - a);
            double devPrevious = Math.abs(previous - a);
            String slopes = "local slopes " + fmt(previous) + " (10^" + (SolverTolerances.RATE_TO_DECADE - 2) + "..10^"
                    + (SolverTolerances.RATE_TO_DECADE - 1) + "), " + fmt(last) + " (10^" + (SolverTolerances.RATE_TO_DECADE - 1)
                    + "..10^" + SolverTolerances.RATE_TO_DECADE + ") vs exponent " + fmt(a);
            double drift = Math.abs(Math.pow(10, logG[steps] - logG[steps - 2] - a * (logN[steps] - logN[steps - 2])) - 1);
            String ratio = "ratio to " + var + "^a changes by " + fmt(drift) + " over the last decade";
            boolean slopeHolds = devLast <= SolverTolerances.RATE_SLOPE_TOLERANCE
                    && devLast <= devPrevious + SolverTolerances.RATE_SLOPE_TOLERANCE / 10;
            boolean slopeFails = Math.min(devLast, devPrevious) > SolverTolerances.RATE_REFUTE_GAP;
            boolean ratioFails = constant && drift > 10 * SolverTolerances.RATE_RATIO_DRIFT;
            if (slopeFails || ratioFails) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("point", p.toString());
                details.put("exponent", fmt(a));
                details.put("slope_previous_decade", fmt(previous));
                details.put("slope_last_decade", fmt(last));
                details.put("ratio_drift_last_decade", fmt(drift));
                details.put("points_holding_before", holding);
                return new NumericOutcome(NumericOutcome.Status.REFUTED, "at " + p + ": " + slopes
                        + (ratioFails && !slopeFails ? "; " + ratio + ", so the ratio does not tend to a constant" : "")
                        + " (refuted beyond " + (slopeFails ? SolverTolerances.RATE_REFUTE_GAP : 10 * SolverTolerances.RATE_RATIO_DRIFT) + ")",
                        details);
            }
            if (!slopeHolds || (constant && drift > SolverTolerances.RATE_RATIO_DRIFT)) {
                undecided.add(p + ": " + slopes + (constant ? "; " + ratio : "")
                        + " (neither within " + SolverTolerances.RATE_SLOPE_TOLERANCE + " nor clearly off; a log factor? see log-power)");
                continue;
            }
            holding++;
            worst = Math.max(worst, devLast);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("points", holding);
        details.put("n_range", "10^" + SolverTolerances.RATE_FROM_DECADE + "..10^" + SolverTolerances.RATE_TO_DECADE);
        details.put("largest_slope_deviation", fmt(worst));
        PointDetails.putCounted(details, "undecided", undecided);
        PointDetails.putCounted(details, "skipped", skipped);
        if (holding < wanted || undecided.size() > SolverTolerances.MAX_UNDECIDED_POINTS) {
            return new NumericOutcome(NumericOutcome.Status.INCONCLUSIVE, holding + " of " + wanted + " points decided"
                    + (undecided.isEmpty() ? "" : "; " + undecided.size() + " undecided, e.g. " + undecided.get(0))
                    + (skipped.isEmpty() ? "" : "; " + skipped.size() + " without a value, e.g. " + skipped.get(0)), details);
        }
        return new NumericOutcome(NumericOutcome.Status.AGREES, (domains.isEmpty() ? "" : holding + " points: ")
                + "the local log-log slope over " + var + " = 10^" + (SolverTolerances.RATE_TO_DECADE - 1) + "..10^"
                + SolverTolerances.RATE_TO_DECADE + " is within " + fmt(worst) + " of the exponent (tolerance "
                + SolverTolerances.RATE_SLOPE_TOLERANCE + ", and not moving away from it)"
                + (constant ? "; the ratio to " + var + "^a settles (change < " + SolverTolerances.RATE_RATIO_DRIFT + " over the last decade)" : "")
                + (undecided.isEmpty() ? "" : "; " + undecided.size() + " points undecided"), details);
    }

    private static double slope(double[] x, double[] y, int from, int to) {
        return (y[to] - y[from]) / (x[to] - x[from]);
    }

    private static double real(Estimate e, String what) throws EvaluationException {
        BigComplex v = e.value();
        if (v.im.abs().compareTo(v.re.abs().multiply(Numbers.tenTo(-Tolerances.REQUIRED_DIGITS)).add(e.error())) > 0) {
            throw new EvaluationException(what + " is not real: " + Numbers.show(v, 10));
        }
        return v.re.doubleValue();
    }

    private static String fmt(double x) {
        return String.format(java.util.Locale.ROOT, "%.4g", x);
    }
}

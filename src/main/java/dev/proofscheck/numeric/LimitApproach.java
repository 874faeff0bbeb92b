package dev.proofscheck.numeric;

import dev.proofscheck.expr.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ch.obermuhlner.math.big.BigComplex;
import java.math.BigDecimal;

/**
 * Estimates a one-sided limit by evaluating along {@code point ± 10^(-4k)} (or {@code ±10^(2k)} towards
 * infinity) in high precision. The change between the last two values bounds the error of the last one
 * whenever the approach converges like a positive power of the step, which is what it checks for.
 */
public final class LimitApproach {
    /** Extra digits above the smallest step so that {@code point + h} is still resolved. */
    private static final int GUARD_DIGITS = 40;
    private static final int INFINITE_STEP_DIGITS = 2;
    /**
     * Growth, in decades over the last three steps, that counts as divergence. The steps span 12 decades
     * of h (8 towards infinity), so |f| ~ h^-p grows 12p decades: 4 catches every power p >= 1/3 (the
     * 1/sqrt(z) blow-up of a Stieltjes transform at a hard edge gives 6, which a threshold of 6 missed),
     * while a convergent sequence never grows monotonically by 4 decades near its limit.
     */
    private static final double DIVERGENCE_DECADES = 4;

    /**
     * How the approach ended. {@code DRIFTS}: real values that keep moving one way by steps that do not
     * shrink over the last three steps (a logarithmic divergence: Log[u] gains 4.6 per step), well above
     * the rounding; a convergent approach's steps shrink.
     */
    public enum Kind { CONVERGED, DIVERGES, DRIFTS, NO_CONVERGENCE, UNDEFINED }

    /** A drift's smallest step must exceed the rounding error by this factor (rounding noise never drifts). */
    private static final int DRIFT_OVER_ROUNDING = 1_000_000;

    /**
     * The last value, the error bound, the largest magnitude seen along the way, and a short trail;
     * {@code noValue} when the function had no value at every step ({@link EvaluationException#noValue()}).
     */
    public record Result(Kind kind, BigComplex value, BigDecimal error, BigDecimal scale, String trail, boolean noValue) {
        Result(Kind kind, BigComplex value, BigDecimal error, BigDecimal scale, String trail) {
            this(kind, value, error, scale, trail, false);
        }
    }

    private final Deadline deadline;

    public LimitApproach(Deadline deadline) {
        this.deadline = deadline;
    }

    /**
     * Approaches {@code var -> point} from the side {@code sign} (+1 above, -1 below); for an infinite
     * point, {@code point} is null and {@code sign} says which infinity.
     */
    public Result approach(Expr f, String var, Expr point, int sign, Point params) {
        int steps = Tolerances.LIMIT_STEPS;
        int stepDigits = stepDigits(point);
        int precision = precisionFor(stepDigits);
        // wide range: a limit like e^N towards infinity is seen growing (its values reach 10^(4e8)), not an overflow
        PrecisionLadder ladder = new PrecisionLadder(precision, Tolerances.REQUIRED_DIGITS, deadline).wideRange();
        List<BigComplex> values = new ArrayList<>();
        BigDecimal rounding = BigDecimal.ZERO;
        String failure = null;
        for (int k = 1; k <= steps; k++) {
            try {
                Estimate e = atStep(f, var, point, sign, params, ladder, k, stepDigits);
                values.add(e.value());
                rounding = e.error();
            } catch (EvaluationException | PointException ex) {
                failure = ex.getMessage();
                if (point != null || values.size() < 4) {
                    String trail = "no value at step " + k + ": " + failure;
                    boolean none = values.isEmpty() && EvaluationException.denotesNothing(failure)
                            && noValueAtLaterSteps(f, var, point, sign, params, ladder, k + 1, stepDigits);
                    return new Result(Kind.UNDEFINED, null, null, null, trail, none);
                }
                break;
            }
        }
        return classify(values, rounding);
    }

    /** Whether {@code f} has no value at any step from {@code first} on either (a pole at one step is not "no value"). */
    private static boolean noValueAtLaterSteps(Expr f, String var, Expr point, int sign, Point params, PrecisionLadder ladder,
            int first, int stepDigits) {
        for (int k = first; k <= Tolerances.LIMIT_STEPS; k++) {
            try {
                atStep(f, var, point, sign, params, ladder, k, stepDigits);
                return false;
            } catch (EvaluationException | PointException ex) {
                if (!EvaluationException.denotesNothing(ex.getMessage())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@code f} at the approach's step {@code k}. */
    private static Estimate atStep(Expr f, String var, Expr point, int sign, Point params, PrecisionLadder ladder, int k,
            int stepDigits) throws EvaluationException {
        return ladder.estimate(f, ev -> {
            Map<String, BigComplex> env = params.at(ev);
            env.put(var, location(ev, point, sign, k, stepDigits, params));
            return env;
        });
    }

    /** Decades between the approach's steps: 2 towards infinity (x = 10^(2k)), else 4 (h = 10^(-4k)). */
    static int stepDigits(Expr point) {
        return point == null ? INFINITE_STEP_DIGITS : Tolerances.LIMIT_STEP_DIGITS;
    }

    /** The working precision of an approach whose steps shrink by {@code stepDigits} decades: the smallest step and 30 digits beyond it. */
    public static int precisionFor(int stepDigits) {
        return Tolerances.LIMIT_STEPS * stepDigits + Tolerances.REQUIRED_DIGITS + GUARD_DIGITS;
    }

    /** The variable's value at step {@code k}: a {@link PointException} when the limit point has no value. */
    static BigComplex location(Evaluator ev, Expr point, int sign, int k, int stepDigits, Point params) {
        BigDecimal h = Numbers.tenTo(k * stepDigits);
        if (point == null) {
            return BigComplex.valueOf(sign > 0 ? h : h.negate());
        }
        BigComplex a;
        try {
            a = ev.evaluate(point, params.at(ev));
        } catch (EvaluationException e) {
            throw new PointException("the limit point has no value: " + e.getMessage());
        }
        BigDecimal step = Numbers.tenTo(-k * stepDigits);
        return sign > 0 ? a.add(step) : a.subtract(step);
    }

    /** The kind of ending of a sequence of at least four values, with {@code rounding} the last value's rounding error. */
    static Result classify(List<BigComplex> values, BigDecimal rounding) {
        int n = values.size();
        BigComplex last = values.get(n - 1);
        BigDecimal scale = BigDecimal.ZERO;
        for (BigComplex v : values) {
            BigDecimal m = Numbers.abs(v);
            if (m.compareTo(scale) > 0) {
                scale = m;
            }
        }
        List<BigDecimal> gaps = new ArrayList<>();
        List<BigDecimal> sizes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sizes.add(Numbers.abs(values.get(i)));
            if (i > 0) {
                gaps.add(Numbers.abs(Numbers.difference(values.get(i), values.get(i - 1))));
            }
        }
        BigDecimal d1 = gaps.get(gaps.size() - 1);
        BigDecimal d2 = gaps.get(gaps.size() - 2);
        BigDecimal d3 = gaps.get(gaps.size() - 3);
        String trail = "f = " + Numbers.show(values.get(n - 3), 12) + ", " + Numbers.show(values.get(n - 2), 12)
                + ", " + Numbers.show(last, 12) + " along the approach";
        Kind kind = trend(gaps, sizes, BigDecimal.ZERO);
        if (kind == Kind.CONVERGED) {
            return new Result(kind, last, Numbers.sum(d1, rounding), scale, trail);
        }
        if (kind == Kind.NO_CONVERGENCE && drifting(values.subList(n - 4, n), d1, d2, d3, rounding)) {
            return new Result(Kind.DRIFTS, last, d3, scale, trail + " (steps " + Numbers.sci(d3) + ", " + Numbers.sci(d2) + ", "
                    + Numbers.sci(d1) + ": not shrinking)");
        }
        return new Result(kind, last, d1, scale, trail);
    }

    /**
     * How a sequence along the approach ends (at least four values), from the distances between
     * consecutive values ({@code gaps.get(i)} between values i and i + 1) and the values' magnitudes:
     * converged when the last three gaps shrink, or the last two are at most {@code noise} (the values
     * agree within rounding); diverging when the magnitude grows over the last three steps, by at least
     * {@link #DIVERGENCE_DECADES} decades over the last four values.
     */
    public static Kind trend(List<BigDecimal> gaps, List<BigDecimal> sizes, BigDecimal noise) {
        int g = gaps.size();
        int n = sizes.size();
        BigDecimal d1 = gaps.get(g - 1);
        BigDecimal d2 = gaps.get(g - 2);
        BigDecimal d3 = gaps.get(g - 3);
        boolean shrinking = (d1.compareTo(noise) <= 0 && d2.compareTo(noise) <= 0) || (d1.compareTo(d2) < 0 && d2.compareTo(d3) < 0);
        if (shrinking) {
            return Kind.CONVERGED;
        }
        boolean growing = sizes.get(n - 1).compareTo(sizes.get(n - 2)) > 0 && sizes.get(n - 2).compareTo(sizes.get(n - 3)) > 0
                && Numbers.log10(sizes.get(n - 1)) - Numbers.log10(sizes.get(n - 4)) >= DIVERGENCE_DECADES;
        return growing ? Kind.DIVERGES : Kind.NO_CONVERGENCE;
    }

    /**
     * The last four values real and moving one way (the three steps of one sign), each step at least as
     * large as the one before ({@code d3 <= d2 <= d1}, up to the rounding error: Log[u]'s steps are equal) and
     * the smallest far beyond the rounding error. A slow convergence such as u^(-1e-8) has steps that shrink
     * by 5e-8 relative, far more than the rounding, so it is not taken for a drift.
     */
    private static boolean drifting(List<BigComplex> last4, BigDecimal d1, BigDecimal d2, BigDecimal d3, BigDecimal rounding) {
        if (!last4.stream().allMatch(BigComplex::isReal)) {
            return false;
        }
        int sign = last4.get(1).re.compareTo(last4.get(0).re);
        boolean oneWay = sign != 0 && last4.get(2).re.compareTo(last4.get(1).re) == sign && last4.get(3).re.compareTo(last4.get(2).re) == sign;
        BigDecimal slack = rounding.multiply(BigDecimal.valueOf(4));
        return oneWay && Numbers.sum(d2, slack).compareTo(d3) >= 0 && Numbers.sum(d1, slack).compareTo(d2) >= 0
                && d3.compareTo(rounding.multiply(BigDecimal.valueOf(DRIFT_OVER_ROUNDING))) > 0;
    }

    /** The limit point itself could not be evaluated. */
    static final class PointException extends RuntimeException {
        PointException(String message) {
            super(message, null, false, false);
        }
    }
}

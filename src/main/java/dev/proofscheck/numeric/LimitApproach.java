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

    /** How the approach ended. */
    public enum Kind { CONVERGED, DIVERGES, NO_CONVERGENCE, UNDEFINED }

    /** The last value, the error bound, the largest magnitude seen along the way, and a short trail. */
    public record Result(Kind kind, BigComplex value, BigDecimal error, BigDecimal scale, String trail) {}

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
        int stepDigits = point == null ? INFINITE_STEP_DIGITS : Tolerances.LIMIT_STEP_DIGITS;
        int precision = precisionFor(stepDigits);
        PrecisionLadder ladder = new PrecisionLadder(precision, Tolerances.REQUIRED_DIGITS, deadline);
        List<BigComplex> values = new ArrayList<>();
        BigDecimal rounding = BigDecimal.ZERO;
        String failure = null;
        for (int k = 1; k <= steps; k++) {
            final int step = k;
            try {
                Estimate e = ladder.estimate(f, ev -> {
                    Map<String, BigComplex> env = params.at(ev);
                    env.put(var, location(ev, point, sign, step, stepDigits, params));
                    return env;
                });
                values.add(e.value());
                rounding = e.error();
            } catch (EvaluationException | PointException ex) {
                failure = ex.getMessage();
                if (point != null || values.size() < 4) {
                    return new Result(Kind.UNDEFINED, null, null, null, "no value at step " + k + ": " + failure);
                }
                break;
            }
        }
        return classify(values, rounding);
    }

    /** The working precision of an approach whose steps shrink by {@code stepDigits} decades: the smallest step and 30 digits beyond it. */
    public static int precisionFor(int stepDigits) {
        return Tolerances.LIMIT_STEPS * stepDigits + Tolerances.REQUIRED_DIGITS + GUARD_DIGITS;
    }

    private static BigComplex location(Evaluator ev, Expr point, int sign, int k, int stepDigits, Point params) {
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

    private static Result classify(List<BigComplex> values, BigDecimal rounding) {
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
                gaps.add(Numbers.abs(values.get(i).subtract(values.get(i - 1))));
            }
        }
        BigDecimal d1 = gaps.get(gaps.size() - 1);
        String trail = "f = " + Numbers.show(values.get(n - 3), 12) + ", " + Numbers.show(values.get(n - 2), 12)
                + ", " + Numbers.show(last, 12) + " along the approach";
        Kind kind = trend(gaps, sizes, BigDecimal.ZERO);
        return new Result(kind, last, kind == Kind.CONVERGED ? d1.add(rounding) : d1, scale, trail);
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

    /** The limit point itself could not be evaluated. */
    private static final class PointException extends RuntimeException {
        PointException(String message) {
            super(message, null, false, false);
        }
    }
}

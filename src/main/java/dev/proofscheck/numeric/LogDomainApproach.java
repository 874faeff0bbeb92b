package dev.proofscheck.numeric;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.expr.Expr;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The limit approach for a function that overflows even the wide range ({@link Evaluator#wideRange()},
 * e^(1e9)): log|f| along the same steps, by {@link LogMagnitudeEvaluator}, at two precisions. It concludes one
 * thing only: that |f| grows without bound, when log|f| is beyond the wide range at the last step and grows
 * over the last three in the approach's own sense ({@link LimitApproach#classify}: DIVERGES or DRIFTS, of the
 * sequence log|f|). A value held only in the log domain is never compared with a claimed one.
 */
public final class LogDomainApproach {
    /** The logs at the two precisions must agree to this many digits (relative) for a step to count. */
    private static final int LOG_DIGITS = Tolerances.LIMIT_REQUIRED_DIGITS;
    /** The values the trend needs, as for the ordinary approach towards infinity. */
    private static final int MIN_STEPS = 4;

    private final Deadline deadline;

    /** |f| outgrows the range along the approach: the evidence, and whether f had one sign at every step. */
    public record Growth(String evidence, boolean oneSign) {}

    public LogDomainApproach(Deadline deadline) {
        this.deadline = deadline;
    }

    /**
     * Evidence that |f| grows without bound along the approach ({@code var -> point} from {@code sign}, point
     * null for an infinite one, as {@link LimitApproach#approach}), or empty when that is not shown: fewer than
     * four consecutive steps with a log value, a log not resolved at the two precisions, no growth, or a
     * magnitude still within the evaluator's range.
     */
    public Optional<Growth> unbounded(Expr f, String var, Expr point, int sign, Point params) {
        int stepDigits = LimitApproach.stepDigits(point);
        int precision = LimitApproach.precisionFor(stepDigits);
        List<BigComplex> logs = new ArrayList<>();
        List<LogValue> values = new ArrayList<>();
        BigDecimal rounding = BigDecimal.ZERO;
        for (int k = 1; k <= Tolerances.LIMIT_STEPS; k++) {
            LogValue low;
            LogValue high;
            try {
                low = atStep(f, var, point, sign, params, k, stepDigits, precision);
                high = atStep(f, var, point, sign, params, k, stepDigits, 2 * precision);
            } catch (EvaluationException | LimitApproach.PointException e) {
                break;
            }
            BigDecimal error = high.log().subtract(low.log(), Numbers.beyond(high.log(), low.log())).abs();
            boolean resolved = !high.isZero() && high.sign() == low.sign()
                    && (error.signum() == 0 || Numbers.log10(error) <= Numbers.log10(high.log()) - LOG_DIGITS);
            if (!resolved) {
                break;
            }
            values.add(high);
            logs.add(BigComplex.valueOf(high.log()));
            rounding = error;
        }
        int n = logs.size();
        if (n < MIN_STEPS) {
            return Optional.empty();
        }
        LimitApproach.Kind kind = LimitApproach.classify(logs, rounding).kind();
        boolean unbounded = kind == LimitApproach.Kind.DIVERGES || kind == LimitApproach.Kind.DRIFTS;
        for (int i = n - 3; i < n; i++) {
            unbounded &= values.get(i).log().compareTo(values.get(i - 1).log()) > 0;
        }
        BigDecimal last = values.get(n - 1).log();
        if (!unbounded || last.compareTo(BigDecimal.valueOf(Evaluator.WIDE_EXP_ARGUMENT)) <= 0) {
            return Optional.empty();
        }
        StringJoiner trail = new StringJoiner(", ");
        for (int i = 0; i < n; i++) {
            trail.add(Numbers.sci(values.get(i).log10()) + " at " + step(var, point, sign, i + 1, stepDigits));
        }
        boolean positive = values.stream().allMatch(v -> v.sign() > 0);
        boolean negative = values.stream().allMatch(v -> v.sign() < 0);
        String signs = positive ? "f > 0" : negative ? "f < 0" : "f of changing sign";
        return Optional.of(new Growth("f overflows the evaluator's range (e^(1e9)); in the log domain (sign and log|f| by exact rules) "
                + "log10|f| = " + trail + " (" + signs + "): log|f| " + (kind == LimitApproach.Kind.DIVERGES ? "diverges" : "drifts upward")
                + " along the approach, so |f| exceeds every bound the evaluator can hold and keeps growing", positive || negative));
    }

    private LogValue atStep(Expr f, String var, Expr point, int sign, Point params, int k, int stepDigits, int precision)
            throws EvaluationException {
        LogMagnitudeEvaluator ev = new LogMagnitudeEvaluator(precision, deadline);
        Map<String, BigComplex> env = params.at(ev.ordinary());
        env.put(var, LimitApproach.location(ev.ordinary(), point, sign, k, stepDigits, params));
        return ev.evaluate(f, env);
    }

    private static String step(String var, Expr point, int sign, int k, int stepDigits) {
        if (point == null) {
            return var + " = " + (sign < 0 ? "-" : "") + "1e" + (k * stepDigits);
        }
        return "h = 1e-" + (k * stepDigits);
    }
}

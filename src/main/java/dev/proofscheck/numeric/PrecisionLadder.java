package dev.proofscheck.numeric;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.expr.Expr;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;

/**
 * Evaluates an expression at two precisions and raises both while cancellation leaves fewer than the
 * required digits. The error it reports is measured, not assumed (a fixed-precision printout cannot be
 * trusted for this: see SYMJA-NOTES).
 */
public final class PrecisionLadder {
    private final int basePrecision;
    private final int requiredDigits;
    private final Deadline deadline;
    /** Whether the evaluators take Exp and real powers up to e^(1e9) ({@link Evaluator#wideRange()}). */
    private final boolean wideRange;

    public PrecisionLadder(int basePrecision, int requiredDigits, Deadline deadline) {
        this(basePrecision, requiredDigits, deadline, false);
    }

    private PrecisionLadder(int basePrecision, int requiredDigits, Deadline deadline, boolean wideRange) {
        this.basePrecision = basePrecision;
        this.requiredDigits = requiredDigits;
        this.deadline = deadline;
        this.wideRange = wideRange;
    }

    /** The same ladder with wide-range evaluators: for callers whose arithmetic on the values is all rounded. */
    public PrecisionLadder wideRange() {
        return new PrecisionLadder(basePrecision, requiredDigits, deadline, true);
    }

    public PrecisionLadder(Deadline deadline) {
        this(Tolerances.BASE_PRECISION, Tolerances.REQUIRED_DIGITS, deadline);
    }

    public int basePrecision() {
        return basePrecision;
    }

    /**
     * The same ladder starting {@code factor} times higher: a disagreement found on this ladder is
     * re-checked there, since cancellation deeper than both working precisions shows no rounding error.
     */
    public PrecisionLadder raisedBy(int factor) {
        return new PrecisionLadder(basePrecision * factor, requiredDigits, deadline, wideRange);
    }

    /** Evaluates {@code e} at {@code point}. */
    public Estimate estimate(Expr e, Point point) throws EvaluationException {
        return estimate(e, point::at);
    }

    /** Evaluates {@code e} with variable values that depend on the working precision. */
    public Estimate estimate(Expr e, Function<Evaluator, Map<String, BigComplex>> env) throws EvaluationException {
        int p = basePrecision;
        Estimate best = null;
        for (int raise = 0; raise <= Tolerances.MAX_PRECISION_RAISES; raise++) {
            Evaluator low = evaluator(p);
            Evaluator high = evaluator(2 * p);
            BigComplex v1 = low.evaluate(e, env.apply(low));
            BigComplex v2 = high.evaluate(e, env.apply(high));
            BigDecimal err = Numbers.abs(Numbers.difference(v2, v1));
            java.util.Set<String> cuts = new java.util.TreeSet<>(low.branchCuts());
            cuts.addAll(high.branchCuts());
            best = new Estimate(v2, err, 2 * p, raise > 0, cuts);
            if (enoughDigits(v2, err)) {
                return best;
            }
            p *= Tolerances.PRECISION_RAISE_FACTOR;
        }
        return best;
    }

    private Evaluator evaluator(int precision) {
        Evaluator ev = new Evaluator(precision, deadline);
        return wideRange ? ev.wideRange() : ev;
    }

    private boolean enoughDigits(BigComplex value, BigDecimal err) {
        if (err.signum() == 0) {
            return true;
        }
        return Numbers.log10(err) <= Numbers.log10(Numbers.abs(value)) - requiredDigits;
    }
}

package dev.proofscheck.numeric;

import ch.obermuhlner.math.big.BigComplex;
import java.math.BigDecimal;

/**
 * A value with a bound on its rounding error: the difference between evaluations at two precisions.
 *
 * @param precision the higher of the two working precisions (digits)
 * @param raised whether cancellation forced the precision above the base
 * @param branchCuts the functions ({@code Sqrt}, {@code Log}, {@code Power}) whose argument was on or
 *                   next to their branch cut, the negative real axis, during the evaluation (empty when none)
 */
public record Estimate(BigComplex value, BigDecimal error, int precision, boolean raised, java.util.Set<String> branchCuts) {
    public Estimate {
        branchCuts = java.util.Set.copyOf(branchCuts);
    }

    /** An estimate with no branch cut met. */
    public Estimate(BigComplex value, BigDecimal error, int precision, boolean raised) {
        this(value, error, precision, raised, java.util.Set.of());
    }

    public BigDecimal magnitude() {
        return Numbers.abs(value);
    }
}

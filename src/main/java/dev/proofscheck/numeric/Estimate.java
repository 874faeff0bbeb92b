package dev.proofscheck.numeric;

import ch.obermuhlner.math.big.BigComplex;
import java.math.BigDecimal;

/**
 * A value with a bound on its rounding error: the difference between evaluations at two precisions.
 *
 * @param precision the higher of the two working precisions (digits)
 * @param raised whether cancellation forced the precision above the base
 */
public record Estimate(BigComplex value, BigDecimal error, int precision, boolean raised) {
    public BigDecimal magnitude() {
        return Numbers.abs(value);
    }
}

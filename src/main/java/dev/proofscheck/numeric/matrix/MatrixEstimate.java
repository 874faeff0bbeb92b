package dev.proofscheck.numeric.matrix;

import java.math.BigDecimal;

/**
 * A side of a matrix identity evaluated at two precisions: the higher-precision value and, entry by
 * entry, its distance to the lower-precision one (the rounding error).
 *
 * @param precision the higher working precision
 * @param raised whether the precision had to be raised for cancellation or near-singularity
 */
public record MatrixEstimate(BigMatrix value, BigDecimal[][] error, int precision, boolean raised) {

    /** The largest entry error. */
    public BigDecimal maxError() {
        BigDecimal m = BigDecimal.ZERO;
        for (BigDecimal[] row : error) {
            for (BigDecimal x : row) {
                m = m.max(x);
            }
        }
        return m;
    }
}

package dev.proofscheck.numeric;

import ch.obermuhlner.math.big.BigComplex;
import java.math.MathContext;

/** Solves a small dense complex linear system by Gaussian elimination with partial pivoting. */
final class LinearSolve {
    private LinearSolve() {}

    /**
     * max(|re|, |im|): a size within a factor sqrt(2) of |z|, enough for pivoting, step sizes and
     * convergence tests, and free of the square root (big-math's fails on values far below 10^-100).
     */
    static java.math.BigDecimal size(BigComplex z) {
        return Numbers.max(z.re.abs(), z.im.abs());
    }

    /** The solution of {@code a x = b}; {@code a} and {@code b} are overwritten. */
    static BigComplex[] solve(BigComplex[][] a, BigComplex[] b, MathContext mc) throws EvaluationException {
        int n = b.length;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (LinearSolve.size(a[row][col]).compareTo(LinearSolve.size(a[pivot][col])) > 0) {
                    pivot = row;
                }
            }
            if (Evaluator.isZero(a[pivot][col])) {
                throw new EvaluationException("singular Jacobian");
            }
            BigComplex[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            BigComplex tb = b[col];
            b[col] = b[pivot];
            b[pivot] = tb;
            for (int row = col + 1; row < n; row++) {
                BigComplex f = a[row][col].divide(a[col][col], mc);
                for (int k = col; k < n; k++) {
                    a[row][k] = a[row][k].subtract(f.multiply(a[col][k], mc), mc);
                }
                b[row] = b[row].subtract(f.multiply(b[col], mc), mc);
            }
        }
        BigComplex[] x = new BigComplex[n];
        for (int row = n - 1; row >= 0; row--) {
            BigComplex s = b[row];
            for (int k = row + 1; k < n; k++) {
                s = s.subtract(a[row][k].multiply(x[k], mc), mc);
            }
            x[row] = s.divide(a[row][row], mc);
        }
        return x;
    }
}

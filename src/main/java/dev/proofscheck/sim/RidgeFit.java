package dev.proofscheck.sim;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Ridge regression on a feature matrix: {@code a = argmin ||y - Z a||^2 + s ||a||^2}, through the smaller
 * Gram matrix: {@code (Z^T Z + s I_N)^-1 Z^T y} when the features are no more than the samples (N <= n),
 * {@code Z^T (Z Z^T + s I_n)^-1 y} otherwise (the same vector, by the push-through identity).
 */
final class RidgeFit {
    private RidgeFit() {}

    /**
     * @param z n x N features, one row per sample
     * @param y the n responses
     * @param shift the penalty s > 0 (the Gram matrix is then positive definite)
     * @return the N coefficients
     */
    static double[] coefficients(DMatrixRMaj z, double[] y, double shift) {
        return z.numCols <= z.numRows ? primal(z, y, shift) : dual(z, y, shift);
    }

    /** {@code (Z^T Z + s I_N)^-1 Z^T y}. */
    static double[] primal(DMatrixRMaj z, double[] y, double shift) {
        int features = z.numCols;
        DMatrixRMaj gram = new DMatrixRMaj(features, features);
        CommonOps_DDRM.multInner(z, gram);
        DMatrixRMaj zty = new DMatrixRMaj(features, 1);
        CommonOps_DDRM.multTransA(z, DMatrixRMaj.wrap(y.length, 1, y), zty);
        return solve(gram, shift, zty);
    }

    /** {@code Z^T (Z Z^T + s I_n)^-1 y}. */
    static double[] dual(DMatrixRMaj z, double[] y, double shift) {
        int samples = z.numRows;
        DMatrixRMaj gram = new DMatrixRMaj(samples, samples);
        CommonOps_DDRM.multOuter(z, gram);
        double[] u = solve(gram, shift, new DMatrixRMaj(samples, 1, true, y));
        DMatrixRMaj a = new DMatrixRMaj(z.numCols, 1);
        CommonOps_DDRM.multTransA(z, DMatrixRMaj.wrap(samples, 1, u), a);
        return a.data;
    }

    private static double[] solve(DMatrixRMaj gram, double shift, DMatrixRMaj rhs) {
        for (int i = 0; i < gram.numRows; i++) {
            gram.data[i * gram.numCols + i] += shift;
        }
        DMatrixRMaj out = new DMatrixRMaj(gram.numRows, 1);
        if (!CommonOps_DDRM.solveSPD(gram, rhs, out)) {
            throw new ArithmeticException("ridge Gram matrix not positive definite (size " + gram.numRows + ", shift " + shift + ")");
        }
        return out.data;
    }

    /** {@code (1/n) ||y - Z a||^2}. */
    static double meanSquaredResidual(DMatrixRMaj z, double[] a, double[] y) {
        double[] fitted = times(z, a);
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            double r = y[i] - fitted[i];
            s += r * r;
        }
        return s / y.length;
    }

    /** {@code Z a}. */
    static double[] times(DMatrixRMaj z, double[] a) {
        DMatrixRMaj out = new DMatrixRMaj(z.numRows, 1);
        CommonOps_DDRM.mult(z, DMatrixRMaj.wrap(a.length, 1, a), out);
        return out.data;
    }
}

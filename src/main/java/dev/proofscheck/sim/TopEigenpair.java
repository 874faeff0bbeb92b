package dev.proofscheck.sim;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The largest eigenvalue of a symmetric matrix and, when asked for, its unit eigenvector (EJML's symmetric
 * decomposition): the statistics of the spiked models.
 *
 * @param vector the unit eigenvector, or null when not asked for
 */
record TopEigenpair(double value, double[] vector) {

    static TopEigenpair of(DMatrixRMaj symmetric, boolean withVector) {
        int n = symmetric.numRows;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, withVector, true);
        if (!eig.decompose(symmetric)) {
            throw new ArithmeticException("symmetric eigenvalue decomposition failed at size " + n);
        }
        int best = 0;
        for (int i = 1; i < n; i++) {
            if (eig.getEigenvalue(i).real > eig.getEigenvalue(best).real) {
                best = i;
            }
        }
        double value = eig.getEigenvalue(best).real;
        return new TopEigenpair(value, withVector ? unit(eig.getEigenVector(best).data) : null);
    }

    /**
     * The top eigenpair of {@code m m^T}: the top left singular vector of m and its squared singular value, through
     * the smaller of {@code m m^T} and {@code m^T m} (for a tall m, u = m v / ||m v|| from the top eigenvector v of
     * {@code m^T m}).
     */
    static TopEigenpair ofOuter(DMatrixRMaj m) {
        if (m.numRows <= m.numCols) {
            DMatrixRMaj outer = new DMatrixRMaj(m.numRows, m.numRows);
            CommonOps_DDRM.multOuter(m, outer);
            return of(outer, true);
        }
        DMatrixRMaj inner = new DMatrixRMaj(m.numCols, m.numCols);
        CommonOps_DDRM.multInner(m, inner);
        TopEigenpair right = of(inner, true);
        DMatrixRMaj u = new DMatrixRMaj(m.numRows, 1);
        CommonOps_DDRM.mult(m, new DMatrixRMaj(m.numCols, 1, true, right.vector()), u);
        return new TopEigenpair(right.value(), unit(u.data));
    }

    /** {@code <vector, v>^2} for a unit v. */
    double overlap(double[] v) {
        double dot = 0;
        for (int i = 0; i < v.length; i++) {
            dot += vector[i] * v[i];
        }
        return dot * dot;
    }

    static double[] unit(double[] a) {
        double norm = 0;
        for (double x : a) {
            norm += x * x;
        }
        double[] out = a.clone();
        double f = 1 / Math.sqrt(norm);
        for (int i = 0; i < out.length; i++) {
            out[i] *= f;
        }
        return out;
    }
}

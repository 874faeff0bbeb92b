package dev.proofscheck.sim;

import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Not a test: the measurement behind the choice of dense linear-algebra library for the simulations.
 * One ridgeless trial (n = 400 samples, p = 800 features): Gram matrix X X^T, its Cholesky factor, the
 * solve for the bias and the trace of the inverse for the variance, in Commons Math and in EJML.
 * Run: {@code java -cp target/test-classes:target/classes:LIBS dev.proofscheck.sim.LinearAlgebraComparison}.
 */
final class LinearAlgebraComparison {
    public static void main(String[] args) {
        int n = 400;
        int p = 800;
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        for (int round = 0; round < 2; round++) {
            System.out.printf(Locale.ROOT, "round %d: commons-math %.1f ms/trial, ejml %.1f ms/trial%n", round,
                    time(() -> commons(n, p), reps), time(() -> ejml(n, p), reps));
        }
    }

    static double time(Runnable r, int reps) {
        r.run();
        long t = System.nanoTime();
        for (int i = 0; i < reps; i++) {
            r.run();
        }
        return (System.nanoTime() - t) / 1e6 / reps;
    }

    static double sink;

    static void commons(int n, int p) {
        SplittableRandom rng = new SplittableRandom(1);
        double[][] x = new double[n][p];
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                row[j] = rng.nextGaussian();
            }
        }
        RealMatrix X = new Array2DRowRealMatrix(x, false);
        RealMatrix K = X.multiply(X.transpose());
        CholeskyDecomposition ch = new CholeskyDecomposition(K, 1e-12, 1e-12);
        double[] beta = new double[p];
        beta[0] = 1;
        var w = X.operate(new ArrayRealVector(beta));
        var a = ch.getSolver().solve(w);
        RealMatrix inv = ch.getSolver().getInverse();
        sink += a.getEntry(0) + inv.getTrace();
    }

    static void ejml(int n, int p) {
        SplittableRandom rng = new SplittableRandom(1);
        DMatrixRMaj X = new DMatrixRMaj(n, p);
        double[] d = X.data;
        for (int i = 0; i < d.length; i++) {
            d[i] = rng.nextGaussian();
        }
        DMatrixRMaj K = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multOuter(X, K);
        LinearSolverDense<DMatrixRMaj> s = LinearSolverFactory_DDRM.symmPosDef(n);
        if (!s.setA(K)) {
            throw new IllegalStateException();
        }
        DMatrixRMaj w = new DMatrixRMaj(n, 1);
        for (int i = 0; i < n; i++) {
            w.data[i] = X.get(i, 0);
        }
        DMatrixRMaj a = new DMatrixRMaj(n, 1);
        s.solve(w, a);
        DMatrixRMaj inv = new DMatrixRMaj(n, n);
        s.invert(inv);
        sink += a.data[0] + CommonOps_DDRM.trace(inv);
    }
}

package dev.proofscheck.sim;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/** Filling arrays and matrices with independent N(0, s^2) entries. */
final class Gaussian {
    private Gaussian() {}

    static DMatrixRMaj matrix(int rows, int cols, double s, SplittableRandom rng) {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        fill(m.data, s, rng);
        return m;
    }

    static double[] vector(int length, double s, SplittableRandom rng) {
        double[] v = new double[length];
        fill(v, s, rng);
        return v;
    }

    static void fill(double[] a, double s, SplittableRandom rng) {
        for (int i = 0; i < a.length; i++) {
            a[i] = s * rng.nextGaussian();
        }
    }

    /** A uniformly random vector of the sphere of radius {@code r} in dimension {@code p}. */
    static double[] onSphere(int p, double r, SplittableRandom rng) {
        double[] v = vector(p, 1, rng);
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        double f = r / Math.sqrt(norm);
        for (int i = 0; i < p; i++) {
            v[i] *= f;
        }
        return v;
    }
}

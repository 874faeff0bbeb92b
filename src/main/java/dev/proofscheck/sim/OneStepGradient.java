package dev.proofscheck.sim;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * One draw of the two-layer network {@code f_NN(x) = (1/sqrt(N)) a^T sigma(W_0^T x)} at initialisation, its
 * data and its first-layer gradient, in the conventions of 000 (slides "Feature Learning via One Gradient
 * Descent Step" and "Our Results: Precise Asymptotics of Feature Learning"): X in R^{n x d} with N(0, 1) entries,
 * {@code [W_0]_ij ~ N(0, 1/d)} (d x N), {@code a_j ~ N(0, 1/N)}, {@code y_i = f*(<x_i, beta*>) + noise eps_i}
 * with beta* uniform on the unit sphere (the law of everything drawn is rotation invariant, so any fixed unit
 * beta*, such as 000's {@code [-1_{d/2}; 1_{d/2}]/sqrt(d)}, gives the same statistics), and
 * {@code G_0 = (1/n) X^T [((1/sqrt(N)) (y - f_NN(X)) a^T) (.) sigma'(X W_0)]}: minus the gradient of
 * {@code (1/(2n)) sum (y_i - f_NN(x_i))^2} (001 eqs. (19)-(20), transposed to 000's d x N layout).
 *
 * @param xty {@code X^T y} (length d), the left factor of 001 eq. (21)'s rank-one approximation
 */
record OneStepGradient(int n, int d, int width, DMatrixRMaj w0, double[] a, double[] beta, double[] xty, DMatrixRMaj g0) {

    /** The network's functions and the data's dimensions relative to n: d = round(n/psi1), N = round(n psi2/psi1). */
    record Setup(double psi1, double psi2, double noise, DoubleUnaryOperator activation, DoubleUnaryOperator derivative,
            DoubleUnaryOperator teacher) {
        int d(int n) {
            return Parameters.dimension(1 / psi1, n);
        }

        int width(int n) {
            return Parameters.dimension(psi2 / psi1, n);
        }
    }

    /** {@code [W_0]_ij ~ N(0, 1/d)}, d x N. */
    static DMatrixRMaj initialWeights(int d, int width, SplittableRandom rng) {
        return Gaussian.matrix(d, width, 1 / Math.sqrt(d), rng);
    }

    static OneStepGradient draw(Setup s, int n, SplittableRandom rng) {
        int d = s.d(n);
        int width = s.width(n);
        DMatrixRMaj w0 = initialWeights(d, width, rng);
        double[] a = Gaussian.vector(width, 1 / Math.sqrt(width), rng);
        double[] beta = Gaussian.onSphere(d, 1, rng);
        DMatrixRMaj x = Gaussian.matrix(n, d, 1, rng);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double z = 0;
            for (int k = 0; k < d; k++) {
                z += x.data[i * d + k] * beta[k];
            }
            y[i] = s.teacher().applyAsDouble(z) + s.noise() * rng.nextGaussian();
        }
        return of(s, x, y, w0, a, beta);
    }

    /** The gradient at given data and weights (x n x d, w0 d x N); the teacher and noise of the setup play no part. */
    static OneStepGradient of(Setup s, DMatrixRMaj x, double[] y, DMatrixRMaj w0, double[] a, double[] beta) {
        int n = x.numRows;
        int d = x.numCols;
        int width = w0.numCols;
        DMatrixRMaj h = new DMatrixRMaj(n, width);
        CommonOps_DDRM.mult(x, w0, h);
        double root = Math.sqrt(width);
        double[] slope = new double[width];
        for (int i = 0; i < n; i++) {
            int row = i * width;
            double f = 0;
            for (int j = 0; j < width; j++) {
                double pre = h.data[row + j];
                f += a[j] * s.activation().applyAsDouble(pre);
                slope[j] = s.derivative().applyAsDouble(pre);
            }
            double residual = (y[i] - f / root) / root;
            for (int j = 0; j < width; j++) {
                h.data[row + j] = residual * a[j] * slope[j];
            }
        }
        DMatrixRMaj g0 = new DMatrixRMaj(d, width);
        CommonOps_DDRM.multTransA(x, h, g0);
        CommonOps_DDRM.scale(1.0 / n, g0);
        DMatrixRMaj xty = new DMatrixRMaj(d, 1);
        CommonOps_DDRM.multTransA(x, new DMatrixRMaj(n, 1, true, y), xty);
        return new OneStepGradient(n, d, width, w0, a, beta, xty.data, g0);
    }

    /** {@code W_1 = W_0 + step sqrt(N) G_0}. */
    DMatrixRMaj step(double step) {
        DMatrixRMaj w1 = new DMatrixRMaj(d, width);
        CommonOps_DDRM.add(w0, step * Math.sqrt(width), g0, w1);
        return w1;
    }

    /** 001 eq. (21): {@code G_0 - (mu/(n sqrt(N))) X^T y a^T}, with mu = E sigma'(xi). */
    DMatrixRMaj minusRankOne(double mu) {
        DMatrixRMaj r = g0.copy();
        double c = mu / (n * Math.sqrt(width));
        for (int k = 0; k < d; k++) {
            for (int j = 0; j < width; j++) {
                r.data[k * width + j] -= c * xty[k] * a[j];
            }
        }
        return r;
    }
}

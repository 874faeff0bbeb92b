package dev.proofscheck.sim;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.decomposition.chol.CholeskyDecompositionInner_DDRM;

/**
 * Ridge and ridgeless (minimum-norm) least squares on {@code n} samples {@code x_i ~ N(0, Sigma)} of
 * dimension {@code p = round(gamma n)}, {@code y = x^T beta + eps}, {@code eps ~ N(0, sigma^2)}; beta is
 * drawn uniformly from the sphere of radius r in every trial (003 ch. 5 §3 and Theorem 7.4 with Sigma = I;
 * 000 with a general Sigma). {@code Sigma = diag(1, ..., 1, kappa, ..., kappa)}, the first ceil(p/2)
 * coordinates 1.
 *
 * <p>The estimator is {@code (X^T X + n lambda I)^-1 X^T y} for {@code lambda > 0} and the minimum-norm
 * solution {@code X^+ y} for {@code lambda = 0}. Statistics, conditional on X (expectation over the noise):
 * the bias {@code ||E[beta_hat | X] - beta||_Sigma^2}, the variance {@code sigma^2 tr(Sigma Cov(beta_hat | X))}
 * and their sum, the excess test risk {@code E (x^T beta_hat - x^T beta)^2}.
 *
 * <p>Computed through the smaller Gram matrix ({@code X X^T + n lambda I_n} when p > n, {@code X^T X +
 * n lambda I_p} otherwise), its Cholesky factor L and {@code L^-1}; the trace terms are Frobenius norms.
 */
public final class LeastSquaresModel implements RandomModel {
    /**
     * Exact finite-n means (Sigma = I, lambda = 0): E variance = sigma^2 n/(p - n - 1) (p > n) and sigma^2
     * p/(n - p - 1) (p < n), E bias = r^2 (1 - n/p): relative gaps 1/((gamma - 1) n) and 1/((1 - gamma) n),
     * 0 for the bias. Allowance 4/n covers |gamma - 1| >= 1/4; ridge only shrinks the gap.
     */
    private static final FiniteSize ORDER_ONE_OVER_N = new FiniteSize(1, false, 4, 0,
            "exact finite-n means give relative gaps 1/(|gamma - 1| n) (variance) and 0 (bias): 4/n covers |gamma - 1| >= 1/4");

    private static final List<ModelParameter> PARAMETERS = List.of(
            ModelParameter.required("gamma", "features over samples, p/n"),
            ModelParameter.optional("r", 1, "norm of the signal beta"),
            ModelParameter.optional("sigma", 1, "noise standard deviation"),
            ModelParameter.optional("lambda", 0, "ridge penalty (0: minimum-norm least squares)"),
            ModelParameter.optional("kappa", 1, "eigenvalue of Sigma on the second half of the coordinates (1: Sigma = I)"));
    private static final List<Statistic> STATISTICS = List.of(
            new Statistic("bias", "conditional bias ||E[beta_hat | X] - beta||_Sigma^2", ORDER_ONE_OVER_N),
            new Statistic("variance", "conditional variance sigma^2 tr(Sigma Cov(beta_hat | X))", ORDER_ONE_OVER_N),
            new Statistic("risk", "excess test risk, bias + variance", ORDER_ONE_OVER_N),
            new Statistic("resolvent", "<beta, (X^T X/n + lambda I)^-1 beta> at lambda > 0 (003 Theorem 7.6 with z = lambda)", ORDER_ONE_OVER_N));

    /** A trial's two numbers. */
    public record BiasVariance(double bias, double variance) {
        public double risk() {
            return bias + variance;
        }
    }

    /** The model with its parameters fixed. */
    public record Setting(double gamma, double r, double sigma, double lambda, double kappa) {}

    private static final ModelInfo INFO = new ModelInfo("least-squares",
            "ridge (lambda > 0) or minimum-norm (lambda = 0) least squares, x ~ N(0, Sigma), p = round(gamma n); size = n",
            PARAMETERS, STATISTICS);

    @Override
    public ModelInfo info() {
        return INFO;
    }

    public Setting setting(Map<String, Double> values) {
        return new Setting(Parameters.positive(this, values, "gamma"), Parameters.nonNegative(this, values, "r"),
                Parameters.nonNegative(this, values, "sigma"), Parameters.nonNegative(this, values, "lambda"),
                Parameters.positive(this, values, "kappa"));
    }

    @Override
    public Experiment experiment(Map<String, Double> values, String statistic) {
        Setting s = setting(values);
        return switch (statistic) {
            case "bias" -> (n, rng) -> trial(s, n, rng).bias();
            case "variance" -> (n, rng) -> trial(s, n, rng).variance();
            case "risk" -> (n, rng) -> trial(s, n, rng).risk();
            case "resolvent" -> {
                if (!(s.lambda() > 0)) {
                    throw new IllegalArgumentException("least-squares: the resolvent needs lambda > 0 (its point z), not lambda = " + s.lambda());
                }
                yield (n, rng) -> resolventForm(s, n, rng);
            }
            default -> throw new IllegalArgumentException("least-squares has no statistic '" + statistic + "'");
        };
    }

    /** One draw of X and beta; the conditional bias and variance. */
    public static BiasVariance trial(Setting s, int n, SplittableRandom rng) {
        int p = Parameters.dimension(s.gamma(), n);
        double[] sigmaDiag = new double[p];
        for (int j = 0; j < p; j++) {
            sigmaDiag[j] = j < (p + 1) / 2 ? 1 : s.kappa();
        }
        DMatrixRMaj x = Gaussian.matrix(n, p, 1, rng);
        scaleSecondHalf(x, s.kappa());
        double[] beta = Gaussian.onSphere(p, s.r(), rng);
        double shift = n * s.lambda();
        return p > n ? wide(x, beta, sigmaDiag, shift, s, n, p) : tall(x, beta, sigmaDiag, shift, s, n, p);
    }

    /** p > n: C = X X^T + n lambda I_n, beta_hat = X^T C^-1 y. */
    private static BiasVariance wide(DMatrixRMaj x, double[] beta, double[] sigmaDiag, double shift, Setting s, int n, int p) {
        DMatrixRMaj c = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multOuter(x, c);
        addToDiagonal(c, shift);
        DMatrixRMaj lInv = inverseCholeskyFactor(c);
        // E[beta_hat | X] - beta = X^T C^-1 X beta - beta
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double acc = 0;
            int row = i * p;
            for (int j = 0; j < p; j++) {
                acc += x.data[row + j] * beta[j];
            }
            w[i] = acc;
        }
        double[] a = solveWithInverseFactor(lInv, w);
        double[] e = beta.clone();
        for (int i = 0; i < n; i++) {
            int row = i * p;
            double ai = a[i];
            for (int j = 0; j < p; j++) {
                e[j] -= x.data[row + j] * ai;
            }
        }
        double bias = 0;
        for (int j = 0; j < p; j++) {
            bias += sigmaDiag[j] * e[j] * e[j];
        }
        double trace;
        if (s.kappa() == 1) {
            // tr(X^T C^-2 X) = tr(C^-1) - n lambda tr(C^-2), tr(C^-1) = ||L^-1||_F^2
            trace = frobenius2(lInv);
            if (shift > 0) {
                DMatrixRMaj cInv = new DMatrixRMaj(n, n);
                CommonOps_DDRM.multTransA(lInv, lInv, cInv);
                trace -= shift * frobenius2(cInv);
            }
        } else {
            // tr(Sigma X^T C^-2 X) = sum_j Sigma_jj ||column j of C^-1 X||^2 (X already carries Sigma^1/2,
            // so ||C^-1 X||_F^2 alone would leave out the Sigma of tr(Sigma Cov))
            DMatrixRMaj cInv = new DMatrixRMaj(n, n);
            CommonOps_DDRM.multTransA(lInv, lInv, cInv);
            DMatrixRMaj m = new DMatrixRMaj(n, p);
            CommonOps_DDRM.mult(cInv, x, m);
            trace = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < p; j++) {
                    double v = m.data[i * p + j];
                    trace += sigmaDiag[j] * v * v;
                }
            }
        }
        return new BiasVariance(bias, s.sigma() * s.sigma() * trace);
    }

    /** p <= n: A = X^T X + n lambda I_p, beta_hat = A^-1 X^T y. */
    private static BiasVariance tall(DMatrixRMaj x, double[] beta, double[] sigmaDiag, double shift, Setting s, int n, int p) {
        DMatrixRMaj a = new DMatrixRMaj(p, p);
        CommonOps_DDRM.multInner(x, a);
        addToDiagonal(a, shift);
        DMatrixRMaj lInv = inverseCholeskyFactor(a);
        // Sigma^{1/2} in X: Cov(beta_hat | X) refers to the scaled coordinates; tr(Sigma_x Cov) with Sigma_x the
        // covariance of the rows of X, which is sigmaDiag.
        double bias = 0;
        double trace;
        if (shift == 0) {
            // X has full column rank almost surely: E[beta_hat | X] = beta exactly, and tr(Sigma A^-1) = sum_j Sigma_jj ||L^-1 e_j||^2
            trace = 0;
            for (int j = 0; j < p; j++) {
                double col = 0;
                for (int k = j; k < p; k++) {
                    double v = lInv.data[k * p + j];
                    col += v * v;
                }
                trace += sigmaDiag[j] * col;
            }
        } else {
            DMatrixRMaj aInv = new DMatrixRMaj(p, p);
            CommonOps_DDRM.multTransA(lInv, lInv, aInv);
            // E[beta_hat | X] - beta = -n lambda A^-1 beta
            double[] d = new double[p];
            for (int i = 0; i < p; i++) {
                double acc = 0;
                for (int j = 0; j < p; j++) {
                    acc += aInv.data[i * p + j] * beta[j];
                }
                d[i] = shift * acc;
                bias += sigmaDiag[i] * d[i] * d[i];
            }
            // tr(Sigma A^-1 X^T X A^-1) = tr(Sigma A^-1) - n lambda tr(Sigma A^-2)
            trace = 0;
            for (int j = 0; j < p; j++) {
                double row2 = 0;
                for (int k = 0; k < p; k++) {
                    double v = aInv.data[j * p + k];
                    row2 += v * v;
                }
                trace += sigmaDiag[j] * (aInv.data[j * p + j] - shift * row2);
            }
        }
        return new BiasVariance(bias, s.sigma() * s.sigma() * trace);
    }

    /**
     * {@code <beta, (X^T X/n + lambda I)^-1 beta>}; for p > n through Woodbury:
     * {@code (1/lambda) (r^2 - w^T (X X^T + n lambda I)^-1 w)}, w = X beta.
     */
    static double resolventForm(Setting s, int n, SplittableRandom rng) {
        int p = Parameters.dimension(s.gamma(), n);
        DMatrixRMaj x = Gaussian.matrix(n, p, 1, rng);
        scaleSecondHalf(x, s.kappa());
        double[] beta = Gaussian.onSphere(p, s.r(), rng);
        double shift = n * s.lambda();
        if (p > n) {
            DMatrixRMaj c = new DMatrixRMaj(n, n);
            CommonOps_DDRM.multOuter(x, c);
            addToDiagonal(c, shift);
            DMatrixRMaj lInv = inverseCholeskyFactor(c);
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                double acc = 0;
                for (int j = 0; j < p; j++) {
                    acc += x.data[i * p + j] * beta[j];
                }
                w[i] = acc;
            }
            double[] u = solveWithInverseFactor(lInv, w);
            double wu = 0;
            double r2 = 0;
            for (int i = 0; i < n; i++) {
                wu += w[i] * u[i];
            }
            for (double b : beta) {
                r2 += b * b;
            }
            return (r2 - wu) / s.lambda();
        }
        DMatrixRMaj a = new DMatrixRMaj(p, p);
        CommonOps_DDRM.multInner(x, a);
        addToDiagonal(a, shift);
        double[] u = solveWithInverseFactor(inverseCholeskyFactor(a), beta);
        double q = 0;
        for (int j = 0; j < p; j++) {
            q += beta[j] * u[j];
        }
        return n * q;
    }

    private static void scaleSecondHalf(DMatrixRMaj x, double kappa) {
        if (kappa != 1) {
            double root = Math.sqrt(kappa);
            int p = x.numCols;
            for (int i = 0; i < x.numRows; i++) {
                for (int j = (p + 1) / 2; j < p; j++) {
                    x.data[i * p + j] *= root;
                }
            }
        }
    }

    private static void addToDiagonal(DMatrixRMaj m, double v) {
        if (v != 0) {
            for (int i = 0; i < m.numRows; i++) {
                m.data[i * m.numCols + i] += v;
            }
        }
    }

    /** L^-1 for the Cholesky factor L of a symmetric positive definite matrix (lower triangular). */
    static DMatrixRMaj inverseCholeskyFactor(DMatrixRMaj spd) {
        CholeskyDecompositionInner_DDRM chol = new CholeskyDecompositionInner_DDRM(true);
        if (!chol.decompose(spd)) {
            throw new ArithmeticException("Gram matrix not positive definite (size " + spd.numRows + ")");
        }
        DMatrixRMaj l = chol.getT(null);
        org.ejml.dense.row.decomposition.TriangularSolver_DDRM.invertLower(l.data, l.numRows);
        return l;
    }

    /** C^-1 w = L^-T (L^-1 w). */
    private static double[] solveWithInverseFactor(DMatrixRMaj lInv, double[] w) {
        int n = lInv.numRows;
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            double acc = 0;
            int row = i * n;
            for (int k = 0; k <= i; k++) {
                acc += lInv.data[row + k] * w[k];
            }
            u[i] = acc;
        }
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            double uk = u[k];
            int row = k * n;
            for (int i = 0; i <= k; i++) {
                out[i] += lInv.data[row + i] * uk;
            }
        }
        return out;
    }

    private static double frobenius2(DMatrixRMaj m) {
        double s = 0;
        for (double v : m.data) {
            s += v * v;
        }
        return s;
    }
}

package dev.proofscheck.sim;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The random-features model of 002's Ghorbani–Mei–Misiakiewicz–Montanari theorem at n = infinity: in
 * dimension d (the size), N = round(psi1 d) weights {@code w_i ~ N(0, Gamma)}, features
 * {@code sigma(<w_i, x>)} with {@code sigma(t) = t^2 - 1}, x ~ N(0, I_d), and the quadratic target
 * {@code f*(x) = <x, B x> - tr B} (b0 = -tr B: centred, so that ||f*||^2 = 2 ||B||_F^2 is the variance the
 * features can explain; the features have no intercept). B and Gamma are diagonal and alternate:
 * {@code B_kk = 1 + kappa, 1 - kappa, ...} (B >= 0 for kappa <= 1) and {@code d Gamma_kk = 1 + rho, 1 - rho, ...},
 * so {@code <B, Gamma> = 1 + kappa rho}, {@code d ||Gamma||_F^2 = 1 + rho^2}, {@code ||B||_F^2 = d (1 + kappa^2)} (d even).
 *
 * <p>The statistic is exact given W: the population risk of the best a, {@code R = min_a E (f* - a^T phi)^2 =
 * ||f*||^2 - c^T K^-1 c}, with Gaussian moments {@code c_i = E f* phi_i = 2 w_i^T B w_i} and
 * {@code K_ij = E phi_i phi_j = 2 <w_i, w_j>^2 + m_i m_j}, {@code m_i = ||w_i||^2 - 1} (Cov(x^T P x, x^T Q x) =
 * 2 tr(PQ) for symmetric P, Q); reported relative to ||f*||^2.
 */
public final class QuadraticFeaturesModel implements RandomModel {
    /**
     * Measured (docs/simulation.md): the mean is below the limit by 0.3/d to 1.1/d at d = 50..400 for psi1 in
     * [1/2, 2], kappa, rho in [0, 1/2] (2.7/d at psi1 = 4, rho = 1, where half of Gamma vanishes); 10/d with unit
     * 1/4 (a ratio in [0, 1]) covers the first range.
     */
    private static final FiniteSize RISK = new FiniteSize(1, false, 10, 0.25,
            "measured: gaps 0.3/d to 1.1/d at d = 50..400 for psi1 in [1/2, 2], kappa, rho in [0, 1/2]");

    private static final List<ModelParameter> PARAMETERS = List.of(
            ModelParameter.required("psi1", "features over dimension, N/d"),
            ModelParameter.optional("kappa", 0, "spread of B's eigenvalues 1 +- kappa (0: B = I), at most 1"),
            ModelParameter.optional("rho", 0, "spread of d Gamma's eigenvalues 1 +- rho (0: Gamma = I/d), at most 1"));
    private static final List<Statistic> STATISTICS = List.of(
            new Statistic("relative-risk", "min_a E (f*(x) - sum_i a_i sigma(<w_i, x>))^2 / ||f*||^2, exact given W", RISK));

    private static final ModelInfo INFO = new ModelInfo("quadratic-random-features",
            "population least squares on N = round(psi1 d) features <w_i, x>^2 - 1, w_i ~ N(0, Gamma), for the target <x, B x> - tr B; size = d",
            PARAMETERS, STATISTICS);

    @Override
    public ModelInfo info() {
        return INFO;
    }

    @Override
    public Experiment experiment(Map<String, Double> values, String statistic) {
        if (!statistic.equals("relative-risk")) {
            throw new IllegalArgumentException("quadratic-random-features has no statistic '" + statistic + "'");
        }
        double psi1 = Parameters.positive(this, values, "psi1");
        double kappa = atMostOne(values, "kappa");
        double rho = atMostOne(values, "rho");
        return (d, rng) -> relativeRisk(psi1, kappa, rho, d, rng);
    }

    private double atMostOne(Map<String, Double> values, String name) {
        double v = Parameters.nonNegative(this, values, name);
        if (v > 1) {
            throw new IllegalArgumentException(name() + ": parameter " + name + " = " + v + " must be at most 1 (B and Gamma positive semidefinite)");
        }
        return v;
    }

    /** One draw of W; the exact relative population risk of the best a. */
    static double relativeRisk(double psi1, double kappa, double rho, int d, SplittableRandom rng) {
        int features = Parameters.dimension(psi1, d);
        double[] b = new double[d];
        DMatrixRMaj w = new DMatrixRMaj(features, d);
        for (int k = 0; k < d; k++) {
            b[k] = k % 2 == 0 ? 1 + kappa : 1 - kappa;
        }
        for (int i = 0; i < features; i++) {
            for (int k = 0; k < d; k++) {
                w.data[i * d + k] = Math.sqrt((k % 2 == 0 ? 1 + rho : 1 - rho) / d) * rng.nextGaussian();
            }
        }
        return relativeRisk(w, b);
    }

    /**
     * {@code min_a E (f* - a^T phi)^2 / ||f*||^2} for the weights W (one per row), B = diag(b), f* = x^T B x - tr B,
     * phi_i = <w_i, x>^2 - 1, x ~ N(0, I).
     */
    static double relativeRisk(DMatrixRMaj w, double[] b) {
        int features = w.numRows;
        int d = w.numCols;
        double[] c = new double[features];
        double[] m = new double[features];
        for (int i = 0; i < features; i++) {
            double quad = 0;
            double norm2 = 0;
            for (int k = 0; k < d; k++) {
                double v = w.data[i * d + k];
                quad += b[k] * v * v;
                norm2 += v * v;
            }
            c[i] = 2 * quad;
            m[i] = norm2 - 1;
        }
        double bNorm2 = 0;
        for (double v : b) {
            bNorm2 += v * v;
        }
        DMatrixRMaj gram = new DMatrixRMaj(features, features);
        CommonOps_DDRM.multOuter(w, gram);
        DMatrixRMaj k = new DMatrixRMaj(features, features);
        for (int i = 0; i < features; i++) {
            for (int j = 0; j < features; j++) {
                double g = gram.data[i * features + j];
                k.data[i * features + j] = 2 * g * g + m[i] * m[j];
            }
        }
        DMatrixRMaj solution = new DMatrixRMaj(features, 1);
        if (!CommonOps_DDRM.solveSPD(k, new DMatrixRMaj(features, 1, true, c), solution)) {
            throw new ArithmeticException("feature covariance not positive definite (N = " + features + ", d = " + d + ")");
        }
        double explained = 0;
        for (int i = 0; i < features; i++) {
            explained += c[i] * solution.data[i];
        }
        return 1 - explained / (2 * bNorm2);
    }
}

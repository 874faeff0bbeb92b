package dev.proofscheck.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/**
 * Least squares against exact finite-n answers for Gaussian designs: E tr W^-1 = d/(m - d - 1) for a
 * d x d Wishart W with m degrees of freedom, and E ||(I - P) beta||^2 = r^2 (1 - n/p) for the projection P
 * onto a uniformly random n-dimensional subspace.
 */
class LeastSquaresModelTest {
    /**
     * Means of T seeded trials are compared with the exact expectation within this many standard errors: a
     * correct implementation fails with probability 6e-7 per check (and, being seeded, either always or never).
     */
    private static final double STANDARD_ERRORS = 5;
    private static final LeastSquaresModel MODEL = new LeastSquaresModel();

    private static SizeEstimate simulate(Map<String, Double> parameters, String statistic, int n, int trials) {
        return new SimulationRunner(new SimulationSettings(2, 600))
                .run(MODEL.experiment(parameters, statistic), List.of(n), trials, 42, "test").get(0);
    }

    private static void assertMean(double exact, SizeEstimate e) {
        assertTrue(Math.abs(e.mean() - exact) <= STANDARD_ERRORS * e.standardError(),
                "mean " + e.mean() + " +- " + e.standardError() + " vs exact " + exact);
    }

    @Test
    void overparameterizedVarianceIsTraceOfInverseWishart() {
        // p = 120 > n = 60: variance = sigma^2 tr (X X^T)^-1, E = sigma^2 n/(p - n - 1)
        SizeEstimate e = simulate(Map.of("gamma", 2.0, "sigma", 0.5), "variance", 60, 200);
        assertMean(0.25 * 60 / (120 - 60 - 1.0), e);
    }

    @Test
    void underparameterizedVarianceIsTraceOfInverseWishartWhateverSigma() {
        // p = 30 < n = 60: tr(Sigma (X^T X)^-1) = tr((Z^T Z)^-1) for X = Z Sigma^1/2, E = p/(n - p - 1)
        assertMean(30 / (60 - 30 - 1.0), simulate(Map.of("gamma", 0.5), "variance", 60, 200));
        assertMean(30 / (60 - 30 - 1.0), simulate(Map.of("gamma", 0.5, "kappa", 4.0), "variance", 60, 200));
    }

    @Test
    void overparameterizedBiasIsTheUnseenShareOfTheSignal() {
        assertMean(4 * (1 - 40 / 100.0), simulate(Map.of("gamma", 2.5, "r", 2.0), "bias", 40, 200));
    }

    @Test
    void underparameterizedBiasIsZero() {
        SizeEstimate e = simulate(Map.of("gamma", 0.5), "bias", 40, 16);
        assertEquals(0, e.mean(), 0);
    }

    @Test
    void hugeRidgeKeepsAllTheBiasAndNoVariance() {
        // lambda -> infinity: beta_hat -> 0, bias -> ||beta||_Sigma^2 = r^2 (Sigma = I), variance -> 0
        SizeEstimate bias = simulate(Map.of("gamma", 0.5, "lambda", 1e8), "bias", 40, 16);
        assertEquals(1, bias.mean(), 1e-6);
        SizeEstimate wide = simulate(Map.of("gamma", 2.0, "lambda", 1e8), "bias", 40, 16);
        assertEquals(1, wide.mean(), 1e-6);
        assertEquals(0, simulate(Map.of("gamma", 2.0, "lambda", 1e8), "variance", 40, 16).mean(), 1e-6);
    }

    @Test
    void resolventThroughWoodburyEqualsTheDirectInverse() {
        // the same draw (same seed) computed as <beta, (X^T X/n + lambda)^-1 beta> with a p x p inverse
        LeastSquaresModel.Setting s = MODEL.setting(Map.of("gamma", 3.0, "lambda", 0.3, "r", 1.5));
        int n = 20;
        int p = 60;
        double viaWoodbury = LeastSquaresModel.resolventForm(s, n, new SplittableRandom(7));
        SplittableRandom rng = new SplittableRandom(7);
        DMatrixRMaj x = Gaussian.matrix(n, p, 1, rng);
        double[] beta = Gaussian.onSphere(p, 1.5, rng);
        DMatrixRMaj a = new DMatrixRMaj(p, p);
        CommonOps_DDRM.multInner(x, a);
        CommonOps_DDRM.scale(1.0 / n, a);
        for (int i = 0; i < p; i++) {
            a.add(i, i, 0.3);
        }
        CommonOps_DDRM.invert(a);
        double direct = 0;
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                direct += beta[i] * a.get(i, j) * beta[j];
            }
        }
        // two dense double computations of a well-conditioned (eigenvalues >= 0.3) form: 1e-10 relative
        assertEquals(direct, viaWoodbury, 1e-10 * Math.abs(direct));
    }

    /** Regression: for p > n and kappa != 1 the variance left out the Sigma of tr(Sigma Cov(beta_hat | X)). */
    @Test
    void wideVarianceWithGeneralSigmaMatchesDirectComputation() {
        int n = 6;
        int p = 12;
        double kappa = 3;
        double lambda = 0.7;
        var setting = new LeastSquaresModel.Setting(2.0, 1.0, 1.5, lambda, kappa);
        double variance = LeastSquaresModel.trial(setting, n, new SplittableRandom(11)).variance();
        // the same draw of X (first in the trial's stream), Sigma^1/2 applied to the second half of the columns
        DMatrixRMaj x = Gaussian.matrix(n, p, 1, new SplittableRandom(11));
        double[] sigmaDiag = new double[p];
        for (int j = 0; j < p; j++) {
            sigmaDiag[j] = j < (p + 1) / 2 ? 1 : kappa;
            for (int i = 0; i < n; i++) {
                x.data[i * p + j] *= Math.sqrt(sigmaDiag[j]);
            }
        }
        DMatrixRMaj c = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(x, x, c);
        for (int i = 0; i < n; i++) {
            c.data[i * n + i] += n * lambda;
        }
        CommonOps_DDRM.invert(c);
        DMatrixRMaj m = new DMatrixRMaj(n, p);
        CommonOps_DDRM.mult(c, x, m); // C^-1 X; Cov(beta_hat | X) = sigma^2 X^T C^-2 X
        double direct = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                direct += sigmaDiag[j] * m.data[i * p + j] * m.data[i * p + j];
            }
        }
        assertEquals(1.5 * 1.5 * direct, variance, 1e-10 * direct);
    }
}

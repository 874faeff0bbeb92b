package dev.proofscheck.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * The n = infinity random-features risk with sigma = t^2 - 1: its Gaussian moments against tensor Gauss–Hermite
 * quadrature in d = 2 (exact for these degree-4 polynomials), and the GMMM limit of 002 through the decision
 * rule, with wrong limits refuted by simulation alone.
 */
class QuadraticFeaturesModelTest {
    private static final QuadraticFeaturesModel MODEL = new QuadraticFeaturesModel();
    /** The 3-point Gauss–Hermite rule for N(0, 1) (probabilists'): exact up to degree 5. */
    private static final double[] NODES = {-Math.sqrt(3), 0, Math.sqrt(3)};
    private static final double[] WEIGHTS = {1 / 6.0, 2 / 3.0, 1 / 6.0};

    /** min_a E (f* - a^T phi)^2 / E f*^2 by quadrature: the normal equations with every moment integrated. */
    private static double byQuadrature(double[][] w, double[] b) {
        int n = w.length;
        double[][] k = new double[n][n];
        double[] c = new double[n];
        double f2 = 0;
        for (int p = 0; p < 3; p++) {
            for (int q = 0; q < 3; q++) {
                double x1 = NODES[p];
                double x2 = NODES[q];
                double weight = WEIGHTS[p] * WEIGHTS[q];
                double f = b[0] * x1 * x1 + b[1] * x2 * x2 - b[0] - b[1];
                double[] phi = new double[n];
                for (int i = 0; i < n; i++) {
                    double t = w[i][0] * x1 + w[i][1] * x2;
                    phi[i] = t * t - 1;
                }
                f2 += weight * f * f;
                for (int i = 0; i < n; i++) {
                    c[i] += weight * f * phi[i];
                    for (int j = 0; j < n; j++) {
                        k[i][j] += weight * phi[i] * phi[j];
                    }
                }
            }
        }
        double explained;
        if (n == 1) {
            explained = c[0] * c[0] / k[0][0];
        } else {
            double det = k[0][0] * k[1][1] - k[0][1] * k[1][0];
            double a0 = (k[1][1] * c[0] - k[0][1] * c[1]) / det;
            double a1 = (k[0][0] * c[1] - k[1][0] * c[0]) / det;
            explained = a0 * c[0] + a1 * c[1];
        }
        return 1 - explained / f2;
    }

    @Test
    void theMomentsAreTheGaussianOnes() {
        double[] b = {1.5, 0.5};
        double[][] one = {{0.7, -0.4}};
        double[][] two = {{0.7, -0.4}, {0.2, 1.1}};
        assertEquals(byQuadrature(one, b), QuadraticFeaturesModel.relativeRisk(new DMatrixRMaj(one), b), 1e-12);
        assertEquals(byQuadrature(two, b), QuadraticFeaturesModel.relativeRisk(new DMatrixRMaj(two), b), 1e-12);
    }

    private static SimulationDecision.Outcome decide(double psi1, double kappa, double rho, double prediction) {
        List<SizeEstimate> estimates = new SimulationRunner(new SimulationSettings(2, 600))
                .run(MODEL.experiment(Map.of("psi1", psi1, "kappa", kappa, "rho", rho), "relative-risk"), List.of(40, 80, 160), 12, 3, "test");
        return DecisionRule.decide(estimates, prediction, MODEL.statistic("relative-risk").orElseThrow().finiteSize()).outcome();
    }

    /** 002, GMMM: 1 - psi1 d <B, Gamma>^2/(||B||_F^2 (1 + psi1 d ||Gamma||_F^2)) for the model's alternating B and Gamma. */
    private static double gmmm(double psi1, double kappa, double rho) {
        return 1 - psi1 * Math.pow(1 + kappa * rho, 2) / ((1 + kappa * kappa) * (1 + psi1 * (1 + rho * rho)));
    }

    @Test
    void theRiskTendsToTheGmmmLimitAndWrongOnesAreRefuted() {
        assertEquals(SimulationDecision.Outcome.SUPPORTED, decide(2, 0.5, 0.5, gmmm(2, 0.5, 0.5)));
        assertEquals(SimulationDecision.Outcome.SUPPORTED, decide(0.5, 0.5, 0, gmmm(0.5, 0.5, 0)));
        // <B, Gamma> not squared: 0.43 against 0.29
        assertEquals(SimulationDecision.Outcome.REFUTED, decide(2, 0.5, 0.5, 1 - 2 * 1.25 / (1.25 * (1 + 2 * 1.25))));
        // without the 1 + in the denominator: 0 against 0.29
        assertEquals(SimulationDecision.Outcome.REFUTED, decide(2, 0.5, 0.5, 1 - Math.pow(1.25, 2) / (1.25 * 1.25)));
    }
}

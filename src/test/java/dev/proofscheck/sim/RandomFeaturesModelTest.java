package dev.proofscheck.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * Random-features ridge regression against exact answers (a linear activation with N >= d recovers the target;
 * lambda -> infinity leaves the whole signal; the two ridge routes agree; the exact noisy-linear test error
 * against fresh test points) and against the Mei–Montanari limit through the decision rule: at zeta = 0 in
 * closed form, for ReLU by an independent double-precision solve of the (nu1, nu2) fixed point, with wrong
 * predictions (002's zeta = b1^2/b*^2, the penalty without its b*^2) refuted by simulation alone.
 */
class RandomFeaturesModelTest {
    /** As in the other model tests: 5 standard errors, a false failure has probability 6e-7 (seeded: always or never). */
    private static final double STANDARD_ERRORS = 5;
    private static final RandomFeaturesModel MODEL = new RandomFeaturesModel();
    private static final List<Integer> SIZES = List.of(40, 80, 160);
    private static final DoubleUnaryOperator RELU = t -> Math.max(0, t);
    private static final double RELU_B1 = 0.5;
    private static final double RELU_BSTAR = Math.sqrt(0.25 - 1 / (2 * Math.PI));

    private static Map<String, Double> parameters(double psi1, double psi2, double lambda, double tau, double b1, double bstar) {
        Map<String, Double> p = new HashMap<>(Map.of("psi1", psi1, "psi2", psi2, "lambda", lambda, "tau", tau));
        p.put("b1", b1);
        p.put("bstar", bstar);
        return p;
    }

    private static List<SizeEstimate> simulate(Map<String, Double> parameters, String statistic, DoubleUnaryOperator sigma,
            List<Integer> sizes, int trials) {
        return new SimulationRunner(new SimulationSettings(2, 600))
                .run(MODEL.experiment(parameters, statistic, sigma), sizes, trials, 11, "test");
    }

    private static void assertMean(double exact, SizeEstimate e) {
        assertTrue(Math.abs(e.mean() - exact) <= STANDARD_ERRORS * e.standardError(),
                "mean " + e.mean() + " +- " + e.standardError() + " vs exact " + exact);
    }

    private static SimulationDecision.Outcome decide(Map<String, Double> parameters, DoubleUnaryOperator sigma, double prediction, int trials) {
        Statistic s = MODEL.statistic("test-error").orElseThrow();
        return DecisionRule.decide(simulate(parameters, "test-error", sigma, SIZES, trials), prediction, s.finiteSize()).outcome();
    }

    @Test
    void aLinearActivationWithMoreFeaturesThanDimensionsRecoversTheTarget() {
        // sigma(t) = t, N = 3d >= d: the features span every linear function; n = 2d > d noiseless samples and a
        // vanishing penalty interpolate beta0 exactly, so the test and training errors are 0 up to lambda
        Map<String, Double> p = parameters(3, 2, 1e-10, 0, 1, 0);
        for (String statistic : List.of("test-error", "train-error", "equivalent-test-error", "equivalent-train-error")) {
            SizeEstimate e = simulate(p, statistic, t -> t, List.of(30), 8).get(0);
            assertEquals(0, e.mean(), 1e-6, statistic);
        }
    }

    @Test
    void anInfinitePenaltyLeavesTheWholeSignal() {
        // a -> 0: the test error is E <beta0, x>^2 = ||beta0||^2 = r^2 (x on the sphere of radius sqrt(d) has E x x^T = I)
        Map<String, Double> p = parameters(2, 1.5, 1e12, 0.5, RELU_B1, RELU_BSTAR);
        p.put("r", 2.0);
        assertMean(4, simulate(p, "test-error", RELU, List.of(40), 100).get(0));
        assertEquals(4, simulate(p, "equivalent-test-error", RELU, List.of(40), 8).get(0).mean(), 1e-6);
    }

    @Test
    void thePrimalAndDualRidgeRoutesAgree() {
        SplittableRandom rng = new SplittableRandom(3);
        for (int[] shape : new int[][] {{30, 50}, {50, 30}, {40, 40}}) {
            DMatrixRMaj z = Gaussian.matrix(shape[0], shape[1], 1, rng);
            double[] y = Gaussian.vector(shape[0], 1, rng);
            assertArrayEquals(RidgeFit.primal(z, y, 0.7), RidgeFit.dual(z, y, 0.7), 1e-9);
        }
    }

    @Test
    void theExactNoisyLinearTestErrorIsTheMeanOverFreshTestPoints() {
        // b1 = 1, b* = 0 with sigma(t) = t: both sides fit the same features, so their test errors differ only by
        // the Monte Carlo of the fresh test points, which has mean 0: the exact formula ||beta0 - W^T a||^2 holds
        Map<String, Double> p = parameters(0.5, 1.5, 0.1, 0.5, 1, 0);
        assertMean(0, simulate(p, "equivalence-gap", t -> t, List.of(40), 200).get(0));
    }

    /** 002's limit at zeta = 0 (b1 = 0) in closed form: chi = -c with c the smaller root of c^2 - (psi1 + psi2 + y^2) c + psi1 psi2. */
    private static double riskAtZetaZero(double psi1, double psi2, double lambdaBar, double tau) {
        double s = psi1 + psi2 + psi1 * psi2 * lambdaBar;
        double c = (s - Math.sqrt(s * s - 4 * psi1 * psi2)) / 2;
        double bias = psi1 * psi2 / (psi1 * psi2 - c * c);
        double variance = c * c / (psi1 * psi2 - c * c);
        return bias + tau * tau * variance;
    }

    @Test
    void atZetaZeroTheTestErrorIsTheClosedFormLimit() {
        // sigma(t) = t^2 - 1: b1 = 0, b*^2 = 2; a wrong penalty scaling (lambda for lambda/b*^2) is refuted
        Map<String, Double> p = parameters(2, 1.5, 0.5, 0.5, 0, Math.sqrt(2));
        DoubleUnaryOperator square = t -> t * t - 1;
        // (1.45 against 1.24; sigma = z^2 - 1 spreads the test error widely: 48 trials)
        assertEquals(SimulationDecision.Outcome.SUPPORTED, decide(p, square, riskAtZetaZero(2, 1.5, 0.25, 0.5), 48));
        assertEquals(SimulationDecision.Outcome.REFUTED, decide(p, square, riskAtZetaZero(2, 1.5, 0.5, 0.5), 48));
    }

    /** R = B + tau^2 V at (zeta, psi1, psi2, lambdaBar), nu1 = i a, nu2 = i b by damped iteration (real a, b > 0). */
    static double meiMontanariRisk(double zeta, double psi1, double psi2, double lambdaBar, double tau) {
        double y = Math.sqrt(psi1 * psi2 * lambdaBar);
        double z2 = zeta * zeta;
        double a = 1;
        double b = 1;
        for (int it = 0; it < 100_000; it++) {
            double na = psi1 / (y + b + z2 * b / (1 + z2 * a * b));
            double nb = psi2 / (y + a + z2 * a / (1 + z2 * a * b));
            a = (a + na) / 2;
            b = (b + nb) / 2;
        }
        double c = -a * b;
        double z4 = z2 * z2;
        double z6 = z4 * z2;
        double p = psi1 * psi2;
        double e0 = -Math.pow(c, 5) * z6 + 3 * Math.pow(c, 4) * z4 + (p - psi2 - psi1 + 1) * c * c * c * z6 - 2 * c * c * c * z4
                - 3 * c * c * c * z2 + (psi1 + psi2 - 3 * p + 1) * c * c * z4 + 2 * c * c * z2 + c * c + 3 * p * c * z2 - p;
        double e1 = psi2 * c * c * c * z4 - psi2 * c * c * z2 + p * c * z2 - p;
        double e2 = Math.pow(c, 5) * z6 - 3 * Math.pow(c, 4) * z4 + (psi1 - 1) * c * c * c * z6 + 2 * c * c * c * z4 + 3 * c * c * c * z2
                + (-psi1 - 1) * c * c * z4 - 2 * c * c * z2 - c * c;
        return (e1 + tau * tau * e2) / e0;
    }

    @Test
    void forReluTheTestErrorIsTheLimitAtZetaEqualToB1OverBstar() {
        Map<String, Double> p = parameters(2, 1.5, 0.5, 0.5, RELU_B1, RELU_BSTAR);
        double lambdaBar = 0.5 / (RELU_BSTAR * RELU_BSTAR);
        assertEquals(SimulationDecision.Outcome.SUPPORTED, decide(p, RELU, meiMontanariRisk(RELU_B1 / RELU_BSTAR, 2, 1.5, lambdaBar, 0.5), 24));
        // 002 as written: zeta = b1^2/b*^2 (0.51 against 0.67)
        assertEquals(SimulationDecision.Outcome.REFUTED,
                decide(p, RELU, meiMontanariRisk(RELU_B1 * RELU_B1 / (RELU_BSTAR * RELU_BSTAR), 2, 1.5, lambdaBar, 0.5), 24));
    }

    @Test
    void theNoisyLinearFeaturesHaveTheSameTestError() {
        Map<String, Double> p = parameters(0.5, 2, 0.2, 0, RELU_B1, RELU_BSTAR);
        Statistic s = MODEL.statistic("equivalence-gap").orElseThrow();
        assertEquals(SimulationDecision.Outcome.SUPPORTED,
                DecisionRule.decide(simulate(p, "equivalence-gap", RELU, SIZES, 24), 0, s.finiteSize()).outcome());
    }
}

package dev.proofscheck.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The one-step two-layer model through the decision rule, for a ReLU network with a ReLU teacher (psi1 = 4,
 * psi2 = 1): the exact edge of W_0 (eta = 0), the limits derived from 001 eq. (21) (||X^T y/n||^2 ->
 * mu1*^2 + E y^2/psi1 and the rectangular BBP transition of Benaych-Georges–Nadakuditi), and wrong limits
 * REFUTED by simulation alone.
 */
class TwoLayerOneStepModelTest {
    private static final TwoLayerOneStepModel MODEL = new TwoLayerOneStepModel();
    private static final List<Integer> SIZES = List.of(100, 200, 400);
    private static final DoubleUnaryOperator RELU = z -> Math.max(0, z);
    private static final double PSI1 = 4;
    /**
     * ReLU: E sigma'(xi) = 1/2; teacher ReLU: mu1* = E[z relu(z)] = 1/2, E y^2 = 1/2. The rank-one part of
     * sqrt(N) G_0 has norm mu sqrt(mu1*^2 + E y^2/psi1) = sqrt(3/32).
     */
    private static final double THETA_PER_ETA = 0.5 * Math.sqrt(0.25 + 0.5 / PSI1);
    /** <X^T y, beta*>^2/||X^T y||^2 -> mu1*^2/(mu1*^2 + E y^2/psi1) = 2/3. */
    private static final double SIGNAL_FRACTION = 0.25 / (0.25 + 0.5 / PSI1);

    private static SimulationDecision.Outcome decide(String statistic, double eta, double exponent, double prediction) {
        return decide(PSI1, statistic, eta, exponent, prediction, 30);
    }

    private static SimulationDecision.Outcome decide(double psi1, String statistic, double eta, double exponent, double prediction,
            int trials) {
        Map<String, Double> p = new HashMap<>(Map.of("psi1", psi1, "psi2", 1.0, "eta", eta, "lr-exponent", exponent));
        Experiment e = MODEL.experiment(p, statistic, Map.of("activation", RELU, "teacher", RELU));
        List<SizeEstimate> estimates = new SimulationRunner(new SimulationSettings(2, 600)).run(e, SIZES, trials, 7, "test");
        SimulationDecision d = DecisionRule.decide(estimates, prediction, MODEL.statistic(statistic).orElseThrow().finiteSize());
        return d.outcome();
    }

    @Test
    void withoutAStepW1IsW0WithItsEdgeAtOnePlusSqrtPsi2() {
        assertEquals(SimulationDecision.Outcome.SUPPORTED, decide("top-singular-value", 0, 0, 2));
        assertEquals(SimulationDecision.Outcome.SUPPORTED, decide("w0-norm", 1, 0, 2));
        assertEquals(SimulationDecision.Outcome.SUPPORTED, decide("w0-frobenius", 1, 0, 1));
    }

    @Test
    void theGradientIsApproximatelyRankOne() {
        assertEquals(SimulationDecision.Outcome.SUPPORTED, decide("rank-one-residual", 1, 0, 0));
        assertEquals(SimulationDecision.Outcome.SUPPORTED, decide("gradient-norm", 1, 0, THETA_PER_ETA));
    }

    @Test
    void aLargeStepMakesASpikeAlignedWithTheTeacher() {
        double theta = 8 * THETA_PER_ETA;
        // psi2 = N/d = 1: the spike of a square matrix is at theta + 1/theta, its left overlap 1 - 1/theta^2
        assertEquals(SimulationDecision.Outcome.SUPPORTED, decide("top-singular-value", 8, 0, theta + 1 / theta));
        assertEquals(SimulationDecision.Outcome.SUPPORTED, decide("second-singular-value", 8, 0, 2));
        assertEquals(SimulationDecision.Outcome.SUPPORTED, decide("overlap", 8, 0, (1 - 1 / (theta * theta)) * SIGNAL_FRACTION));
    }

    @Test
    void wrongLimitsAreRefutedBySimulationAlone() {
        double theta = 8 * THETA_PER_ETA;
        // no spike: the top singular value at the bulk edge, against 8 sqrt(1/8) + 1/(8 sqrt(1/8)) = 3.18 at psi1 = 2.
        // The spike fluctuates by ~7% per trial and its gap shrinks from n = 100 (d = 50); 60 trials make the
        // refutation's "does not shrink" test hold with margin (16 trials at another seed left it INCONCLUSIVE)
        assertEquals(SimulationDecision.Outcome.REFUTED, decide(2, "top-singular-value", 8, 0, 2, 60));
        // the overlap with the direction of X^T y taken for the overlap with beta* (0.83 against 0.56)
        assertEquals(SimulationDecision.Outcome.REFUTED, decide("overlap", 8, 0, 1 - 1 / (theta * theta)));
        // eta = Theta(sqrt(N)): the step's entries do not become small against W_0's
        assertEquals(SimulationDecision.Outcome.REFUTED, decide("entry-ratio", 1, 0.5, 0));
    }

    @Test
    void aSmallStepIsSmallEntrywiseAndALargeOneIsNot() {
        assertEquals(SimulationDecision.Outcome.SUPPORTED, decide("entry-ratio", 1, 0, 0));
        SizeEstimate large = new SimulationRunner(new SimulationSettings(2, 600)).run(
                MODEL.experiment(Map.of("psi1", PSI1, "psi2", 1.0, "lr-exponent", 0.5), "entry-ratio",
                        Map.of("activation", RELU, "teacher", RELU)), List.of(400), 8, 7, "test").get(0);
        assertTrue(large.mean() > 0.3, "entry ratio " + large.mean());
    }

    @Test
    void anActivationWithoutALinearPartHasNoRankOneGradient() {
        // sigma(z) = z^2 - 1: E sigma'(xi) = 0, eq. (21)'s rank-one term vanishes and the ratio is 1
        Experiment e = MODEL.experiment(Map.of("psi1", PSI1, "psi2", 1.0), "rank-one-residual",
                Map.of("activation", z -> z * z - 1, "teacher", RELU));
        assertEquals(1, e.trial(100, new java.util.SplittableRandom(3)), 1e-9);
    }
}

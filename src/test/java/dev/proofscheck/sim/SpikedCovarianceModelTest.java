package dev.proofscheck.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The spiked covariance model: against the exact one-dimensional case, and its BBP limits on both sides
 * of the transition and on both sides of gamma = 1 through the decision rule (a wrong limit refuted).
 */
class SpikedCovarianceModelTest {
    /** As in {@link SampleCovarianceModelTest}: 5 standard errors, a false failure has probability 6e-7. */
    private static final double STANDARD_ERRORS = 5;
    private static final SpikedCovarianceModel MODEL = new SpikedCovarianceModel();
    private static final List<Integer> SIZES = List.of(60, 120, 240);

    private static List<SizeEstimate> simulate(double gamma, double theta, String statistic, List<Integer> sizes, int trials) {
        return new SimulationRunner(new SimulationSettings(2, 600))
                .run(MODEL.experiment(Map.of("gamma", gamma, "theta", theta), statistic), sizes, trials, 5, "test");
    }

    private static SimulationDecision.Outcome decide(double gamma, double theta, String statistic, double prediction) {
        Statistic s = MODEL.statistic(statistic).orElseThrow();
        SimulationDecision d = DecisionRule.decide(simulate(gamma, theta, statistic, SIZES, 40), prediction, s.finiteSize());
        return d.outcome();
    }

    private static double bbpEigenvalue(double gamma, double theta) {
        return theta > Math.sqrt(gamma) ? (1 + theta) * (1 + gamma / theta) : Math.pow(1 + Math.sqrt(gamma), 2);
    }

    private static double bbpOverlap(double gamma, double theta) {
        return theta > Math.sqrt(gamma) ? (1 - gamma / (theta * theta)) / (1 + gamma / theta) : 0;
    }

    @Test
    void inOneDimensionTheTopEigenvalueIsTheSampleVarianceAndTheOverlapIsOne() {
        // p = round(1e-9 n) -> 1: S = (1/n) sum x_i^2 with x_i ~ N(0, 1 + theta), so E S = 1 + theta exactly;
        // its variance is 2 (1 + theta)^2 / n
        SizeEstimate e = simulate(1e-9, 1.5, "top-eigenvalue", List.of(10), 400).get(0);
        assertTrue(Math.abs(e.mean() - 2.5) <= STANDARD_ERRORS * e.standardError(), "mean " + e.mean() + " +- " + e.standardError());
        assertEquals(2 * 2.5 * 2.5 / 10, e.standardError() * e.standardError() * 400, 0.35 * 2 * 2.5 * 2.5 / 10);
        SizeEstimate o = simulate(1e-9, 1.5, "overlap", List.of(10), 20).get(0);
        assertEquals(1, o.mean(), 1e-12);
    }

    @Test
    void aboveTheTransitionTheLimitsAreBbp() {
        assertEquals(SimulationDecision.Outcome.SUPPORTED, decide(0.5, 2, "top-eigenvalue", bbpEigenvalue(0.5, 2)));
        assertEquals(SimulationDecision.Outcome.SUPPORTED, decide(0.5, 2, "overlap", bbpOverlap(0.5, 2)));
        // p > n: the eigenvector comes from the Gram matrix
        assertEquals(SimulationDecision.Outcome.SUPPORTED, decide(2, 3, "top-eigenvalue", bbpEigenvalue(2, 3)));
        assertEquals(SimulationDecision.Outcome.SUPPORTED, decide(2, 3, "overlap", bbpOverlap(2, 3)));
    }

    @Test
    void belowTheTransitionTheLimitsAreTheEdgeAndZero() {
        assertEquals(SimulationDecision.Outcome.SUPPORTED, decide(0.5, 0.4, "top-eigenvalue", bbpEigenvalue(0.5, 0.4)));
        assertEquals(SimulationDecision.Outcome.SUPPORTED, decide(0.5, 0.4, "overlap", 0));
    }

    @Test
    void aWrongBbpLimitIsRefutedBySimulationAlone() {
        // the spiked-Wigner location theta + 1/theta in place of the covariance one (2.5 against 3.75)
        assertEquals(SimulationDecision.Outcome.REFUTED, decide(0.5, 2, "top-eigenvalue", 2 + 1 / 2.0));
        // the overlap without its denominator 1 + gamma/theta (0.875 against 0.7)
        assertEquals(SimulationDecision.Outcome.REFUTED, decide(0.5, 2, "overlap", 1 - 0.5 / 4));
        // the unspiked edge above the transition: the outlier is missed
        assertEquals(SimulationDecision.Outcome.REFUTED, decide(0.5, 2, "top-eigenvalue", bbpEigenvalue(0.5, 0)));
    }
}

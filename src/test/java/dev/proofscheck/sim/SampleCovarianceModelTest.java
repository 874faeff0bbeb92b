package dev.proofscheck.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The sample covariance model against exact finite-n moments of Wishart matrices. */
class SampleCovarianceModelTest {
    /** See {@link LeastSquaresModelTest}: 5 standard errors, a false failure has probability 6e-7. */
    private static final double STANDARD_ERRORS = 5;
    private static final SampleCovarianceModel MODEL = new SampleCovarianceModel();

    private static SizeEstimate simulate(Map<String, Double> parameters, String statistic, int n, int trials) {
        return new SimulationRunner(new SimulationSettings(2, 600))
                .run(MODEL.experiment(parameters, statistic), List.of(n), trials, 3, "test").get(0);
    }

    private static void assertMean(double exact, SizeEstimate e) {
        assertTrue(Math.abs(e.mean() - exact) <= STANDARD_ERRORS * e.standardError(),
                "mean " + e.mean() + " +- " + e.standardError() + " vs exact " + exact);
    }

    @Test
    void meanEigenvalueIsSigma2() {
        assertMean(2.25, simulate(Map.of("gamma", 0.5, "sigma", 1.5), "mean-eigenvalue", 40, 100));
        assertMean(2.25, simulate(Map.of("gamma", 3.0, "sigma", 1.5), "mean-eigenvalue", 40, 100));
    }

    @Test
    void secondMomentIsOnePlusGammaPlusOneOverN() {
        // E tr(S^2)/p = (n + p + 1)/n for p x n standard Gaussian X
        assertMean((40 + 20 + 1) / 40.0, simulate(Map.of("gamma", 0.5), "second-moment", 40, 200));
        assertMean((40 + 120 + 1) / 40.0, simulate(Map.of("gamma", 3.0), "second-moment", 40, 200));
    }

    @Test
    void spectrumHasTheZerosOfARankDeficientMatrix() {
        double[] ev = SampleCovarianceModel.spectrum(3, 1, 20, new SplittableRandom(1));
        assertEquals(60, ev.length);
        assertEquals(0, ev[39], 0);
        assertTrue(ev[40] > 0.01, "smallest nonzero eigenvalue " + ev[40]);
    }

    @Test
    void stieltjesNeedsANegativePoint() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> MODEL.experiment(Map.of("gamma", 1.0, "z", 0.5), "stieltjes"));
        assertTrue(e.getMessage().contains("z = 0.5"), e.getMessage());
    }

    @Test
    void belowBottomEdgeIsTheProbabilityOfTheSmallestEigenvalueBelowTheEdge() {
        // p = round(n/4) = 1 at n = 4: S = chi^2_4/4, the edge is (1 - 1/2)^2 = 1/4, and
        // P(chi^2_4/4 < 1/4 - margin) = 1 - exp(-x/2) (1 + x/2) at x = 4 (1/4 - margin)
        for (double margin : new double[] {0, 0.1}) {
            double x = 4 * (0.25 - margin);
            double exact = 1 - Math.exp(-x / 2) * (1 + x / 2);
            assertMean(exact, simulate(Map.of("gamma", 0.25, "margin", margin), "below-bottom-edge", 4, 4000));
        }
        // p = 12 > n = 4: the smallest nonzero of the n = 4 eigenvalues; a margin beyond the edge is never reached
        assertEquals(0, simulate(Map.of("gamma", 3.0, "margin", 2.0), "below-bottom-edge", 4, 200).mean(), 0);
    }

    @Test
    void belowBottomEdgeNeedsANonNegativeMargin() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> MODEL.experiment(Map.of("gamma", 1.0, "margin", -0.5), "below-bottom-edge"));
        assertTrue(e.getMessage().contains("margin = -0.5"), e.getMessage());
    }
}

package dev.proofscheck.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The double-precision derivative and Gaussian mean against closed forms. */
class RealCalculusTest {
    @Test
    void gaussianMeansOfPolynomialsAndReluAreExact() {
        assertEquals(1, RealCalculus.gaussianMean(z -> 1), 1e-12);
        assertEquals(3, RealCalculus.gaussianMean(z -> z * z * z * z), 1e-11);
        // E[z ReLU(z)] = 1/2 (kink on the grid: Simpson's error ~ h^4 on each side), E ReLU(z) = 1/sqrt(2 pi)
        assertEquals(0.5, RealCalculus.gaussianMean(z -> z * Math.max(0, z)), 1e-10);
        assertEquals(1 / Math.sqrt(2 * Math.PI), RealCalculus.gaussianMean(z -> Math.max(0, z)), 1e-10);
        // a kink off the grid, E ReLU(z - 1/3) = phi(1/3) - (1/3) P(z > 1/3): Simpson's error ~ h^2
        double c = 1.0 / 3;
        double expected = Math.exp(-c * c / 2) / Math.sqrt(2 * Math.PI) - c * 0.36944134018176367;
        assertEquals(expected, RealCalculus.gaussianMean(z -> Math.max(0, z - c)), 1e-5);
    }

    @Test
    void gaussianMeanOfTanhDerivativeMatchesSteinsForm() {
        // E tanh'(z) = E[z tanh(z)] (Gaussian integration by parts) = 0.6057055096021588... (mpmath, 30 digits)
        assertEquals(0.605705509602, RealCalculus.gaussianMean(z -> z * Math.tanh(z)), 1e-10);
        assertEquals(0.605705509602, RealCalculus.gaussianMean(RealCalculus.derivative(Math::tanh)), 1e-9);
    }

    @Test
    void theCentralDifferenceIsAccurate() {
        for (double x : new double[] {-30, -2, -0.1, 0, 0.7, 5, 400}) {
            double t = Math.tanh(x);
            assertEquals(1 - t * t, RealCalculus.derivative(Math::tanh).applyAsDouble(x), 1e-9);
            assertEquals(3 * x * x, RealCalculus.derivative(z -> z * z * z).applyAsDouble(x), 1e-9 * Math.max(1, 3 * x * x));
        }
    }
}

package dev.proofscheck.sim;

import java.util.function.DoubleUnaryOperator;

/**
 * The two operations a model needs on a claim's function of one real variable, in double precision: its
 * derivative (a central difference) and its mean under the standard Gaussian (composite Simpson).
 */
final class RealCalculus {
    /**
     * Relative step of the central difference: error ~ step^2 f'''/6 ~ 1e-10 and rounding ~ 1e-16/step ~ 1e-11,
     * both far below the Monte Carlo noise of any trial. At a kink (ReLU at 0) the difference gives the mean of
     * the one-sided slopes within one step of it, a set of Gaussian measure ~1e-5.
     */
    static final double STEP = 1e-5;
    /** The Gaussian weight beyond +-12 is below 1e-32. */
    static final double RANGE = 12;
    /**
     * Simpson intervals on [-12, 12] (width 0.005): error ~ 1e-11 for smooth integrands, and ~ width^2 ~ 3e-5
     * times the jump of the derivative at a kink off the grid (0 and multiples of the width are on it).
     */
    static final int INTERVALS = 4800;

    private RealCalculus() {}

    /** {@code f'} by a central difference with step {@link #STEP} max(1, |x|). */
    static DoubleUnaryOperator derivative(DoubleUnaryOperator f) {
        return x -> {
            double h = STEP * Math.max(1, Math.abs(x));
            return (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
        };
    }

    /** {@code E g(z)}, z ~ N(0, 1). */
    static double gaussianMean(DoubleUnaryOperator g) {
        double h = 2 * RANGE / INTERVALS;
        double sum = 0;
        for (int k = 0; k <= INTERVALS; k++) {
            double x = -RANGE + k * h;
            double w = k == 0 || k == INTERVALS ? 1 : k % 2 == 1 ? 4 : 2;
            sum += w * g.applyAsDouble(x) * Math.exp(-x * x / 2);
        }
        return sum * h / 3 / Math.sqrt(2 * Math.PI);
    }
}

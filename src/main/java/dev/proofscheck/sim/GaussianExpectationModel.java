package dev.proofscheck.sim;

import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * Plain Monte Carlo for a Gaussian expectation {@code E f(z)}, z ~ N(0, 1): one trial is the mean of f over
 * n independent standard normal draws, so the size is the number of samples and the trials' spread gives the
 * standard error. The function is the claim's expression ({@code of:}), e.g. {@code f[z] g[z]} for
 * {@code E f(z) g(z)}; the prediction is the closed form of the integral claim it cross-checks.
 */
public final class GaussianExpectationModel implements RandomModel {
    /**
     * The sample mean is unbiased at every n: no finite-size allowance. The declared n^-1 form only enters
     * the rate fit (gaps that are noise fit c ~ 0) and the test that a refuting gap does not shrink.
     */
    private static final FiniteSize UNBIASED = new FiniteSize(1, false, 0, 0,
            "the sample mean is unbiased at every n: no finite-size allowance");

    private static final List<Statistic> STATISTICS = List.of(
            new Statistic("mean", "mean of f(z) over n standard normal samples (limit E f(z))", UNBIASED));

    private static final ModelInfo INFO = new ModelInfo("gaussian-expectation",
            "the mean of f(z) over n independent z ~ N(0, 1), f the claim's expression 'of'; size = n",
            List.of(), STATISTICS);

    @Override
    public ModelInfo info() {
        return INFO;
    }

    @Override
    public boolean averagesAFunction() {
        return true;
    }

    @Override
    public Experiment experiment(Map<String, Double> values, String statistic) {
        throw new IllegalArgumentException("gaussian-expectation needs the function f whose mean it takes (the claim's 'of')");
    }

    @Override
    public Experiment experiment(Map<String, Double> values, String statistic, DoubleUnaryOperator function) {
        if (!statistic.equals("mean")) {
            throw new IllegalArgumentException("gaussian-expectation has no statistic '" + statistic + "'");
        }
        return (n, rng) -> {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += function.applyAsDouble(rng.nextGaussian());
            }
            return sum / n;
        };
    }
}

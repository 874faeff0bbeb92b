package dev.proofscheck.sim;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * The spiked Wigner matrix {@code Y = theta v v^T + W} of size n: W symmetric with independent N(0, 1/n)
 * entries above the diagonal and N(0, 2/n) on it (GOE, semicircle on [-2, 2]), v uniform on the unit
 * sphere (003 ch. 11–12, spiked models and the BBP transition). BBP: the top eigenvalue tends to
 * {@code theta + 1/theta} and the squared overlap of its eigenvector with v to {@code 1 - 1/theta^2} when
 * {@code theta > 1}; to 2 and 0 otherwise.
 */
public final class SpikedWignerModel implements RandomModel {
    /**
     * Below the transition the top eigenvalue sits at the edge, Tracy–Widom shifted by ~1.21 n^-2/3
     * (relative to 2: 0.6 n^-2/3); above it fluctuates by O(n^-1/2) with O(1/n) bias. n^-2/3 with constant
     * 5 covers both for |theta - 1| >= 1/4.
     */
    private static final FiniteSize EIGENVALUE = new FiniteSize(2.0 / 3, false, 5, 0,
            "Tracy–Widom shift ~0.6 x 2 x n^-2/3 at the edge; O(1/n) bias above the transition; |theta - 1| >= 1/4");
    /** The squared overlap has O(1/n) bias (above: ~ c/(n (theta - 1)^2); below: E overlap ~ 1/(n (1 - theta)^2)). */
    private static final FiniteSize OVERLAP = new FiniteSize(1, false, 20, 1,
            "overlap bias ~ 1/(n (theta - 1)^2) on either side of the transition: 20/n covers |theta - 1| >= 1/4 (1/16 ... 16)");

    private static final List<ModelParameter> PARAMETERS = List.of(
            ModelParameter.required("theta", "strength of the rank-one spike"));
    private static final List<Statistic> STATISTICS = List.of(
            new Statistic("top-eigenvalue", "largest eigenvalue of Y (limit theta + 1/theta above theta = 1, else 2)", EIGENVALUE),
            new Statistic("overlap", "<u, v>^2 for the top eigenvector u (limit 1 - 1/theta^2 above theta = 1, else 0)", OVERLAP));

    private static final ModelInfo INFO = new ModelInfo("spiked-wigner",
            "Y = theta v v^T + W, W GOE normalised to the semicircle on [-2, 2]; size = n",
            PARAMETERS, STATISTICS);

    @Override
    public ModelInfo info() {
        return INFO;
    }

    @Override
    public Experiment experiment(Map<String, Double> values, String statistic) {
        double theta = Parameters.nonNegative(this, values, "theta");
        return switch (statistic) {
            case "top-eigenvalue" -> (n, rng) -> top(theta, n, rng, false);
            case "overlap" -> (n, rng) -> top(theta, n, rng, true);
            default -> throw new IllegalArgumentException("spiked-wigner has no statistic '" + statistic + "'");
        };
    }

    private static double top(double theta, int n, SplittableRandom rng, boolean overlap) {
        double[] v = Gaussian.onSphere(n, 1, rng);
        DMatrixRMaj y = new DMatrixRMaj(n, n);
        double offDiagonal = 1 / Math.sqrt(n);
        double diagonal = Math.sqrt(2.0 / n);
        for (int i = 0; i < n; i++) {
            y.data[i * n + i] = diagonal * rng.nextGaussian() + theta * v[i] * v[i];
            for (int j = i + 1; j < n; j++) {
                double w = offDiagonal * rng.nextGaussian() + theta * v[i] * v[j];
                y.data[i * n + j] = w;
                y.data[j * n + i] = w;
            }
        }
        TopEigenpair top = TopEigenpair.of(y, overlap);
        return overlap ? top.overlap(v) : top.value();
    }
}

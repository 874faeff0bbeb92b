package dev.proofscheck.sim;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The spiked sample covariance: n samples {@code x_i ~ N(0, I_p + theta v v^T)}, {@code p = round(gamma n)},
 * v uniform on the unit sphere, and {@code S = (1/n) sum x_i x_i^T} (001 Theorem [LC18], where the spike is
 * {@code rho = ||mu||^2} and c = gamma; Baik–Ben Arous–Péché 2005, Paul 2007). BBP: for
 * {@code theta > sqrt(gamma)} the top eigenvalue tends to {@code (1 + theta)(1 + gamma/theta)} and the
 * squared overlap of its eigenvector with v to {@code (1 - gamma/theta^2)/(1 + gamma/theta)}; otherwise to
 * the MP edge {@code (1 + sqrt(gamma))^2} and 0.
 *
 * <p>Drawn as {@code x_i = z_i + sqrt(theta) s_i v} with z_i, s_i independent standard normal (covariance
 * exactly {@code I + theta v v^T}). When {@code p > n} the top eigenpair comes from the n x n Gram matrix
 * {@code X X^T / n} (same nonzero eigenvalues), its eigenvector mapped back by {@code X^T}.
 */
public final class SpikedCovarianceModel implements RandomModel {
    /**
     * Below the transition the top eigenvalue sits at the MP edge with the Tracy–Widom shift (~1.5 x edge x
     * n^-2/3, as for sample-covariance); above it it fluctuates by O(n^-1/2) around a limit with O(1/n) bias.
     * n^-2/3 with constant 5 covers both away from the threshold (measured: docs/simulation.md).
     */
    private static final FiniteSize EIGENVALUE = new FiniteSize(2.0 / 3, false, 5, 0,
            "Tracy–Widom shift ~1.5 x edge x n^-2/3 below the transition; O(1/n) bias above it; theta outside [0.75, 1.25] sqrt(gamma)");
    /**
     * The squared overlap has O(1/n) bias on both sides of the transition, growing as theta nears sqrt(gamma)
     * (below: E overlap ~ gamma/(n (sqrt(gamma) - theta)^2)-like). A squared cosine: unit 1.
     */
    private static final FiniteSize OVERLAP = new FiniteSize(1, false, 20, 1,
            "overlap bias O(1/n), growing near the threshold: 20/n covers theta outside [0.75, 1.25] sqrt(gamma) for gamma in [1/4, 2]");

    private static final List<ModelParameter> PARAMETERS = List.of(
            ModelParameter.required("gamma", "dimension over samples, p/n"),
            ModelParameter.required("theta", "strength of the spike: the population covariance is I + theta v v^T"));
    private static final List<Statistic> STATISTICS = List.of(
            new Statistic("top-eigenvalue", "largest eigenvalue of S (limit (1 + theta)(1 + gamma/theta) above theta = sqrt(gamma), else (1 + sqrt(gamma))^2)", EIGENVALUE),
            new Statistic("overlap", "<u, v>^2 for the top eigenvector u of S (limit (1 - gamma/theta^2)/(1 + gamma/theta) above theta = sqrt(gamma), else 0)", OVERLAP));

    private static final ModelInfo INFO = new ModelInfo("spiked-covariance",
            "S = (1/n) sum x_i x_i^T, x_i ~ N(0, I_p + theta v v^T), p = round(gamma n); size = n",
            PARAMETERS, STATISTICS);

    @Override
    public ModelInfo info() {
        return INFO;
    }

    @Override
    public Experiment experiment(Map<String, Double> values, String statistic) {
        double gamma = Parameters.positive(this, values, "gamma");
        double theta = Parameters.nonNegative(this, values, "theta");
        return switch (statistic) {
            case "top-eigenvalue" -> (n, rng) -> top(gamma, theta, n, rng, false);
            case "overlap" -> (n, rng) -> top(gamma, theta, n, rng, true);
            default -> throw new IllegalArgumentException("spiked-covariance has no statistic '" + statistic + "'");
        };
    }

    private static double top(double gamma, double theta, int n, SplittableRandom rng, boolean overlap) {
        int p = Parameters.dimension(gamma, n);
        double[] v = Gaussian.onSphere(p, 1, rng);
        double spike = Math.sqrt(theta);
        DMatrixRMaj x = new DMatrixRMaj(n, p);
        for (int i = 0; i < n; i++) {
            double s = spike * rng.nextGaussian();
            for (int j = 0; j < p; j++) {
                x.data[i * p + j] = rng.nextGaussian() + s * v[j];
            }
        }
        boolean primal = p <= n;
        DMatrixRMaj gram = new DMatrixRMaj(primal ? p : n, primal ? p : n);
        if (primal) {
            CommonOps_DDRM.multInner(x, gram);
        } else {
            CommonOps_DDRM.multOuter(x, gram);
        }
        CommonOps_DDRM.scale(1.0 / n, gram);
        TopEigenpair top = TopEigenpair.of(gram, overlap);
        if (!overlap) {
            return top.value();
        }
        if (primal) {
            return top.overlap(v);
        }
        DMatrixRMaj u = new DMatrixRMaj(p, 1);
        CommonOps_DDRM.multTransA(x, new DMatrixRMaj(n, 1, true, top.vector()), u);
        return new TopEigenpair(top.value(), TopEigenpair.unit(u.data)).overlap(v);
    }
}

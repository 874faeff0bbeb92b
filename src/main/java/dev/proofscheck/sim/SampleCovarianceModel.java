package dev.proofscheck.sim;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The sample covariance {@code S = (1/n) X X^T} of {@code n} samples of dimension {@code p = round(gamma n)},
 * X with independent N(0, sigma^2) entries (003 ch. 6 with alpha = gamma as in Definition 6.5; 001 eq. 17
 * with c = gamma). Its spectrum is compared with the Marchenko–Pastur law: the distance of the empirical
 * distribution (Kolmogorov–Smirnov), the extreme eigenvalues against the edges, the Stieltjes transform
 * {@code (1/p) tr (S - z)^-1} at a real {@code z < 0}, and the first two moments.
 *
 * <p>The nonzero eigenvalues of S are those of the smaller Gram matrix ({@code X X^T / n} or
 * {@code X^T X / n}); when {@code p > n} the other {@code p - n} are exactly 0 and are added as such.
 */
public final class SampleCovarianceModel implements RandomModel {
    /** Smooth linear spectral statistics of Wishart matrices have O(1/n) bias (E tr S^2 / p = 1 + gamma + 1/n exactly). */
    private static final FiniteSize LINEAR = new FiniteSize(1, false, 4, 0,
            "O(1/n) bias of linear spectral statistics (E tr S^2/p = sigma^4 (1 + gamma + 1/n) exactly); 4x margin");
    /**
     * Extreme eigenvalues fluctuate on the Tracy–Widom scale n^-2/3; the mean shift is about 1.21 sigma^2
     * (1 + sqrt(gamma)) (1 + 1/sqrt(gamma))^(1/3) n^-2/3 at the top edge, at most 1.5 times the edge for
     * gamma >= 0.1 (Johnstone 2001), and similar at the bottom edge for gamma <= 1/4 or >= 4; 3x margin.
     */
    private static final FiniteSize EDGE = new FiniteSize(2.0 / 3, false, 5, 0,
            "Tracy–Widom: mean shift ~ 1.5 x edge x n^-2/3 (gamma >= 0.1 at the top, gamma <= 1/4 or >= 4 at the bottom); ~3x margin");
    /** The empirical distribution is within O(log n / n) of the law (rigidity of eigenvalues); measured ~1 log(n)/n. */
    private static final FiniteSize KS = new FiniteSize(1, true, 3, 1,
            "eigenvalue rigidity: KS distance O(log(n)/n); measured mean ~ log(n)/n for gamma in [1/4, 4]; 3x margin");
    /**
     * The probability that the smallest nonzero eigenvalue lies below the lower edge minus a margin. With a
     * margin of several Tracy–Widom scales it tends to 0 (large deviations), approached as the edge's
     * n^-2/3 scale shrinks below the margin; with margin 0 it tends to P(TW_1 > 0) ~ 0.17 (the smallest
     * eigenvalue fluctuates on both sides of the edge, Feldheim–Sodin 2010, Ma 2012), so a predicted 0
     * is a gap that does not shrink. A probability: unit 1; 2x margin.
     */
    private static final FiniteSize EDGE_EVENT = new FiniteSize(2.0 / 3, false, 2, 1,
            "probability of a lower-edge event: the Tracy–Widom scale n^-2/3 shrinks below the margin; unit 1 (a probability), 2x margin");
    /** Eigenvalues below this (relative to the largest) are rounding noise of exact zeros. */
    private static final double ZERO_EIGENVALUE = 1e-10;

    private static final List<ModelParameter> PARAMETERS = List.of(
            ModelParameter.required("gamma", "dimension over samples, p/n"),
            ModelParameter.optional("sigma", 1, "standard deviation of the entries"),
            ModelParameter.required("z", "real point z < 0 of the Stieltjes transform (statistic stieltjes only)"),
            ModelParameter.optional("margin", 0, "distance below the lower edge (statistic below-bottom-edge only)"));
    private static final List<Statistic> STATISTICS = List.of(
            new Statistic("ks", "Kolmogorov–Smirnov distance between the spectrum of S and the MP law (limit 0)", KS),
            new Statistic("top-eigenvalue", "largest eigenvalue of S (limit sigma^2 (1 + sqrt(gamma))^2)", EDGE),
            new Statistic("bottom-eigenvalue", "smallest of the min(p, n) nonzero eigenvalues (limit sigma^2 (1 - sqrt(gamma))^2)", EDGE),
            new Statistic("below-bottom-edge", "1 when the smallest nonzero eigenvalue is below sigma^2 (1 - sqrt(gamma))^2 - margin, else 0 (its mean is the probability)", EDGE_EVENT),
            new Statistic("stieltjes", "(1/p) tr (S - z)^-1 at real z < 0", LINEAR, List.of("z")),
            new Statistic("mean-eigenvalue", "(1/p) tr S (exactly sigma^2 in expectation)", LINEAR),
            new Statistic("second-moment", "(1/p) tr S^2 (limit sigma^4 (1 + gamma))", LINEAR));

    private static final ModelInfo INFO = new ModelInfo("sample-covariance",
            "S = (1/n) X X^T, X p x n with N(0, sigma^2) entries, p = round(gamma n); size = n",
            PARAMETERS, STATISTICS);

    @Override
    public ModelInfo info() {
        return INFO;
    }

    @Override
    public Experiment experiment(Map<String, Double> values, String statistic) {
        double gamma = Parameters.positive(this, values, "gamma");
        double sigma = Parameters.positive(this, values, "sigma");
        MarchenkoPastur law = new MarchenkoPastur(gamma, sigma * sigma);
        return switch (statistic) {
            case "ks" -> (n, rng) -> {
                double[] ev = spectrum(gamma, sigma, n, rng);
                return law.ksDistance(ev, ZERO_EIGENVALUE * Math.max(ev[ev.length - 1], Double.MIN_NORMAL));
            };
            case "top-eigenvalue" -> (n, rng) -> {
                double[] ev = spectrum(gamma, sigma, n, rng);
                return ev[ev.length - 1];
            };
            case "bottom-eigenvalue" -> (n, rng) -> bottomNonzero(gamma, sigma, n, rng);
            case "below-bottom-edge" -> {
                double threshold = law.lowerEdge() - Parameters.nonNegative(this, values, "margin");
                yield (n, rng) -> bottomNonzero(gamma, sigma, n, rng) < threshold ? 1 : 0;
            }
            case "stieltjes" -> {
                double z = Parameters.get(this, values, "z");
                if (!(z < 0)) {
                    throw new IllegalArgumentException("sample-covariance: the Stieltjes transform is simulated at real z < 0, not z = " + z);
                }
                yield (n, rng) -> {
                    double[] ev = spectrum(gamma, sigma, n, rng);
                    double s = 0;
                    for (double l : ev) {
                        s += 1 / (Math.max(l, 0) - z);
                    }
                    return s / ev.length;
                };
            }
            case "mean-eigenvalue" -> (n, rng) -> CommonOps_DDRM.trace(gram(gamma, sigma, n, rng)) / Parameters.dimension(gamma, n);
            case "second-moment" -> (n, rng) -> {
                DMatrixRMaj g = gram(gamma, sigma, n, rng);
                double s = 0;
                for (double v : g.data) {
                    s += v * v;
                }
                return s / Parameters.dimension(gamma, n);
            };
            default -> throw new IllegalArgumentException("sample-covariance has no statistic '" + statistic + "'");
        };
    }

    /** The smallest of the min(p, n) nonzero eigenvalues of S. */
    private static double bottomNonzero(double gamma, double sigma, int n, SplittableRandom rng) {
        double[] ev = spectrum(gamma, sigma, n, rng);
        return ev[ev.length - Math.min(n, Parameters.dimension(gamma, n))];
    }

    /** The smaller of X X^T / n and X^T X / n (same nonzero eigenvalues as S). */
    static DMatrixRMaj gram(double gamma, double sigma, int n, SplittableRandom rng) {
        int p = Parameters.dimension(gamma, n);
        DMatrixRMaj x = Gaussian.matrix(p, n, sigma, rng);
        int m = Math.min(p, n);
        DMatrixRMaj g = new DMatrixRMaj(m, m);
        if (p <= n) {
            CommonOps_DDRM.multOuter(x, g);
        } else {
            CommonOps_DDRM.multInner(x, g);
        }
        CommonOps_DDRM.scale(1.0 / n, g);
        return g;
    }

    /** All p eigenvalues of S, ascending (the p - n exact zeros included when p > n). */
    static double[] spectrum(double gamma, double sigma, int n, SplittableRandom rng) {
        int p = Parameters.dimension(gamma, n);
        DMatrixRMaj g = gram(gamma, sigma, n, rng);
        int m = g.numRows;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(m, false, true);
        if (!eig.decompose(g)) {
            throw new ArithmeticException("symmetric eigenvalue decomposition failed at n = " + n);
        }
        double[] out = new double[p];
        for (int i = 0; i < m; i++) {
            out[p - m + i] = eig.getEigenvalue(i).real;
        }
        Arrays.sort(out);
        return out;
    }
}

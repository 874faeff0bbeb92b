package dev.proofscheck.sim;

/**
 * The Marchenko–Pastur law with ratio {@code gamma} and scale {@code sigma2} in double precision: the
 * limit of the spectral distribution of {@code (1/n) X X^T} for a {@code p x n} matrix of N(0, sigma2)
 * entries with {@code p/n -> gamma}. Edges {@code sigma2 (1 ± sqrt(gamma))^2}, an atom {@code 1 - 1/gamma}
 * at 0 when {@code gamma > 1} (003 Definition 6.5 with alpha = gamma; 001 eq. 17 with c = gamma).
 *
 * <p>The distribution function is tabulated once: with {@code x = m - h cos(theta)} (m, h the centre and
 * half-width of the support) the density's square-root ends become {@code sin^2(theta)}, a smooth
 * integrand, and the cumulative trapezoid rule on {@link #GRID} steps is accurate to about 1e-9.
 */
public final class MarchenkoPastur {
    /** Steps of the cumulative table in theta: the trapezoid error of a smooth integrand is ~ GRID^-2 ~ 1e-8 or better. */
    static final int GRID = 8192;

    private final double gamma;
    private final double sigma2;
    private final double lower;
    private final double upper;
    private final double[] cumulative = new double[GRID + 1];

    public MarchenkoPastur(double gamma, double sigma2) {
        if (!(gamma > 0) || !(sigma2 > 0)) {
            throw new IllegalArgumentException("Marchenko–Pastur needs gamma > 0 and sigma2 > 0, not " + gamma + ", " + sigma2);
        }
        this.gamma = gamma;
        this.sigma2 = sigma2;
        double s = Math.sqrt(gamma);
        this.lower = sigma2 * (1 - s) * (1 - s);
        this.upper = sigma2 * (1 + s) * (1 + s);
        double h = (upper - lower) / 2;
        double step = Math.PI / GRID;
        double prev = integrandInTheta(0, h);
        for (int k = 1; k <= GRID; k++) {
            double f = integrandInTheta(k * step, h);
            cumulative[k] = cumulative[k - 1] + (prev + f) * step / 2;
            prev = f;
        }
    }

    /** density(x(theta)) dx/dtheta, with x = m - h cos(theta). */
    private double integrandInTheta(double theta, double h) {
        double x = (lower + upper) / 2 - h * Math.cos(theta);
        double sin = Math.sin(theta);
        if (x <= 0) {
            // gamma = 1, theta = 0: x = h (1 - cos) and h^2 sin^2 / x = h (1 + cos) -> 2h
            return 2 * h / (2 * Math.PI * gamma * sigma2);
        }
        return h * h * sin * sin / (2 * Math.PI * gamma * sigma2 * x);
    }

    public double lowerEdge() {
        return lower;
    }

    public double upperEdge() {
        return upper;
    }

    /** The mass of the atom at 0: {@code max(0, 1 - 1/gamma)}. */
    public double atom() {
        return Math.max(0, 1 - 1 / gamma);
    }

    /** The density of the continuous part at {@code x} (0 outside the support). */
    public double density(double x) {
        if (x <= lower || x >= upper) {
            return 0;
        }
        return Math.sqrt((upper - x) * (x - lower)) / (2 * Math.PI * gamma * sigma2 * x);
    }

    /** P(X <= x), the atom included. */
    public double cdf(double x) {
        if (x < 0) {
            return 0;
        }
        double base = atom();
        if (x <= lower) {
            return base;
        }
        if (x >= upper) {
            return base + cumulative[GRID];
        }
        double h = (upper - lower) / 2;
        double c = ((lower + upper) / 2 - x) / h;
        double theta = Math.acos(Math.max(-1, Math.min(1, c)));
        double pos = theta / Math.PI * GRID;
        int k = Math.min(GRID - 1, (int) pos);
        double frac = pos - k;
        return base + cumulative[k] + frac * (cumulative[k + 1] - cumulative[k]);
    }

    /**
     * Kolmogorov–Smirnov distance between the empirical distribution of {@code sorted} (ascending) and
     * this law: over each group of equal values x (indices first..last), {@code max(|F(x) - (last+1)/N|,
     * |F(x-) - first/N|)}, with F(x-) the left limit (which differs from F(x) only at the atom, x = 0).
     * Values within {@code tie} of 0 count as 0 (the exact zero eigenvalues of a rank-deficient matrix,
     * computed as rounding noise).
     */
    public double ksDistance(double[] sorted, double tie) {
        int count = sorted.length;
        double d = 0;
        int first = 0;
        while (first < count) {
            double x = snap(sorted[first], tie);
            int last = first;
            while (last + 1 < count && snap(sorted[last + 1], tie) == x) {
                last++;
            }
            double f = cdf(x);
            double left = x <= 0 ? 0 : f;
            d = Math.max(d, Math.max(Math.abs(f - (double) (last + 1) / count), Math.abs(left - (double) first / count)));
            first = last + 1;
        }
        return d;
    }

    private static double snap(double x, double tie) {
        return Math.abs(x) <= tie ? 0 : x;
    }
}

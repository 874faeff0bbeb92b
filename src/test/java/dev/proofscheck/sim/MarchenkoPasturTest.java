package dev.proofscheck.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The double-precision Marchenko–Pastur law behind the Kolmogorov–Smirnov statistic, against exact facts. */
class MarchenkoPasturTest {
    /** The cumulative trapezoid table in theta is accurate to ~GRID^-2 ~ 1.5e-8; 1e-6 leaves a margin. */
    private static final double TABLE_ACCURACY = 1e-6;
    /** E X = integral of (1 - F) over [0, upper] by the midpoint rule on 20000 cells: error ~1e-7 relative; 1e-5 margin. */
    private static final double MEAN_ACCURACY = 1e-5;

    @ParameterizedTest
    @CsvSource({"0.25, 1", "0.5, 2.25", "1, 1", "2, 1", "4, 0.5"})
    void totalMassIsOneAndMeanIsSigma2(double gamma, double sigma2) {
        MarchenkoPastur law = new MarchenkoPastur(gamma, sigma2);
        assertEquals(1, law.cdf(law.upperEdge()), TABLE_ACCURACY, "total mass");
        assertEquals(Math.max(0, 1 - 1 / gamma), law.cdf(0), 0, "atom");
        int cells = 20_000;
        double h = law.upperEdge() / cells;
        double mean = 0;
        for (int i = 0; i < cells; i++) {
            mean += (1 - law.cdf((i + 0.5) * h)) * h;
        }
        assertEquals(sigma2, mean, MEAN_ACCURACY * sigma2, "mean of the law is sigma^2 (003 Definition 6.5)");
    }

    @ParameterizedTest
    @CsvSource({"0.5", "3"})
    void distanceOfTheLawsOwnQuantilesIsHalfAStep(double gamma) {
        // N points at the (i - 1/2)/N quantiles of the law (the atom's share as exact zeros): KS = 1/(2N) up to the table's accuracy
        MarchenkoPastur law = new MarchenkoPastur(gamma, 1);
        int count = 400;
        double[] x = new double[count];
        for (int i = 0; i < count; i++) {
            double q = (i + 0.5) / count;
            x[i] = q <= law.atom() ? 0 : quantile(law, q);
        }
        double ks = law.ksDistance(x, 0);
        int zeros = (int) java.util.Arrays.stream(x).filter(v -> v == 0).count();
        double atomError = Math.abs(law.atom() - (double) zeros / count);
        assertTrue(ks <= 0.5 / count + atomError + TABLE_ACCURACY, "KS = " + ks);
        assertTrue(ks >= 0.5 / count - TABLE_ACCURACY, "KS = " + ks);
    }

    @ParameterizedTest
    @CsvSource({"0.5", "2"})
    void distanceOfAShiftedSpectrumIsLarge(double gamma) {
        MarchenkoPastur law = new MarchenkoPastur(gamma, 1);
        double[] x = new double[200];
        java.util.Arrays.fill(x, law.upperEdge() + 1);
        assertEquals(1, law.ksDistance(x, 0), TABLE_ACCURACY);
    }

    private static double quantile(MarchenkoPastur law, double q) {
        double lo = 0;
        double hi = law.upperEdge();
        for (int i = 0; i < 100; i++) {
            double mid = (lo + hi) / 2;
            if (law.cdf(mid) < q) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }
}

package dev.proofscheck.sim;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Random-features ridge regression in 002's conventions (Mei–Montanari 2019): in dimension d (the size),
 * n = round(psi2 d) samples x_i uniform on the sphere of radius sqrt(d), N = round(psi1 d) weights w_j
 * uniform on the unit sphere, features {@code sigma(<w_j, x_i>)} with sigma the claim's function ({@code of}),
 * target {@code y = <beta0, x> + tau eps}, beta0 uniform on the sphere of radius r, and coefficients
 * {@code argmin (1/n) sum_i (y_i - sum_j a_j sigma(<w_j, x_i>))^2 + (N lambda/d) ||a||^2}.
 *
 * <p>Spheres, not Gaussians, because the seed draws w on the sphere and the theorem is proved for both on
 * spheres: there {@code <w_j, x_i>} has exactly the law of sqrt(d) times a coordinate of a uniform unit
 * vector for every pair, with no fluctuation of ||x_i|| or ||w_j|| entering sigma's argument.
 *
 * <p>Statistics: the test error {@code E_x (<beta0, x> - f_hat(x))^2} (the excess risk R_RF of the theorem,
 * without the noise of a test response), over fresh test points (max(n, N) of them, so an unbiased estimate
 * of the conditional risk); the training error {@code (1/n) ||y - Z a||^2}; the same two for the noisy linear
 * features {@code b1 <w_j, x_i> + bstar z_ij} fitted to the same samples, whose test error is exact: {@code
 * ||beta0 - b1 W^T a||^2 + bstar^2 ||a||^2} (E x x^T = I on the sphere, z fresh); and the gaps between the
 * two test errors and between the two training errors on the same draw.
 */
public final class RandomFeaturesModel implements RandomModel {
    /**
     * Measured (docs/simulation.md): at d = 40..320 the mean test error is within ~4/d (relative) of the
     * fixed-point limit, and the equivalence gaps within ~2.5/d, for psi1, psi2 in [1/2, 3] away from
     * psi1 = psi2 and lambda >= 1/5; 10/d covers both. Unit 1/4: a gap predicted 0 is measured against risks
     * of order ||beta0||^2.
     */
    private static final FiniteSize RISK = new FiniteSize(1, false, 10, 0.25,
            "measured: gaps within ~4/d (relative) at d = 40..320 for psi1, psi2 in [1/2, 3] away from psi1 = psi2, lambda >= 1/5");

    private static final List<String> EQUIVALENT = List.of("b1", "bstar");
    private static final List<ModelParameter> PARAMETERS = List.of(
            ModelParameter.required("psi1", "features over dimension, N/d"),
            ModelParameter.required("psi2", "samples over dimension, n/d"),
            ModelParameter.required("lambda", "ridge penalty, (N lambda/d) ||a||^2 next to the mean squared error"),
            ModelParameter.optional("r", 1, "norm of the target's beta0"),
            ModelParameter.optional("tau", 0, "noise standard deviation"),
            ModelParameter.required("b1", "linear coefficient E[G sigma(G)] of the noisy linear features"),
            ModelParameter.required("bstar", "noise coefficient b_* of the noisy linear features"));
    private static final List<Statistic> STATISTICS = List.of(
            new Statistic("test-error", "E_x (<beta0, x> - f_hat(x))^2 over max(n, N) fresh test points (limit ||beta0||^2 B + tau^2 V)", RISK),
            new Statistic("train-error", "(1/n) sum_i (y_i - f_hat(x_i))^2", RISK),
            new Statistic("equivalent-test-error", "exact test error of ridge on the noisy linear features b1 <w_j, x_i> + bstar z_ij", RISK, EQUIVALENT),
            new Statistic("equivalent-train-error", "training error of ridge on the noisy linear features", RISK, EQUIVALENT),
            new Statistic("equivalence-gap", "test error of the nonlinear features minus that of the noisy linear ones, same draw (limit 0)", RISK, EQUIVALENT),
            new Statistic("train-equivalence-gap", "training error of the nonlinear features minus that of the noisy linear ones, same draw (limit 0)", RISK, EQUIVALENT));

    /** The model with its parameters fixed; b1 and bstar are NaN when not given. */
    public record Setting(double psi1, double psi2, double lambda, double r, double tau, double b1, double bstar) {}

    /** What one draw gives: the four errors, NaN for the two of a side not fitted. */
    public record Errors(double test, double train, double equivalentTest, double equivalentTrain) {}

    private static final ModelInfo INFO = new ModelInfo("random-features",
            "ridge regression on N = round(psi1 d) random features sigma(<w_j, x_i>) of n = round(psi2 d) samples on the sphere; size = d",
            PARAMETERS, STATISTICS);

    @Override
    public ModelInfo info() {
        return INFO;
    }

    @Override
    public boolean averagesAFunction() {
        return true;
    }

    @Override
    public String functionRole(String function, String variable) {
        return " with sigma(" + variable + ") = " + function;
    }

    @Override
    public Experiment experiment(Map<String, Double> values, String statistic) {
        throw new IllegalArgumentException("random-features needs the activation sigma (the claim's 'of')");
    }

    @Override
    public Experiment experiment(Map<String, Double> values, String statistic, DoubleUnaryOperator sigma) {
        boolean equivalent = statistic.contains("equivalen");
        Setting s = new Setting(Parameters.positive(this, values, "psi1"), Parameters.positive(this, values, "psi2"),
                Parameters.positive(this, values, "lambda"), Parameters.nonNegative(this, values, "r"),
                Parameters.nonNegative(this, values, "tau"),
                equivalent ? Parameters.get(this, values, "b1") : Double.NaN,
                equivalent ? Parameters.nonNegative(this, values, "bstar") : Double.NaN);
        return switch (statistic) {
            case "test-error" -> (d, rng) -> trial(s, sigma, d, rng, true, false).test();
            case "train-error" -> (d, rng) -> trial(s, sigma, d, rng, true, false).train();
            case "equivalent-test-error" -> (d, rng) -> trial(s, sigma, d, rng, false, true).equivalentTest();
            case "equivalent-train-error" -> (d, rng) -> trial(s, sigma, d, rng, false, true).equivalentTrain();
            case "equivalence-gap" -> (d, rng) -> {
                Errors e = trial(s, sigma, d, rng, true, true);
                return e.test() - e.equivalentTest();
            };
            case "train-equivalence-gap" -> (d, rng) -> {
                Errors e = trial(s, sigma, d, rng, true, true);
                return e.train() - e.equivalentTrain();
            };
            default -> throw new IllegalArgumentException("random-features has no statistic '" + statistic + "'");
        };
    }

    /**
     * One draw of W, X, beta0 and the noise at dimension d; the nonlinear and/or the noisy linear features fitted
     * to the same samples.
     */
    public static Errors trial(Setting s, DoubleUnaryOperator sigma, int d, SplittableRandom rng, boolean nonlinear, boolean equivalent) {
        int features = Parameters.dimension(s.psi1(), d);
        int samples = Parameters.dimension(s.psi2(), d);
        DMatrixRMaj w = rowsOnSphere(features, d, 1, rng);
        DMatrixRMaj x = rowsOnSphere(samples, d, Math.sqrt(d), rng);
        double[] beta = Gaussian.onSphere(d, s.r(), rng);
        double[] y = RidgeFit.times(x, beta);
        for (int i = 0; i < samples; i++) {
            y[i] += s.tau() * rng.nextGaussian();
        }
        // (1/n) ||y - Z a||^2 + (N lambda/d) ||a||^2, times n
        double shift = samples * (features / (double) d) * s.lambda();
        DMatrixRMaj g = new DMatrixRMaj(samples, features);
        CommonOps_DDRM.multTransB(x, w, g);
        double test = Double.NaN;
        double train = Double.NaN;
        if (nonlinear) {
            DMatrixRMaj z = apply(sigma, g);
            double[] a = RidgeFit.coefficients(z, y, shift);
            train = RidgeFit.meanSquaredResidual(z, a, y);
            test = testError(sigma, w, beta, a, Math.max(samples, features), rng);
        }
        double equivalentTest = Double.NaN;
        double equivalentTrain = Double.NaN;
        if (equivalent) {
            DMatrixRMaj u = new DMatrixRMaj(samples, features);
            for (int k = 0; k < u.data.length; k++) {
                u.data[k] = s.b1() * g.data[k] + s.bstar() * rng.nextGaussian();
            }
            double[] a = RidgeFit.coefficients(u, y, shift);
            equivalentTrain = RidgeFit.meanSquaredResidual(u, a, y);
            equivalentTest = equivalentTestError(s, w, beta, a);
        }
        return new Errors(test, train, equivalentTest, equivalentTrain);
    }

    /** The mean of {@code (<beta0, x> - a^T sigma(W x))^2} over {@code points} fresh x on the sphere of radius sqrt(d). */
    static double testError(DoubleUnaryOperator sigma, DMatrixRMaj w, double[] beta, double[] a, int points, SplittableRandom rng) {
        int d = w.numCols;
        DMatrixRMaj x = rowsOnSphere(points, d, Math.sqrt(d), rng);
        DMatrixRMaj g = new DMatrixRMaj(points, w.numRows);
        CommonOps_DDRM.multTransB(x, w, g);
        double[] fitted = RidgeFit.times(apply(sigma, g), a);
        double[] truth = RidgeFit.times(x, beta);
        double sum = 0;
        for (int i = 0; i < points; i++) {
            double e = truth[i] - fitted[i];
            sum += e * e;
        }
        return sum / points;
    }

    /** {@code ||beta0 - b1 W^T a||^2 + bstar^2 ||a||^2}: E x x^T = I and the test point's z is independent of all else. */
    static double equivalentTestError(Setting s, DMatrixRMaj w, double[] beta, double[] a) {
        DMatrixRMaj wta = new DMatrixRMaj(w.numCols, 1);
        CommonOps_DDRM.multTransA(w, DMatrixRMaj.wrap(a.length, 1, a), wta);
        double sum = 0;
        for (int k = 0; k < beta.length; k++) {
            double e = beta[k] - s.b1() * wta.data[k];
            sum += e * e;
        }
        double norm2 = 0;
        for (double v : a) {
            norm2 += v * v;
        }
        return sum + s.bstar() * s.bstar() * norm2;
    }

    private static DMatrixRMaj apply(DoubleUnaryOperator sigma, DMatrixRMaj g) {
        DMatrixRMaj z = new DMatrixRMaj(g.numRows, g.numCols);
        for (int k = 0; k < g.data.length; k++) {
            z.data[k] = sigma.applyAsDouble(g.data[k]);
        }
        return z;
    }

    /** {@code rows} independent rows uniform on the sphere of radius {@code radius} in dimension {@code d}. */
    private static DMatrixRMaj rowsOnSphere(int rows, int d, double radius, SplittableRandom rng) {
        DMatrixRMaj m = new DMatrixRMaj(rows, d);
        for (int i = 0; i < rows; i++) {
            System.arraycopy(Gaussian.onSphere(d, radius, rng), 0, m.data, i * d, d);
        }
        return m;
    }
}

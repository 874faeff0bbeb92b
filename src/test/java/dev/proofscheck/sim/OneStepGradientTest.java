package dev.proofscheck.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The first-layer gradient of {@link OneStepGradient} against the loss it is the gradient of, by central
 * differences in random directions, and the exactly rank-one gradient of a linear network.
 */
class OneStepGradientTest {
    private static final DoubleUnaryOperator TANH = Math::tanh;

    private static OneStepGradient.Setup setup(DoubleUnaryOperator sigma) {
        return new OneStepGradient.Setup(2, 1, 0, sigma, RealCalculus.derivative(sigma), z -> Math.max(0, z));
    }

    /** {@code (1/(2n)) sum (y_i - (1/sqrt(N)) a^T sigma(W^T x_i))^2}, directly. */
    private static double loss(DMatrixRMaj x, double[] y, DMatrixRMaj w, double[] a, DoubleUnaryOperator sigma) {
        int n = x.numRows;
        int d = x.numCols;
        int width = w.numCols;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double f = 0;
            for (int j = 0; j < width; j++) {
                double pre = 0;
                for (int k = 0; k < d; k++) {
                    pre += x.get(i, k) * w.get(k, j);
                }
                f += a[j] * sigma.applyAsDouble(pre);
            }
            double r = y[i] - f / Math.sqrt(width);
            sum += r * r;
        }
        return sum / (2 * n);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void theGradientIsMinusTheDerivativeOfTheHalvedSquareLoss(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 7;
        int d = 4;
        int width = 3;
        DMatrixRMaj x = Gaussian.matrix(n, d, 1, rng);
        double[] y = Gaussian.vector(n, 1, rng);
        DMatrixRMaj w0 = OneStepGradient.initialWeights(d, width, rng);
        double[] a = Gaussian.vector(width, 1, rng);
        OneStepGradient g = OneStepGradient.of(setup(TANH), x, y, w0, a, Gaussian.onSphere(d, 1, rng));
        DMatrixRMaj v = Gaussian.matrix(d, width, 1, rng);
        double h = 1e-5;
        DMatrixRMaj plus = w0.copy();
        DMatrixRMaj minus = w0.copy();
        for (int i = 0; i < v.data.length; i++) {
            plus.data[i] += h * v.data[i];
            minus.data[i] -= h * v.data[i];
        }
        double directional = -(loss(x, y, plus, a, TANH) - loss(x, y, minus, a, TANH)) / (2 * h);
        double inner = 0;
        for (int i = 0; i < v.data.length; i++) {
            inner += g.g0().data[i] * v.data[i];
        }
        // central difference error ~ h^2 (third derivatives O(1)) plus the tanh' difference of ~1e-10
        assertEquals(directional, inner, 1e-7 * Math.max(1, Math.abs(inner)));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void aLinearNetworkHasAnExactlyRankOneGradient(long seed) {
        // sigma(z) = z: sigma' = 1, so G_0 = (1/(n sqrt(N))) X^T (y - f) a^T; the central difference gives 1 up to
        // rounding ~ 1e-16/1e-5 per entry, so the second singular value is ~1e-11 relative, not 0
        OneStepGradient g = OneStepGradient.draw(setup(z -> z), 40, new SplittableRandom(seed));
        double[] s = SingularOps_DDRM.singularValues(g.g0());
        java.util.Arrays.sort(s);
        assertTrue(s[s.length - 2] <= 1e-9 * s[s.length - 1], "second singular value " + s[s.length - 2] + " of " + s[s.length - 1]);
    }
}

package dev.proofscheck.sim;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;

/**
 * One gradient step on the first layer of a two-layer network (000 slides "Feature Learning via One Gradient
 * Descent Step" to "A Spiked Model for the Trained Weight Matrix"; 001 slides "Two-layer random network after
 * one step", eqs. (19)-(21)): the draw of {@link OneStepGradient} (n samples, d = n/psi1 inputs, N = n psi2/psi1
 * neurons; [BES+22]'s n/d -> psi1, N/d -> psi2) and {@code W_1 = W_0 + eta N^e sqrt(N) G_0}, e the
 * {@code lr-exponent} (0: 000's small step eta = Theta(1); 1/2: its large step eta = Theta(sqrt(N))). The
 * activation sigma and the teacher f* are the claim's functions; sigma' is their central difference and
 * {@code E sigma'(xi)} of 001 eq. (21) is computed as {@code E[xi sigma(xi)]} (Gaussian integration by parts).
 */
public final class TwoLayerOneStepModel implements RandomModel {
    /**
     * The residual of eq. (21) is itself the finite-size term. Measured (ReLU network and teacher, n = 100 ... 800):
     * 2.05 sqrt(log(n)/n), i.e. 0.94 ... 0.79 log(n)/sqrt(n), at psi1 = 2, psi2 = 1; up to 1.07 log(n)/sqrt(n) at
     * psi2 = 1/2 or psi1 = 4 (fewer neurons or inputs per sample); 0.43 for tanh. The constant grows as psi2
     * shrinks: 1.5 covers psi1 <= 4, psi2 >= 1/2.
     */
    private static final FiniteSize RESIDUAL = new FiniteSize(0.5, true, 1.5, 1,
            "measured mean 0.79 ... 1.07 log(n)/sqrt(n) for ReLU (psi1 in [2, 4], psi2 in [1/2, 1], n = 100 ... 800), 0.43 for tanh; 1.5 covers psi1 <= 4, psi2 >= 1/2");
    /** Norms of G_0 and W_1 - W_0: fluctuations and bias O(n^-1/2) relative (the rank-one part is exact only in the limit). */
    private static final FiniteSize NORM = new FiniteSize(0.5, false, 1.5, 0.25,
            "O(n^-1/2) relative: fluctuation of ||X^T y/n||, residual of eq. (21); measured gaps <= 0.5 |limit| n^-1/2 (ReLU, n = 100 ... 800); 3x margin");
    /** The top singular value of W_0 or the bulk of W_1 at the edge: Tracy–Widom shift of order n^-2/3. */
    private static final FiniteSize EDGE = new FiniteSize(2.0 / 3, false, 5, 0,
            "Tracy–Widom shift at the edge 1 + sqrt(psi2) of order n^-2/3, constant as for sample-covariance");
    /** ||W_0||_F^2 / N is chi^2_{dN}/(dN): E sqrt = 1 - 1/(4 dN) + ..., far below 1/n. */
    private static final FiniteSize FROBENIUS = new FiniteSize(1, false, 1, 0,
            "||W_0||_F/sqrt(N) = sqrt(chi^2_{dN}/(dN)): bias ~ 1/(4 d N), well within 1/n");
    /**
     * The top singular value of W_1 when it is a spike: its strength theta = eta |mu| ||X^T y/n|| ||a|| fluctuates by
     * O(n^-1/2) (bias O(1/n)), but the network's own output f_NN in the residual y - f_NN puts into sqrt(N) G_0 the
     * rank-one term -(mu^2/sqrt(N)) (W_0 a) a^T (Stein's lemma on E[x f_NN(x) sigma'(w_j^T x)]), so W_1 contains
     * W_0 (I - eps a a^T) with eps = eta mu^2/sqrt(N): W_0 shrunk along the spike's own right vector, which lowers
     * the spike at first order, by about eps (right overlap)/sigma_1, an O(n^-1/2) bias. For tanh at psi1 = 2,
     * psi2 = 1/2, eta = 5 that is 0.47 |limit| n^-1/2; measured 0.38 ... 0.51 (n = 100 ... 800, 100-200 trials).
     * Constant 1; at the edge (eta = 0) it covers the Tracy–Widom shift as well.
     */
    private static final FiniteSize SPIKE = new FiniteSize(0.5, false, 1, 0,
            "a spike lowered at first order by the network's output in the residual (W_0 shrunk along a by eta mu^2/sqrt(N)): "
                    + "about 0.47 |limit| n^-1/2 in theory, measured gaps 0.38 ... 0.51 |limit| n^-1/2 (tanh, n = 100 ... 800)");
    /**
     * The bulk edge of W_1 (its second singular value): Tracy–Widom shift of order n^-2/3. Measured (tanh, eta = 5)
     * gaps 1.5 ... 2.0 |limit| n^-2/3 at n = 100 ... 400; constant 3.
     */
    private static final FiniteSize BULK_EDGE = new FiniteSize(2.0 / 3, false, 3, 0,
            "Tracy–Widom shift at the edge of the bulk of W_1: measured gaps 1.5 ... 2.0 |limit| n^-2/3 (tanh, n = 100 ... 400)");
    /**
     * The squared overlap with beta*: measured (n = 100 ... 800, 100-200 trials) gaps 1.0 log(n)/n for tanh at
     * psi1 = 2, psi2 = 1/2, eta = 5 (0.046, 0.026, 0.016, 0.008 at n = 100 ... 800: faster than n^-1/2) and 0.96
     * for ReLU at psi1 = 4, psi2 = 1, eta = 8 (-0.044 at n = 100, then within 0.006); constant 2, unit 1.
     */
    private static final FiniteSize OVERLAP = new FiniteSize(1, true, 2, 1,
            "measured gaps <= 1.0 log(n)/n (tanh, ReLU; n = 100 ... 800); growing near the transition");
    /**
     * {@code ||W_1 - W_0||_F/||W_0||_F}: for eta = Theta(1) the whole value eta F sqrt(psi1/(psi2 n)) is the
     * finite-size term (F the limit of sqrt(N)||G_0||_F, 0.39 ... 0.46 for ReLU); for eta = Theta(sqrt(N)) it
     * tends to eta F with O(n^-1/2) fluctuations. Unit 1: covers eta F sqrt(psi1/psi2) <= 2.
     */
    private static final FiniteSize ENTRY = new FiniteSize(0.5, false, 2, 1,
            "eta = Theta(1): the value eta F sqrt(psi1/(psi2 n)) itself, covered for eta F sqrt(psi1/psi2) <= 2; eta = Theta(sqrt(N)): O(n^-1/2)");

    private static final List<ModelParameter> PARAMETERS = List.of(
            ModelParameter.required("psi1", "samples over input dimension, n/d"),
            ModelParameter.required("psi2", "width over input dimension, N/d"),
            ModelParameter.optional("eta", 1, "learning rate constant: the step is eta N^lr-exponent"),
            ModelParameter.optional("lr-exponent", 0, "the step is eta N^lr-exponent: 0 (eta = Theta(1)) or 1/2 (eta = Theta(sqrt(N)))"),
            ModelParameter.optional("noise", 0, "standard deviation of the label noise eps_i"));
    private static final List<Statistic> STATISTICS = List.of(
            new Statistic("rank-one-residual", "||G_0 - (E sigma'(xi)/(n sqrt(N))) X^T y a^T||_op / ||G_0||_op (001 eq. (21); limit 0)", RESIDUAL),
            new Statistic("gradient-norm", "sqrt(N) ||G_0||_op", NORM),
            new Statistic("gradient-frobenius", "sqrt(N) ||G_0||_F", NORM),
            new Statistic("w0-norm", "||W_0||_op (limit 1 + sqrt(psi2))", EDGE),
            new Statistic("w0-frobenius", "||W_0||_F / sqrt(N) (limit 1)", FROBENIUS),
            new Statistic("entry-ratio", "||W_1 - W_0||_F / ||W_0||_F: the typical entry of the step relative to that of W_0", ENTRY),
            new Statistic("top-singular-value", "largest singular value of W_1", SPIKE),
            new Statistic("second-singular-value", "second singular value of W_1: the edge of its bulk", BULK_EDGE),
            new Statistic("overlap", "<u_1, beta*>^2 for the top left singular vector u_1 of W_1 (in R^d)", OVERLAP));

    private static final ModelInfo INFO = new ModelInfo("two-layer-one-step",
            "one gradient step W_1 = W_0 + eta N^lr-exponent sqrt(N) G_0 on the first layer of a two-layer network; size = n",
            PARAMETERS, STATISTICS);

    @Override
    public ModelInfo info() {
        return INFO;
    }

    @Override
    public List<String> functionNames() {
        return List.of("activation", "teacher");
    }

    @Override
    public Experiment experiment(Map<String, Double> values, String statistic) {
        throw new IllegalArgumentException("two-layer-one-step needs its functions: activation and teacher");
    }

    @Override
    public Experiment experiment(Map<String, Double> values, String statistic, Map<String, DoubleUnaryOperator> functions) {
        double psi1 = Parameters.positive(this, values, "psi1");
        double psi2 = Parameters.positive(this, values, "psi2");
        double eta = Parameters.get(this, values, "eta");
        double exponent = Parameters.nonNegative(this, values, "lr-exponent");
        double noise = Parameters.nonNegative(this, values, "noise");
        DoubleUnaryOperator sigma = functions.get("activation");
        OneStepGradient.Setup s = new OneStepGradient.Setup(psi1, psi2, noise, sigma, RealCalculus.derivative(sigma),
                functions.get("teacher"));
        return switch (statistic) {
            case "rank-one-residual" -> {
                double mu = RealCalculus.gaussianMean(z -> z * sigma.applyAsDouble(z));
                yield (n, rng) -> {
                    OneStepGradient g = OneStepGradient.draw(s, n, rng);
                    return largest(g.minusRankOne(mu)) / largest(g.g0());
                };
            }
            case "gradient-norm" -> (n, rng) -> {
                OneStepGradient g = OneStepGradient.draw(s, n, rng);
                return Math.sqrt(g.width()) * largest(g.g0());
            };
            case "gradient-frobenius" -> (n, rng) -> {
                OneStepGradient g = OneStepGradient.draw(s, n, rng);
                return Math.sqrt(g.width()) * NormOps_DDRM.normF(g.g0());
            };
            case "w0-norm" -> (n, rng) -> largest(OneStepGradient.initialWeights(s.d(n), s.width(n), rng));
            case "w0-frobenius" -> (n, rng) -> NormOps_DDRM.normF(OneStepGradient.initialWeights(s.d(n), s.width(n), rng))
                    / Math.sqrt(s.width(n));
            case "entry-ratio" -> (n, rng) -> {
                OneStepGradient g = OneStepGradient.draw(s, n, rng);
                return step(eta, exponent, g) * Math.sqrt(g.width()) * NormOps_DDRM.normF(g.g0()) / NormOps_DDRM.normF(g.w0());
            };
            case "top-singular-value" -> (n, rng) -> singularValues(trained(s, eta, exponent, n, rng).w1())[0];
            case "second-singular-value" -> (n, rng) -> singularValues(trained(s, eta, exponent, n, rng).w1())[1];
            case "overlap" -> (n, rng) -> {
                Trained t = trained(s, eta, exponent, n, rng);
                return TopEigenpair.ofOuter(t.w1()).overlap(t.g().beta());
            };
            default -> throw new IllegalArgumentException("two-layer-one-step has no statistic '" + statistic + "'");
        };
    }

    private record Trained(OneStepGradient g, DMatrixRMaj w1) {}

    private static Trained trained(OneStepGradient.Setup s, double eta, double exponent, int n, SplittableRandom rng) {
        OneStepGradient g = OneStepGradient.draw(s, n, rng);
        return new Trained(g, g.step(step(eta, exponent, g)));
    }

    /** The learning rate {@code eta N^lr-exponent}. */
    private static double step(double eta, double exponent, OneStepGradient g) {
        return eta * Math.pow(g.width(), exponent);
    }

    private static double largest(DMatrixRMaj m) {
        return singularValues(m)[0];
    }

    /** Singular values, largest first. */
    private static double[] singularValues(DMatrixRMaj m) {
        double[] s = SingularOps_DDRM.singularValues(m);
        Arrays.sort(s);
        for (int i = 0, j = s.length - 1; i < j; i++, j--) {
            double t = s[i];
            s[i] = s[j];
            s[j] = t;
        }
        return s;
    }
}

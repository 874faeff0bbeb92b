package dev.proofscheck.sim;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The fixed benchmark of the simulation engine (not a test): ridgeless least squares, n = 400, p = 800,
 * 200 trials, conditional bias and variance per trial, on all cores; prints the wall time. The same
 * experiment in NumPy is {@code bench/ridgeless.py}; README records both.
 *
 * <p>Run: {@code java -cp target/proofs-check.jar dev.proofscheck.sim.RidgelessBenchmark [threads]}.
 */
public final class RidgelessBenchmark {
    static final int N = 400;
    static final double GAMMA = 2;
    static final int TRIALS = 200;

    private RidgelessBenchmark() {}

    public static void main(String[] args) {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : Runtime.getRuntime().availableProcessors();
        LeastSquaresModel.Setting s = new LeastSquaresModel.Setting(GAMMA, 1, 1, 0, 1);
        // warm-up at the same size (JIT), not timed
        LeastSquaresModel.trial(s, N, new SplittableRandom(0));
        Experiment e = (n, rng) -> {
            LeastSquaresModel.BiasVariance bv = LeastSquaresModel.trial(s, n, rng);
            return bv.risk();
        };
        long t0 = System.nanoTime();
        SizeEstimate est = new SimulationRunner(new SimulationSettings(threads, 1e6)).run(e, List.of(N), TRIALS, 1, "bench").get(0);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "ridgeless least squares n = %d, p = %d, %d trials, %d thread(s): %.2f s wall (%.1f ms/trial); "
                + "mean risk %.4f +- %.4f (limit 1 - 1/gamma + 1/(gamma - 1) = %.4f)%n", N, (int) (GAMMA * N), est.trials(), threads,
                seconds, 1000 * seconds / TRIALS, est.mean(), est.standardError(), 1 - 1 / GAMMA + 1 / (GAMMA - 1));
    }
}

package dev.proofscheck.sim;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * Not a test: the measurement behind the two-layer model's finite-size forms (docs/simulation.md). Prints, per
 * size, the mean of a statistic, its standard error and the per-trial standard deviation.
 * Run: {@code java -cp target/test-classes:target/proofs-check.jar dev.proofscheck.sim.TwoLayerFiniteSizeMeasurement
 * STATISTIC ACTIVATION(relu|tanh) PSI1 PSI2 ETA TRIALS SEED N...}.
 */
final class TwoLayerFiniteSizeMeasurement {
    public static void main(String[] args) {
        String statistic = args[0];
        DoubleUnaryOperator relu = z -> Math.max(0, z);
        DoubleUnaryOperator sigma = args[1].equals("tanh") ? Math::tanh : relu;
        Map<String, Double> p = new HashMap<>(Map.of("psi1", Double.parseDouble(args[2]), "psi2", Double.parseDouble(args[3]),
                "eta", Double.parseDouble(args[4])));
        int trials = Integer.parseInt(args[5]);
        long seed = Long.parseLong(args[6]);
        Experiment e = new TwoLayerOneStepModel().experiment(p, statistic, Map.of("activation", sigma, "teacher", relu));
        SimulationRunner runner = new SimulationRunner(new SimulationSettings(Runtime.getRuntime().availableProcessors(), 1e6));
        for (int i = 7; i < args.length; i++) {
            int n = Integer.parseInt(args[i]);
            long t = System.nanoTime();
            SizeEstimate s = runner.run(e, List.of(n), trials, seed, "measure").get(0);
            System.out.printf(Locale.ROOT, "%s n=%d trials=%d mean=%.5f se=%.5f sd=%.5f  %.1fs%n", statistic, n, s.trials(), s.mean(),
                    s.standardError(), s.standardError() * Math.sqrt(s.trials()), (System.nanoTime() - t) / 1e9);
        }
    }
}

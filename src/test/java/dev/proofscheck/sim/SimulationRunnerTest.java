package dev.proofscheck.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Seeded trials: the same seed gives the same numbers on any thread count; the budget scales trials down. */
class SimulationRunnerTest {
    private static final Experiment RIDGELESS_BIAS = new LeastSquaresModel().experiment(Map.of("gamma", 2.0), "bias");

    private static List<SizeEstimate> run(int threads, long seed) {
        return new SimulationRunner(new SimulationSettings(threads, 600)).run(RIDGELESS_BIAS, List.of(20, 40), 24, seed, "t");
    }

    @Test
    void sameSeedSameResultsOnOneAndTwoThreads() {
        List<SizeEstimate> one = run(1, 5);
        List<SizeEstimate> two = run(2, 5);
        for (int i = 0; i < one.size(); i++) {
            // bit for bit: each trial's generator depends on (seed, n, trial) only and the sums run in trial order
            assertEquals(one.get(i).mean(), two.get(i).mean(), 0);
            assertEquals(one.get(i).standardError(), two.get(i).standardError(), 0);
            assertEquals(one.get(i).trials(), two.get(i).trials());
        }
        assertEquals(one.get(0).mean(), run(3, 5).get(0).mean(), 0);
    }

    @Test
    void anotherSeedOtherResults() {
        assertNotEquals(run(2, 5).get(0).mean(), run(2, 6).get(0).mean());
    }

    @Test
    void tinyBudgetScalesTrialsDownButKeepsTheMinimum() {
        Experiment slow = (n, rng) -> {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return rng.nextGaussian();
        };
        List<SizeEstimate> s = new SimulationRunner(new SimulationSettings(2, 0.05)).run(slow, List.of(10, 20), 100, 1, "t");
        for (SizeEstimate e : s) {
            assertEquals(100, e.requested());
            assertEquals(true, e.scaledDown());
            assertEquals(true, e.trials() >= SimulationRunner.MIN_TRIALS && e.trials() < 100, "trials " + e.trials());
        }
    }

    @Test
    void aFailingTrialNamesItsSizeAndNumber() {
        Experiment bad = (n, rng) -> n == 20 ? Double.NaN : 1;
        SimulationRunner.TrialFailure f = assertThrows(SimulationRunner.TrialFailure.class,
                () -> new SimulationRunner(new SimulationSettings(2, 60)).run(bad, List.of(10, 20), 8, 1, "t"));
        assertEquals(true, f.getMessage().contains("n = 20"), f.getMessage());
    }
}

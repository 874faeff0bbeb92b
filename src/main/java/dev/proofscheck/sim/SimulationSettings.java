package dev.proofscheck.sim;

/**
 * How simulations run: on how many threads, within what time per claim, and whether to show progress.
 *
 * @param threads worker threads for the trials (results do not depend on it)
 * @param budgetSeconds wall time per simulation claim; trials are scaled down (and the evidence says so)
 *     when the full count would not fit
 * @param progress show a progress line on the terminal for runs longer than {@link ProgressDisplay#DELAY_SECONDS}
 */
public record SimulationSettings(int threads, double budgetSeconds, boolean progress) {
    /** Default budget per claim: the bundled corpus's simulations take 0.1–2 s each on 2 cores, so it never binds there. */
    public static final double DEFAULT_BUDGET_SECONDS = 15;

    public SimulationSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        if (!(budgetSeconds > 0)) {
            throw new IllegalArgumentException("the simulation budget must be positive, not " + budgetSeconds);
        }
    }

    /** All cores, the default budget, progress on a terminal. */
    public static SimulationSettings defaults() {
        return new SimulationSettings(Runtime.getRuntime().availableProcessors(), DEFAULT_BUDGET_SECONDS, true);
    }

    public SimulationSettings withBudget(double seconds) {
        return new SimulationSettings(threads, seconds, progress);
    }
}

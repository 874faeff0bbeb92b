package dev.proofscheck.sim;

/**
 * How simulations run: on how many threads, within what time per claim, and who is told of their progress.
 *
 * @param threads worker threads for the trials (results do not depend on it)
 * @param budgetSeconds wall time per simulation claim; trials are scaled down (and the evidence says so)
 *     when the full count would not fit
 * @param progress told how the trials advance (a progress display), {@link TrialProgress#NONE} by default
 */
public record SimulationSettings(int threads, double budgetSeconds, TrialProgress progress) {
    /** Default budget per claim: the bundled corpus's simulations take 0.1–2 s each on 2 cores, so it never binds there. */
    public static final double DEFAULT_BUDGET_SECONDS = 15;

    /** No one told of the progress. */
    public SimulationSettings(int threads, double budgetSeconds) {
        this(threads, budgetSeconds, TrialProgress.NONE);
    }

    public SimulationSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        if (!(budgetSeconds > 0)) {
            throw new IllegalArgumentException("the simulation budget must be positive, not " + budgetSeconds);
        }
    }

    /** All cores, the default budget, no one told of the progress. */
    public static SimulationSettings defaults() {
        return new SimulationSettings(Runtime.getRuntime().availableProcessors(), DEFAULT_BUDGET_SECONDS);
    }

    public SimulationSettings withBudget(double seconds) {
        return new SimulationSettings(threads, seconds, progress);
    }

    public SimulationSettings withProgress(TrialProgress listener) {
        return new SimulationSettings(threads, budgetSeconds, listener);
    }
}

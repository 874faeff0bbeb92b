package dev.proofscheck.cli;

import dev.proofscheck.sim.SimulationSettings;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options of the simulation claims: their time budget and thread count. */
final class SimulationOptions {
    /** Longest accepted budget per claim (a day), as for --timeout. */
    static final double MAX_BUDGET = 86_400;

    @Option(names = "--sim-budget", paramLabel = "SECONDS", defaultValue = "" + SimulationSettings.DEFAULT_BUDGET_SECONDS,
            description = "Wall time per simulation claim; trials are scaled down to fit, and the evidence says so (default: ${DEFAULT-VALUE}).")
    double budget;

    @Option(names = "--sim-threads", paramLabel = "N",
            description = "Threads for simulation trials (default: all cores). Results do not depend on it.")
    Integer threads;

    SimulationSettings settings(CommandLine cl) {
        if (!(budget > 0 && budget <= MAX_BUDGET)) {
            throw new CommandLine.ParameterException(cl, "--sim-budget must be a number of seconds above 0 and at most "
                    + (long) MAX_BUDGET + ", not '" + budget + "'");
        }
        if (threads != null && (threads < 1 || threads > 1024)) {
            throw new CommandLine.ParameterException(cl, "--sim-threads must be between 1 and 1024, not " + threads);
        }
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        return new SimulationSettings(t, budget);
    }
}

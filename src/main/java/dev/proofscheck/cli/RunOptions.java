package dev.proofscheck.cli;

import dev.proofscheck.check.ClaimResult;
import dev.proofscheck.check.CorpusRunner;
import dev.proofscheck.check.KindFilter;
import dev.proofscheck.parse.ClaimReader;
import dev.proofscheck.sim.SimulationSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/** Options shared by every command that checks claims. */
final class RunOptions {
    /** Default per-claim time limit: ample for the bundled corpus, small enough that a hang is noticed. */
    static final String DEFAULT_TIMEOUT = "20";

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the sampled points (same seed, same output; default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--timeout", defaultValue = DEFAULT_TIMEOUT, paramLabel = "SECONDS",
            description = "Time limit per claim, CAS and numerics together (default: ${DEFAULT-VALUE}).")
    double timeout;

    @Option(names = "--threads", paramLabel = "N",
            description = "Claims checked at once, each with its own CAS worker (default: the number of cores, at most "
                    + MAX_DEFAULT_THREADS + "). Reports keep file order; verdicts do not depend on it.")
    Integer threads;

    /** Each thread starts a CAS worker JVM (~200 MB); past a few threads the cores, not the claims, are the limit. */
    static final int MAX_DEFAULT_THREADS = 4;
    static final int MAX_THREADS = 16;

    @Option(names = "--kinds", split = ",", paramLabel = "KIND",
            description = "Check only claims of these kinds, e.g. --kinds integral,limit (default: all).")
    List<String> kinds;

    @Option(names = "--skip-kinds", split = ",", paramLabel = "KIND",
            description = "Leave out claims of these kinds, e.g. --skip-kinds simulation for a quick run; the count left out is "
                    + "printed on standard error.")
    List<String> skipKinds;

    @Option(names = "--no-progress", description = "No progress line on standard error (it is drawn only on an interactive terminal anyway).")
    boolean noProgress;

    /** Longest accepted time limit per claim (a day); longer values overflow the deadline arithmetic. */
    static final double MAX_TIMEOUT = 86_400;

    /** Rejects a time limit that is not a positive number of seconds (0, negative, NaN, Infinity, absurdly large). */
    void validate(picocli.CommandLine cl) {
        if (!(timeout > 0 && timeout <= MAX_TIMEOUT)) {
            throw new picocli.CommandLine.ParameterException(cl, "--timeout must be a number of seconds above 0 and at most "
                    + (long) MAX_TIMEOUT + ", not '" + timeout + "'");
        }
        if (threads != null && (threads < 1 || threads > MAX_THREADS)) {
            throw new picocli.CommandLine.ParameterException(cl, "--threads must be between 1 and " + MAX_THREADS + ", not " + threads);
        }
        for (List<String> given : java.util.Arrays.asList(kinds, skipKinds)) {
            for (String k : given == null ? List.<String>of() : given) {
                if (!ClaimReader.kinds().contains(k)) {
                    throw new picocli.CommandLine.ParameterException(cl, "unknown claim kind '" + k + "' (known: "
                            + String.join(", ", ClaimReader.kinds()) + ")");
                }
            }
        }
    }

    /** The kinds to check, from {@code --kinds} and {@code --skip-kinds}. */
    KindFilter kindFilter() {
        return new KindFilter(kinds == null ? null : java.util.Set.copyOf(kinds), skipKinds == null ? java.util.Set.of() : java.util.Set.copyOf(skipKinds));
    }

    /** A runner with these options' seed, time limit, threads and kinds. */
    CorpusRunner runner() {
        int n = threads != null ? threads : Math.min(MAX_DEFAULT_THREADS, Runtime.getRuntime().availableProcessors());
        return new CorpusRunner(seed, timeout).withThreads(n).withKinds(kindFilter());
    }

    /** Says on standard error how many claims the kind filter left out, if it is in use. */
    void noteLeftOut(CorpusRunner runner, picocli.CommandLine cl) {
        if (kindFilter().restricts()) {
            cl.getErr().println("proofs-check: " + kindFilter().note(runner.leftOut()));
            cl.getErr().flush();
        }
    }

    /**
     * Checks everything under {@code paths} (default: the bundled corpus) with a progress line on the
     * terminal; {@code report} receives each result, and what it prints appears above the line.
     */
    List<ClaimResult> check(CorpusRunner runner, SimulationSettings simulation, List<Path> paths, picocli.CommandLine cl,
            Consumer<ClaimResult> report) {
        List<ClaimResult> results;
        try (ProgressLine progress = ProgressLine.open(!noProgress, cl.getErr())) {
            results = runner.withProgress(progress).withSimulation(simulation.withProgress(progress))
                    .run(paths.isEmpty() ? List.of(defaultCorpus()) : paths, r -> progress.finished(() -> report.accept(r)));
        }
        noteLeftOut(runner, cl);
        return results;
    }

    /** The project root: $PROOFS_CHECK_HOME when the launcher set it, else the working directory. */
    static Path projectRoot() {
        String home = System.getenv("PROOFS_CHECK_HOME");
        return home != null && !home.isBlank() ? Path.of(home) : Path.of("");
    }

    /** The bundled corpus, {@code derivations/} under the project root. */
    static Path defaultCorpus() {
        return projectRoot().resolve("derivations");
    }
}

package dev.proofscheck.cli;

import dev.proofscheck.mutate.MutationReport;
import dev.proofscheck.mutate.MutationRun;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code proofs-check mutate [PATH...]}: mutation testing of the corpus. Prints a line per claim, every
 * survivor and false refutation, and ends with
 * {@code mutants: N generated, N equivalent, N killed, N survived (kill rate X%)}.
 */
@Command(name = "mutate", mixinStandardHelpOptions = true,
        description = "Mutates every true claim of the corpus by single edits and checks that every mutant that no longer holds is REFUTED.")
final class MutateCommand implements Callable<Integer> {
    /** Default time limit per mutant: the corpus's claims take at most ~1 s, and most mutants are refuted at once. */
    static final String DEFAULT_MUTANT_TIMEOUT = "10";
    /** The kill rate the issue asks for, in percent. */
    static final double REQUIRED_KILL_RATE = 99.0;
    /** Each thread starts a CAS worker JVM (~200 MB): a bound on what --threads may ask. */
    static final int MAX_THREADS = 16;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Derivation files or directories (default: the bundled derivations/).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the sampled points (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--timeout", defaultValue = DEFAULT_MUTANT_TIMEOUT, paramLabel = "SECONDS",
            description = "Time limit per mutant (default: ${DEFAULT-VALUE}).")
    double timeout;

    @Option(names = "--kinds", split = ",", paramLabel = "KIND",
            description = "Only claims of these kinds, e.g. --kinds inequality,ode (default: all).")
    List<String> kinds;

    @Option(names = "--max-per-claim", paramLabel = "N",
            description = "At most N mutants per claim, a choice fixed by --seed and the claim (default: all).")
    Integer maxPerClaim;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
            description = "Claims mutated at once, each with its own CAS worker; the counts do not depend on it (default: ${DEFAULT-VALUE}).")
    int threads;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!(timeout > 0 && timeout <= RunOptions.MAX_TIMEOUT)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--timeout must be a number of seconds above 0 and at most "
                    + (long) RunOptions.MAX_TIMEOUT + ", not '" + timeout + "'");
        }
        if (maxPerClaim != null && maxPerClaim < 1 || threads < 1 || threads > MAX_THREADS) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-per-claim must be at least 1 and --threads between 1 and "
                    + MAX_THREADS);
        }
        PrintWriter out = spec.commandLine().getOut();
        MutationRun run = new MutationRun(seed, timeout).threads(threads)
                .kinds(kinds == null ? null : new java.util.HashSet<>(kinds));
        if (maxPerClaim != null) {
            run.maxPerClaim(maxPerClaim);
            out.println("at most " + maxPerClaim + " mutants per claim (a seeded choice)");
        }
        out.println("simulation claims: at most " + dev.proofscheck.mutate.ClaimMutations.SIMULATION_MUTANTS_PER_CLAIM
                + " mutants each (of the prediction; a fixed choice)");
        MutationReport r = run.run(paths.isEmpty() ? List.of(RunOptions.defaultCorpus()) : paths, line -> {
            out.println(line);
            out.flush();
        });
        for (String s : r.skippedClaims()) {
            out.println("skipped: " + s);
        }
        for (String s : r.survivors()) {
            out.println("SURVIVED " + s);
        }
        for (String s : r.confirmedCounterexamples()) {
            out.println("KILLED AT THE CHECKER'S COUNTEREXAMPLE (the route's sample missed it) " + s);
        }
        for (String s : r.falseRefutations()) {
            out.println("FALSE REFUTATION " + s);
        }
        for (String s : r.stillborn()) {
            out.println("STILLBORN " + s);
        }
        out.println(r.line());
        out.println(r.stillbornLine());
        if (r.killed() + r.survived() == 0 && r.falseRefutations().isEmpty()) {
            out.println("no mutant could be refuted: nothing was measured");
            return dev.proofscheck.report.Summary.EXIT_INCONCLUSIVE;
        }
        boolean ok = r.killRate() >= REQUIRED_KILL_RATE && r.falseRefutations().isEmpty();
        return ok ? 0 : 1;
    }
}

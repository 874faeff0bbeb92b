package dev.proofscheck.cli;

import dev.proofscheck.check.ClaimResult;
import dev.proofscheck.check.CorpusRunner;
import dev.proofscheck.report.Summary;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code proofs-check bench}: wall time of a full corpus check, including JVM and Symja start, and wall and CPU time per claim. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Checks the corpus once and reports wall times (total from JVM start, Symja start-up, each claim) and each claim's CPU time.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Derivation files or directories (default: the bundled derivations/).")
    List<Path> paths = new ArrayList<>();

    @CommandLine.Mixin
    RunOptions run = new RunOptions();

    @CommandLine.Mixin
    SimulationOptions simulation = new SimulationOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        run.validate(spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long t0 = System.nanoTime();
        CorpusRunner runner = run.runner();
        List<ClaimResult> results = run.check(runner, simulation.settings(spec.commandLine()), paths, spec.commandLine(), r -> { });
        double checking = (System.nanoTime() - t0) / 1e9;
        double total = (System.currentTimeMillis() - jvmStart) / 1000.0;
        double claims = results.stream().mapToDouble(ClaimResult::seconds).sum();
        out.printf(Locale.ROOT, "total wall time (JVM start to end): %.2f s%n", total);
        out.printf(Locale.ROOT, "checking (files, Symja start-up, claims): %.2f s, of which claims %.2f s%n", checking, claims);
        out.printf(Locale.ROOT, "claims: %d; %s%n", results.size(), Summary.of(results).line());
        if (run.kindFilter().restricts()) {
            out.println(run.kindFilter().note(runner.leftOut()));
        }
        out.printf(Locale.ROOT, "threads: %d; load average at the end: %.2f; CPU time of this JVM (not the CAS workers): %.2f s%n",
                runner.threads(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), processCpuSeconds());
        java.util.Map<String, Double> cpu = runner.cpuSeconds();
        java.util.function.ToDoubleFunction<ClaimResult> cpuOf = r -> cpu.getOrDefault(r.name(), 0.0);
        out.printf(Locale.ROOT, "claims' CPU time (checking threads, not the CAS workers): %.2f s%n",
                results.stream().mapToDouble(cpuOf).sum());
        out.println("per kind (claims, wall seconds, CPU seconds):");
        results.stream().collect(java.util.stream.Collectors.groupingBy(r -> r.kind() == null ? "(input errors)" : r.kind(),
                        java.util.TreeMap::new, java.util.stream.Collectors.toList()))
                .forEach((kind, rs) -> out.printf(Locale.ROOT, "  %-14s %4d  %7.2f s  %7.2f s CPU%n", kind, rs.size(),
                        rs.stream().mapToDouble(ClaimResult::seconds).sum(), rs.stream().mapToDouble(cpuOf).sum()));
        out.println("per claim, slowest first (wall, CPU):");
        results.stream().sorted(Comparator.comparingDouble(ClaimResult::seconds).reversed()).forEach(r ->
                out.printf(Locale.ROOT, "  %7.3f s  %7.3f s CPU  %-12s %s%n", r.seconds(), cpuOf.applyAsDouble(r), r.status(), r.name()));
        return 0;
    }

    /** CPU seconds used by this JVM so far, all threads (a measure that other processes' load disturbs less than wall time); NaN if unknown. */
    private static double processCpuSeconds() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e9 : Double.NaN;
    }
}

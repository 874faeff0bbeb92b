package dev.proofscheck.cli;

import dev.proofscheck.check.ClaimResult;
import dev.proofscheck.check.CorpusRunner;
import dev.proofscheck.sim.SimulationSettings;
import dev.proofscheck.parse.ClaimsIndex;
import dev.proofscheck.parse.NotEncoded;
import dev.proofscheck.report.Coverage;
import dev.proofscheck.report.Summary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code proofs-check coverage}: the claims-index rows the corpus encodes, their verdicts, and what is missing. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = "Checks the corpus and reports, per seed and section, the rows of ../shared/claims-index.tsv "
                + "encoded (with verdicts) and missing. Exits 1 when a row is missing without a written reason "
                + "(coverage/not-encoded.yaml).")
final class CoverageCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Derivation files or directories (default: the bundled derivations/).")
    List<Path> paths = new ArrayList<>();

    @CommandLine.Mixin
    RunOptions run = new RunOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        run.validate(spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ClaimsIndex index = ClaimsIndex.findShared().orElse(null);
        if (index == null) {
            err.println("proofs-check: ../shared/claims-index.tsv not found beside the project");
            return Summary.EXIT_INPUT_ERROR;
        }
        Map<String, String> reasons;
        try {
            reasons = NotEncoded.read(RunOptions.projectRoot().resolve("coverage/not-encoded.yaml"));
        } catch (IllegalArgumentException e) {
            err.println("proofs-check: " + e.getMessage());
            return Summary.EXIT_INPUT_ERROR;
        }
        List<ClaimResult> results = run.check(run.runner(), SimulationSettings.defaults(), paths, spec.commandLine(), r -> { });
        Coverage coverage = new Coverage(index, results, reasons);
        out.print(coverage.text());
        out.println(Summary.of(results).line());
        return coverage.missing() > 0 ? Summary.EXIT_FAILURE : Summary.of(results).exitCode();
    }
}

package dev.proofscheck.cli;

import dev.proofscheck.check.ClaimResult;
import dev.proofscheck.check.CorpusRunner;
import dev.proofscheck.sim.SimulationSettings;
import dev.proofscheck.report.Errata;
import dev.proofscheck.report.Summary;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code proofs-check errata}: the statements of the notes refuted as written, with corrections and evidence. */
@Command(name = "errata", mixinStandardHelpOptions = true,
        description = "Checks the corpus and writes the errata report (Markdown): for each claim refuted as written, "
                + "its locator, the statement, the corrected statement beside it and the evidence.")
final class ErrataCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Derivation files or directories (default: the bundled derivations/).")
    List<Path> paths = new ArrayList<>();

    @CommandLine.Mixin
    RunOptions run = new RunOptions();

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        run.validate(spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        CorpusRunner runner = run.runner();
        List<ClaimResult> results = run.check(runner, SimulationSettings.defaults(), paths, spec.commandLine(), r -> { });
        String report = Errata.markdown(Errata.of(results, runner.derivations()), results);
        if (output == null) {
            out.print(report);
        } else {
            Files.writeString(output, report, StandardCharsets.UTF_8);
            out.println("errata written to " + output);
        }
        out.println(Summary.of(results).line());
        return Summary.of(results).exitCode();
    }
}

package dev.proofscheck.cli;

import dev.proofscheck.check.ClaimResult;
import dev.proofscheck.check.CorpusRunner;
import dev.proofscheck.report.Summary;
import dev.proofscheck.report.html.HtmlReport;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code proofs-check report --output FILE}: checks the derivations and writes one self-contained HTML page of the results. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Checks the derivations as the main command does and writes the results as one self-contained HTML file: "
                + "summary, each claim in MathML with its verdict, evidence and a chart where the claim is a curve.")
final class ReportCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Derivation files or directories (default: the bundled derivations/).")
    List<Path> paths = new ArrayList<>();

    @CommandLine.Mixin
    RunOptions run = new RunOptions();

    @CommandLine.Mixin
    SimulationOptions simulation = new SimulationOptions();

    @Option(names = "--output", paramLabel = "FILE", required = true, description = "The HTML file to write.")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        run.validate(spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        CorpusRunner runner = run.runner().withSimulation(simulation.settings(spec.commandLine()));
        List<ClaimResult> results = runner.run(paths.isEmpty() ? List.of(RunOptions.defaultCorpus()) : paths, r -> { });
        run.noteLeftOut(runner, spec.commandLine());
        String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        String html = new HtmlReport(results, runner.derivations(), run.seed, date).render();
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(output, html, StandardCharsets.UTF_8);
        Summary s = Summary.of(results);
        out.println("report written to " + output);
        out.println(s.line());
        return s.exitCode();
    }
}

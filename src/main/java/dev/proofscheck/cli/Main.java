package dev.proofscheck.cli;

import dev.proofscheck.check.ClaimResult;
import dev.proofscheck.check.CorpusRunner;
import dev.proofscheck.report.JsonReport;
import dev.proofscheck.report.JunitXmlReport;
import dev.proofscheck.report.MarkdownReport;
import dev.proofscheck.report.Summary;
import dev.proofscheck.report.TextReport;
import java.io.IOException;
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

/** {@code proofs-check [PATH...]}: checks derivation files and prints a verdict per claim. */
@Command(name = "proofs-check", mixinStandardHelpOptions = true, version = "proofs-check 0.1.0",
        subcommands = {BenchCommand.class, CoverageCommand.class, ErrataCommand.class, ExportCommand.class, MutateCommand.class, ReportCommand.class},
        description = "Checks the claims of derivation files symbolically (Symja) and numerically (arbitrary precision).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every claim proved or verified, or refuted where the file expects it",
            "1:a claim failed: refuted unexpectedly, or an expected refutation did not happen",
            "2:bad input (a file or claim could not be read) or bad usage",
            "3:some claims inconclusive (time limit, unsupported), nothing failed"})
public final class Main implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Derivation files or directories (default: the bundled derivations/).")
    List<Path> paths = new ArrayList<>();

    @CommandLine.Mixin
    RunOptions run = new RunOptions();

    @CommandLine.Mixin
    SimulationOptions simulation = new SimulationOptions();

    /** The report formats besides text, each rendered from all results once the run is over. */
    private static final java.util.Map<String, Report> REPORTS = java.util.Map.of(
            "json", JsonReport::render, "junit", JunitXmlReport::render, "markdown", MarkdownReport::render);

    /** A report rendered from all results, the seed, and whether timings are wanted. */
    private interface Report {
        String render(List<ClaimResult> results, long seed, boolean withTimings);
    }

    @Option(names = "--format", defaultValue = "text",
            description = "Output format: text, json, junit (JUnit XML for CI) or markdown (a pull-request comment) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = {"-v", "--verbose"}, description = "Show the evidence of every claim, not only of those that need attention.")
    boolean verbose;

    @Option(names = "--no-timings", description = "Leave timings out of the JSON, JUnit and Markdown reports (for byte-identical reruns).")
    boolean noTimings;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line; returns the exit code. Never lets a stack trace reach the user. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> Summary.EXIT_INPUT_ERROR);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("proofs-check: " + ex.getMessage());
            err.println("Try 'proofs-check --help'.");
            return Summary.EXIT_INPUT_ERROR;
        });
        cl.setExecutionExceptionHandler((ex, c, p) -> {
            err.println("proofs-check: " + describe(ex));
            return Summary.EXIT_INPUT_ERROR;
        });
        return cl.execute(args);
    }

    /** A one-line account of a failure for the user: what could not be done and why, no class names or trace. */
    static String describe(Exception ex) {
        if (ex instanceof java.nio.file.FileSystemException fs) {
            String reason = fs.getReason() != null ? fs.getReason()
                    : ex instanceof java.nio.file.FileAlreadyExistsException ? "a file is in the way"
                    : ex instanceof java.nio.file.NoSuchFileException ? "no such file or directory"
                    : ex instanceof java.nio.file.AccessDeniedException ? "permission denied" : "file system error";
            return "cannot write " + fs.getFile() + ": " + reason;
        }
        if (ex instanceof IOException) {
            return "cannot write the report: " + ex.getMessage();
        }
        return "internal error: " + (ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName());
    }

    @Override
    public Integer call() throws IOException {
        if (!format.equals("text") && !REPORTS.containsKey(format)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format must be text, json, junit or markdown, not '" + format + "'");
        }
        run.validate(spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        TextReport text = new TextReport(verbose);
        boolean textToStdout = format.equals("text") && output == null;
        StringBuilder textBuffer = new StringBuilder();
        List<ClaimResult> results = run.check(run.runner(), simulation.settings(spec.commandLine()), paths,
                spec.commandLine(), r -> {
                    if (textToStdout) {
                        out.println(text.line(r));
                        out.flush();
                    } else if (format.equals("text")) {
                        textBuffer.append(text.line(r)).append(System.lineSeparator());
                    }
                });
        Summary s = Summary.of(results);
        if (REPORTS.containsKey(format)) {
            write(REPORTS.get(format).render(results, run.seed, !noTimings), out);
            if (output != null) {
                out.println(s.line());
            }
        } else if (output != null) {
            write(textBuffer + s.line() + System.lineSeparator(), out);
            out.println(s.line());
        } else {
            out.println(s.line());
        }
        return s.exitCode();
    }

    private void write(String content, PrintWriter out) throws IOException {
        if (output == null) {
            out.print(content);
            out.flush();
        } else {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(output, content, StandardCharsets.UTF_8);
        }
    }
}

package dev.proofscheck.cli;

import dev.proofscheck.cas.SymjaSession;
import dev.proofscheck.cas.SymjaSimplifier;
import dev.proofscheck.export.ExportCollector;
import dev.proofscheck.export.ExportTarget;
import dev.proofscheck.export.ExportedDerivation;
import dev.proofscheck.export.Simplification;
import dev.proofscheck.export.Targets;
import dev.proofscheck.parse.DerivationReader;
import dev.proofscheck.parse.InputError;
import dev.proofscheck.parse.ParsedFile;
import dev.proofscheck.report.Summary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code proofs-check export}: the definitions and claims of derivations as LaTeX, Symja input, MathML, Java or Python. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Prints every definition and claim of the derivations (each claim's expressions: identity sides, "
                + "limit expression, point and value, integrand, bounds and value, ...) in one format:",
            "  latex   for notes: \\frac, \\sqrt, \\ln, Greek letters (psi1 -> \\psi_{1})",
            "  symja   Mathematica/Symja input form (reads back with the checker's parser)",
            "  mathml  presentation MathML, one <math> element per line (browsers render it natively)",
            "  java    one class, a static method per expression: free variables as doubles in, double out; complex-valued "
                + "expressions are not exported to Java (they are named in a comment)",
            "  python  a class per derivation, a static method per expression, over math (real) or cmath (complex)",
            "Not exported: matrix claims, a fixed point's starting values and branch, an ODE's stability, a simulation's "
                + "model and sizes (each named in a comment).",
            "With --simplify each expression (definitions inlined) goes through Symja's Simplify under the time limit and "
                + "is kept only if it agrees with the original at sampled points of its domain; otherwise the original is "
                + "exported and a comment says why."})
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "latex, symja, mathml, java or python.")
    String format;

    @Option(names = "--simplify", description = "Simplify with Symja where it can (checked numerically).")
    boolean simplify;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the points that check a simplification (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--timeout", defaultValue = "5", paramLabel = "SECONDS",
            description = "Time limit of one simplification (default: ${DEFAULT-VALUE}).")
    double timeout;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Derivation files.")
    List<Path> files = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ExportTarget target = Targets.of(format);
        if (target == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format must be one of "
                    + String.join(", ", Targets.all().keySet()) + ", not '" + format + "'");
        }
        if (!(timeout > 0 && timeout <= RunOptions.MAX_TIMEOUT)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--timeout must be a number of seconds above 0, not '" + timeout + "'");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ExportedDerivation> exported = new ArrayList<>();
        boolean inputErrors = false;
        for (Path f : files) {
            ParsedFile parsed = new DerivationReader().read(f, f.toString());
            for (InputError e : parsed.errors()) {
                err.println("proofs-check export: " + e.position() + ": " + e.message());
                inputErrors = true;
            }
            if (parsed.derivation() != null) {
                exported.add(ExportCollector.collect(parsed.derivation()));
            }
        }
        if (simplify && !exported.isEmpty()) {
            try (SymjaSession session = SymjaSession.open()) {
                Simplification s = new Simplification(new SymjaSimplifier(session)::simplify, timeout, seed);
                exported.replaceAll(s::apply);
            }
        }
        out.print(target.render(exported));
        out.flush();
        return inputErrors ? Summary.EXIT_INPUT_ERROR : 0;
    }
}

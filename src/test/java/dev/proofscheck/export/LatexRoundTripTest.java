package dev.proofscheck.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.TestSupport;
import dev.proofscheck.cas.SymjaTeX;
import dev.proofscheck.expr.Builtins;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.ExprParser;
import dev.proofscheck.expr.ExprSyntaxException;
import dev.proofscheck.expr.Substitution;
import dev.proofscheck.numeric.Deadline;
import dev.proofscheck.numeric.EvaluationException;
import dev.proofscheck.numeric.Evaluator;
import dev.proofscheck.numeric.Numbers;
import dev.proofscheck.numeric.Point;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The LaTeX of the corpus expressions (definitions inlined) reads back through Symja's TeX parser
 * ({@code ToExpression[tex, TeXForm]}, in the test's Symja session) to an expression with the same
 * values at sampled points. Only expressions within what that parser reads correctly are tried
 * (measured on Symja 3.0.0): it misreads {@code \operatorname{erf}(x)}, {@code \Gamma(x)}, {@code \max},
 * {@code \mathrm{lplus}} (as a product of letters), {@code \log} (as Log10; we print {@code \ln}), an upper-case
 * letter before a factor ({@code C n} as a call {@code C[n]}), and the letters e and i (as the constants).
 * Every expression tried must round-trip; the test prints how many were tried of how many.
 */
class LatexRoundTripTest {
    private static final Set<String> READABLE_HEADS = Set.of("Plus", "Times", "Power", "Sqrt", "Exp", "Sin", "Cos",
            "Tan", "Sinh", "Cosh", "Tanh", "ArcSin", "ArcCos", "ArcTan", "Abs");
    private static final String[] GREEK = {"alpha", "α", "beta", "β", "gamma", "γ", "delta", "δ", "epsilon", "ϵ", "zeta", "ζ",
        "eta", "η", "theta", "θ", "kappa", "κ", "lambda", "λ", "mu", "μ", "nu", "ν", "xi", "ξ", "rho", "ρ", "sigma", "σ",
        "tau", "τ", "phi", "ϕ", "chi", "χ", "psi", "ψ", "omega", "ω"};
    private static final Pattern READABLE_NAME = Pattern.compile("(?:[a-df-hj-z]|alpha|beta|gamma|delta|zeta|eta|theta|kappa|lambda|mu|nu|xi|rho|sigma|tau|chi|psi|omega)[0-9]*");
    private static final Pattern SUBSCRIPT = Pattern.compile("Subscript\\[([A-Za-z]+),\\s*([0-9]+)\\]");
    /** {@code x_{1}^{2}} reads as {@code Subsuperscript[x, 1, 2]}. */
    private static final Pattern SUBSUPERSCRIPT = Pattern.compile("Subsuperscript\\[([A-Za-z]+),\\s*([0-9]+),\\s*([0-9]+)\\]");
    private static final BigDecimal RELATIVE = new BigDecimal("1e-20");

    @Test
    void corpusLatexReadsBackThroughSymjasTexParser() {
        SymjaTeX tex = new SymjaTeX(TestSupport.session());
        Set<Expr> seen = new LinkedHashSet<>();
        int total = 0;
        List<String> failures = new ArrayList<>();
        for (ExportedDerivation d : CorpusExports.all()) {
            for (ExportItem item : d.items()) {
                total++;
                if (item.expanded() instanceof Expr.Call && readable(item.expanded()) && seen.add(item.expanded())) {
                    String latex = LatexPrinter.of(item.expanded());
                    String read = tex.read(latex, 10);
                    String problem = read == null ? "Symja could not read it" : disagreement(item, latex, read);
                    if (problem != null) {
                        failures.add(item.name() + ": " + latex + " -> " + read + ": " + problem);
                    }
                }
            }
        }
        System.out.printf("LaTeX round trip through Symja's TeX parser: %d distinct expressions tried (of %d items), %d failed%n",
                seen.size(), total, failures.size());
        assertTrue(seen.size() > 100, "too few expressions within the TeX parser's reach: " + seen.size());
        assertEquals(List.of(), failures);
    }

    private static boolean readable(Expr e) {
        return READABLE_HEADS.containsAll(Substitution.heads(e)) && Substitution.symbols(e).stream()
                .allMatch(s -> s.equals("Pi") || s.equals("E") || (!Builtins.isConstant(s) && READABLE_NAME.matcher(s).matches()
));
    }

    /** Null when Symja's reading agrees with the original at sampled points, else what went wrong. */
    private static String disagreement(ExportItem item, String latex, String read) {
        String ours = read;
        for (int i = 0; i < GREEK.length; i += 2) {
            ours = ours.replace(GREEK[i + 1], GREEK[i]).replace(greekVariant(GREEK[i + 1]), GREEK[i]);
        }
        ours = SUBSUPERSCRIPT.matcher(ours).replaceAll("$1$2^$3");
        ours = SUBSCRIPT.matcher(ours).replaceAll("$1$2");
        Expr back;
        try {
            back = ExprParser.parse(ours);
        } catch (ExprSyntaxException e) {
            return "not in our syntax (" + e.getMessage() + ")";
        }
        Evaluator ev = new Evaluator(30, Deadline.none());
        int compared = 0;
        for (Point p : CorpusExports.points(item, 1, 4)) {
            Map<String, BigComplex> env = p.at(ev);
            BigComplex a;
            try {
                a = ev.evaluate(item.expanded(), env);
            } catch (EvaluationException e) {
                continue;
            }
            try {
                BigComplex b = ev.evaluate(back, env);
                if (Numbers.abs(a.subtract(b)).compareTo(Numbers.abs(a).max(BigDecimal.ONE).multiply(RELATIVE)) > 0) {
                    return "differs at " + p + ": " + Numbers.show(b, 10) + " vs " + Numbers.show(a, 10);
                }
            } catch (EvaluationException e) {
                return "no value at " + p + ": " + e.getMessage();
            }
            compared++;
        }
        return compared > 0 ? null : "no sampled point had a value";
    }

    private static String greekVariant(String letter) {
        return switch (letter) {
            case "ϵ" -> "ε";
            case "ϕ" -> "φ";
            default -> letter;
        };
    }
}

package dev.proofscheck.export;

import dev.proofscheck.expr.Expr;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A Python expression over {@code math} (real items) or {@code cmath} (complex items: principal
 * branches, as the checker's evaluator). Functions {@code cmath} lacks (erf, Gamma, Max, ...) are
 * {@link Unsupported} for complex items; He_n, the unit step, sign and factorial call emitted helpers.
 */
final class PythonPrinter extends InfixPrinter {
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield", "math", "cmath", "abs", "max", "min");
    private static final Map<String, String> MODULE = Map.ofEntries(
            Map.entry("Sqrt", "sqrt"), Map.entry("Exp", "exp"), Map.entry("Sin", "sin"), Map.entry("Cos", "cos"),
            Map.entry("Tan", "tan"), Map.entry("ArcSin", "asin"), Map.entry("ArcCos", "acos"), Map.entry("ArcTan", "atan"),
            Map.entry("Sinh", "sinh"), Map.entry("Cosh", "cosh"), Map.entry("Tanh", "tanh"));
    private static final Map<String, String> REAL_ONLY = Map.of("Erf", "math.erf", "Gamma", "math.gamma",
            "Factorial", "_factorial", "UnitStep", "_unit_step", "Sign", "_sign", "Max", "max", "Min", "min");

    private final boolean complex;
    private final boolean complexInputs;
    private final String qualifier;
    final Set<String> helpers = new TreeSet<>();

    /**
     * @param complex whether to print over cmath
     * @param complexInputs whether values may arrive as Python complex numbers with zero imaginary part (from
     *                      cmath definitions): the real-only functions then take their arguments' real parts
     * @param qualifier prefix of calls to definitions (their class), e.g. {@code "Mp003."}
     */
    PythonPrinter(boolean complex, boolean complexInputs, String qualifier) {
        this.complex = complex;
        this.complexInputs = complexInputs;
        this.qualifier = qualifier;
    }

    /** Whether the expression uses a function that cmath lacks (it is then printed over math). */
    static boolean needsRealFunctions(Expr e) {
        return dev.proofscheck.expr.Substitution.heads(e).stream().anyMatch(REAL_ONLY::containsKey);
    }

    static String identifier(String name) {
        return CodeNames.identifier(name, KEYWORDS);
    }

    private String module() {
        return complex ? "cmath." : "math.";
    }

    @Override
    protected String integer(BigInteger n) {
        return n.toString();
    }

    @Override
    protected String constant(String name) {
        return switch (name) {
            case "Pi" -> module() + "pi";
            case "E" -> module() + "e";
            case "I" -> "1j";
            case "EulerGamma" -> "0.5772156649015329";
            case "Infinity" -> "math.inf";
            default -> throw new Unsupported("the constant " + name);
        };
    }

    @Override
    protected String symbol(String name) {
        return identifier(name);
    }

    @Override
    protected Printed call(String head, List<Expr> args) {
        List<String> a = printAll(args);
        String inner = String.join(", ", a);
        switch (head) {
            case "Abs":
                return new Printed("abs(" + inner + ")", Prec.ATOM);
            case "Re":
                return new Printed(group(inner) + ".real", Prec.ATOM);
            case "Im":
                return new Printed(group(inner) + ".imag", Prec.ATOM);
            case "Log":
                return new Printed(module() + "log(" + (a.size() == 1 ? inner : a.get(1) + ", " + a.get(0)) + ")", Prec.ATOM);
            case "HermiteHe":
                helpers.add("_hermite_he");
                return new Printed("_hermite_he(" + inner + ")", Prec.ATOM);
            default:
                break;
        }
        if (MODULE.containsKey(head)) {
            return new Printed(module() + MODULE.get(head) + "(" + inner + ")", Prec.ATOM);
        }
        String f = REAL_ONLY.get(head);
        if (f != null) {
            if (complex) {
                throw new Unsupported(head + " of complex values (not in cmath)");
            }
            if (f.startsWith("_")) {
                helpers.add(f);
            }
            String real = complexInputs ? String.join(", ", a.stream().map(x -> group(x) + ".real").toList()) : inner;
            return new Printed(f + "(" + real + ")", Prec.ATOM);
        }
        return new Printed(qualifier + identifier(head) + "(" + inner + ")", Prec.ATOM);
    }


    @Override
    protected Printed powerOf(Printed base, Printed exponent) {
        return new Printed(wrap(base, Prec.ATOM) + "**" + wrap(exponent, Prec.ATOM), Prec.POWER);
    }

    @Override
    protected Printed sqrt(Printed radicand) {
        return new Printed(module() + "sqrt(" + radicand.text() + ")", Prec.ATOM);
    }

    @Override
    protected Printed exp(Printed exponent) {
        return new Printed(module() + "exp(" + exponent.text() + ")", Prec.ATOM);
    }
}

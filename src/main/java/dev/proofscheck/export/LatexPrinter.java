package dev.proofscheck.export;

import dev.proofscheck.expr.Expr;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LaTeX for pasting into notes: {@code \frac}, {@code \sqrt}, {@code ^{}}, standard macros ({@code \ln},
 * {@code \sin}, {@code \max}) or {@code \operatorname} for functions, Greek letters for variables named
 * after them ({@code psi1 -> \psi_{1}}), {@code \mathrm} for other multi-letter names.
 */
public final class LatexPrinter extends InfixPrinter {
    private static final Set<String> GREEK = Set.of("alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta",
            "eta", "theta", "vartheta", "iota", "kappa", "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "upsilon",
            "phi", "varphi", "chi", "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon",
            "Phi", "Psi", "Omega");
    private static final Pattern NAME = Pattern.compile("([A-Za-z]+?)([0-9]*)");
    /** A name as printed by {@link #name}: {@code C}, {@code \psi_{1}}, {@code \mathrm{lplus}}. */
    private static final Pattern PRINTED_NAME = Pattern.compile("(\\\\?[A-Za-z]+|\\\\mathrm\\{[A-Za-z]+\\})(_\\{[0-9]+\\})?");
    private static final Map<String, String> MACROS = Map.ofEntries(
            Map.entry("Exp", "\\exp"), Map.entry("Sin", "\\sin"), Map.entry("Cos", "\\cos"), Map.entry("Tan", "\\tan"),
            Map.entry("ArcSin", "\\arcsin"), Map.entry("ArcCos", "\\arccos"), Map.entry("ArcTan", "\\arctan"),
            Map.entry("Sinh", "\\sinh"), Map.entry("Cosh", "\\cosh"), Map.entry("Tanh", "\\tanh"),
            Map.entry("Max", "\\max"), Map.entry("Min", "\\min"), Map.entry("Gamma", "\\Gamma"),
            Map.entry("Erf", "\\operatorname{erf}"), Map.entry("Sign", "\\operatorname{sgn}"),
            Map.entry("Re", "\\operatorname{Re}"), Map.entry("Im", "\\operatorname{Im}"));

    public static String of(Expr e) {
        return new LatexPrinter().print(e);
    }

    /** A variable or definition name: {@code gamma -> \gamma}, {@code psi1 -> \psi_{1}}, {@code lplus -> \mathrm{lplus}}. */
    public static String name(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return "\\mathrm{" + name + "}";
        }
        String letters = m.group(1);
        String base = GREEK.contains(letters) ? "\\" + letters : letters.length() == 1 ? letters : "\\mathrm{" + letters + "}";
        return m.group(2).isEmpty() ? base : base + "_{" + m.group(2) + "}";
    }

    @Override
    protected String integer(BigInteger n) {
        return n.toString();
    }

    @Override
    protected String constant(String name) {
        return switch (name) {
            case "Pi" -> "\\pi";
            case "E" -> "\\mathrm{e}";
            case "I" -> "i";
            case "Infinity" -> "\\infty";
            case "EulerGamma" -> "\\gamma_{\\mathrm{E}}";
            default -> throw new Unsupported("constant " + name);
        };
    }

    @Override
    protected String symbol(String name) {
        return name(name);
    }

    @Override
    protected Printed call(String head, List<Expr> args) {
        List<String> a = printAll(args);
        String inner = String.join(", ", a);
        return switch (head) {
            case "Sqrt" -> sqrt(printed(args.get(0)));
            case "Abs" -> new Printed("\\left|" + inner + "\\right|", Prec.ATOM);
            case "Log" -> new Printed(args.size() == 1 ? "\\ln" + group(inner) : "\\log_{" + a.get(0) + "}" + group(a.get(1)), Prec.ATOM);
            case "Factorial" -> new Printed(wrap(printed(args.get(0)), Prec.ATOM) + "!", Prec.POWER);
            case "HermiteHe" -> new Printed("\\mathrm{He}_{" + a.get(0) + "}" + group(a.get(1)), Prec.ATOM);
            case "UnitStep" -> new Printed("\\mathbb{1}\\left[" + inner + " \\geq 0\\right]", Prec.ATOM);
            default -> new Printed(MACROS.getOrDefault(head, name(head)) + group(inner), Prec.ATOM);
        };
    }

    @Override
    protected Printed fraction(Printed numerator, Printed denominator) {
        return new Printed("\\frac{" + numerator.text() + "}{" + denominator.text() + "}", Prec.PRODUCT);
    }

    @Override
    protected Printed powerOf(Printed base, Printed exponent) {
        return new Printed(wrap(base, Prec.ATOM) + "^{" + exponent.text() + "}", Prec.POWER);
    }

    @Override
    protected Printed sqrt(Printed radicand) {
        return new Printed("\\sqrt{" + radicand.text() + "}", Prec.ATOM);
    }

    @Override
    protected Printed exp(Printed exponent) {
        return new Printed("\\mathrm{e}^{" + exponent.text() + "}", Prec.POWER);
    }

    @Override
    protected String multiply(List<String> factors) {
        StringBuilder sb = new StringBuilder(factors.get(0));
        for (int i = 1; i < factors.size(); i++) {
            String f = factors.get(i);
            // a number after a factor, or a parenthesis after a name (C (x + 1) reads as a call C(x + 1)), gets a \\cdot
            boolean ambiguous = Character.isDigit(f.charAt(0)) || f.startsWith("-")
                    || f.startsWith("\\left(") && PRINTED_NAME.matcher(factors.get(i - 1)).matches();
            sb.append(ambiguous ? " \\cdot " : " ").append(f);
        }
        return sb.toString();
    }

    @Override
    protected String group(String text) {
        return "\\left(" + text + "\\right)";
    }

    @Override
    protected String relation() {
        return " = ";
    }
}

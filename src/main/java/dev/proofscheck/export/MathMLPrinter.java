package dev.proofscheck.export;

import dev.proofscheck.expr.Builtins;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prints an expression as presentation MathML (MathML Core, which browsers render natively): fractions
 * as {@code mfrac}, roots as {@code msqrt}, powers as {@code msup}, Greek names as their letters
 * ({@code psi1} is ψ with subscript 1). Every name is escaped, so a file's text can never become markup.
 */
public final class MathMLPrinter {
    private static final int PREC_PLUS = 2;
    private static final int PREC_TIMES = 3;
    private static final int PREC_UNARY = 4;
    private static final int PREC_POWER = 5;
    private static final int PREC_ATOM = 6;
    /** Between a several-letter name and its neighbour in a product. */
    private static final String THIN_SPACE = "<mspace width=\"0.17em\"></mspace>";

    private static final Map<String, String> GREEK = Map.ofEntries(
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"), Map.entry("zeta", "ζ"), Map.entry("eta", "η"), Map.entry("theta", "θ"),
            Map.entry("iota", "ι"), Map.entry("kappa", "κ"), Map.entry("lambda", "λ"), Map.entry("mu", "μ"),
            Map.entry("nu", "ν"), Map.entry("xi", "ξ"), Map.entry("rho", "ρ"), Map.entry("sigma", "σ"),
            Map.entry("tau", "τ"), Map.entry("phi", "φ"), Map.entry("chi", "χ"), Map.entry("psi", "ψ"),
            Map.entry("omega", "ω"), Map.entry("Delta", "Δ"), Map.entry("Theta", "Θ"), Map.entry("Lambda", "Λ"),
            Map.entry("Xi", "Ξ"), Map.entry("Sigma", "Σ"), Map.entry("Phi", "Φ"), Map.entry("Psi", "Ψ"),
            Map.entry("Omega", "Ω"));

    /** Built-in functions written as an upright name applied to parenthesised arguments. */
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("Log", "log"), Map.entry("Sin", "sin"), Map.entry("Cos", "cos"), Map.entry("Tan", "tan"),
            Map.entry("ArcSin", "arcsin"), Map.entry("ArcCos", "arccos"), Map.entry("ArcTan", "arctan"),
            Map.entry("Sinh", "sinh"), Map.entry("Cosh", "cosh"), Map.entry("Tanh", "tanh"), Map.entry("Erf", "erf"),
            Map.entry("Gamma", "Γ"), Map.entry("UnitStep", "step"), Map.entry("Sign", "sgn"), Map.entry("Max", "max"),
            Map.entry("Min", "min"), Map.entry("Re", "Re"), Map.entry("Im", "Im"), Map.entry("Det", "det"),
            Map.entry("Tr", "tr"));

    private MathMLPrinter() {}

    /** The expression as a complete inline {@code <math>} element. */
    public static String print(Expr e) {
        return "<math>" + fragment(e) + "</math>";
    }

    /** The expression's MathML without the enclosing {@code <math>}, for composing statements. */
    public static String fragment(Expr e) {
        StringBuilder sb = new StringBuilder();
        write(e, sb);
        return sb.toString();
    }

    /** A name of a file as MathML: a Greek letter where it spells one, trailing digits as a subscript. */
    public static String identifier(String name) {
        int cut = name.length();
        while (cut > 1 && Character.isDigit(name.charAt(cut - 1))) {
            cut--;
        }
        String stem = name.substring(0, cut);
        String mi = "<mi>" + escape(GREEK.getOrDefault(stem, stem)) + "</mi>";
        return cut == name.length() ? mi : "<msub>" + mi + "<mn>" + escape(name.substring(cut)) + "</mn></msub>";
    }

    /** Text escaped for HTML and MathML content and attribute values. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static void write(Expr e, StringBuilder sb) {
        if (e instanceof Expr.Num n) {
            number(n.value(), sb);
        } else if (e instanceof Expr.Sym s) {
            symbol(s.name(), sb);
        } else {
            call((Expr.Call) e, sb);
        }
    }

    private static void number(Rational r, StringBuilder sb) {
        if (r.signum() < 0) {
            sb.append("<mrow><mo>−</mo>");
            number(r.negate(), sb);
            sb.append("</mrow>");
        } else if (r.isInteger()) {
            sb.append("<mn>").append(r.num()).append("</mn>");
        } else {
            sb.append("<mfrac><mn>").append(r.num()).append("</mn><mn>").append(r.den()).append("</mn></mfrac>");
        }
    }

    private static void symbol(String name, StringBuilder sb) {
        switch (name) {
            case "Pi" -> sb.append("<mi>π</mi>");
            case "E" -> sb.append("<mi>e</mi>");
            case "I" -> sb.append("<mi>i</mi>");
            case "Infinity" -> sb.append("<mi>∞</mi>");
            case "EulerGamma" -> sb.append("<msub><mi>γ</mi><mi>E</mi></msub>");
            default -> sb.append(identifier(name));
        }
    }

    private static void call(Expr.Call c, StringBuilder sb) {
        switch (c.head()) {
            case "Plus" -> plus(c.args(), sb);
            case "Times" -> times(c.args(), sb);
            case "Power" -> power(c.arg(0), c.arg(1), sb);
            case "Equal" -> {
                write(c.arg(0), sb);
                sb.append("<mo>=</mo>");
                write(c.arg(1), sb);
            }
            case "Sqrt" -> {
                sb.append("<msqrt>");
                write(c.arg(0), sb);
                sb.append("</msqrt>");
            }
            case "Exp" -> {
                sb.append("<msup><mi>e</mi><mrow>");
                write(c.arg(0), sb);
                sb.append("</mrow></msup>");
            }
            case "Abs" -> {
                sb.append("<mrow><mo>|</mo>");
                write(c.arg(0), sb);
                sb.append("<mo>|</mo></mrow>");
            }
            case "Factorial" -> {
                sb.append("<mrow>");
                wrapped(c.arg(0), PREC_ATOM, sb);
                sb.append("<mo>!</mo></mrow>");
            }
            case "Log" -> {
                if (c.args().size() == 2) {
                    sb.append("<mrow><msub><mi>log</mi>");
                    write(c.arg(0), sb);
                    sb.append("</msub>");
                    arguments(c.args().subList(1, 2), sb);
                    sb.append("</mrow>");
                } else {
                    applied("<mi>log</mi>", c.args(), sb);
                }
            }
            case "HermiteHe" -> {
                sb.append("<mrow><msub><mi>He</mi>");
                write(c.arg(0), sb);
                sb.append("</msub>");
                arguments(c.args().subList(1, 2), sb);
                sb.append("</mrow>");
            }
            case "Dot" -> joined(c.args(), "<mo>⋅</mo>", PREC_TIMES + 1, sb);
            case "Transpose" -> superscript(c.arg(0), "<mi mathvariant=\"normal\">T</mi>", sb);
            case "Inverse" -> superscript(c.arg(0), "<mrow><mo>−</mo><mn>1</mn></mrow>", sb);
            case "PseudoInverse" -> superscript(c.arg(0), "<mo>+</mo>", sb);
            case "MatrixPower" -> superscript(c.arg(0), fragment(c.arg(1)), sb);
            case "IdentityMatrix" -> {
                sb.append("<msub><mi mathvariant=\"normal\">I</mi>");
                write(c.arg(0), sb);
                sb.append("</msub>");
            }
            default -> applied(NAMED.containsKey(c.head()) ? "<mi>" + escape(NAMED.get(c.head())) + "</mi>" : identifier(c.head()),
                    c.args(), sb);
        }
    }

    /** {@code f(a, b)}: the name, the invisible function application, the parenthesised arguments. */
    private static void applied(String name, List<Expr> args, StringBuilder sb) {
        sb.append("<mrow>").append(name).append("<mo>&#x2061;</mo>");
        arguments(args, sb);
        sb.append("</mrow>");
    }

    private static void arguments(List<Expr> args, StringBuilder sb) {
        sb.append("<mrow><mo>(</mo>");
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append("<mo>,</mo>");
            }
            write(args.get(i), sb);
        }
        sb.append("<mo>)</mo></mrow>");
    }

    private static void superscript(Expr base, String exponent, StringBuilder sb) {
        sb.append("<msup>");
        wrapped(base, PREC_ATOM, sb);
        sb.append(exponent).append("</msup>");
    }

    private static void plus(List<Expr> terms, StringBuilder sb) {
        sb.append("<mrow>");
        for (int i = 0; i < terms.size(); i++) {
            Expr positive = negatedOrNull(terms.get(i));
            if (positive != null) {
                sb.append("<mo>−</mo>");
            } else if (i > 0) {
                sb.append("<mo>+</mo>");
            }
            wrapped(positive != null ? positive : terms.get(i), positive != null ? PREC_TIMES : PREC_PLUS + 1, sb);
        }
        sb.append("</mrow>");
    }

    /** A product: a leading minus sign, then a fraction when some factor divides, else the factors side by side. */
    private static void times(List<Expr> factors, StringBuilder sb) {
        List<Expr> numerator = new ArrayList<>();
        List<Expr> denominator = new ArrayList<>();
        boolean negative = false;
        for (Expr f : factors) {
            if (f instanceof Expr.Num n) {
                Rational r = n.value();
                if (r.signum() < 0) {
                    negative = !negative;
                    r = r.negate();
                }
                if (!r.isInteger()) {
                    denominator.add(new Expr.Num(new Rational(r.den(), BigInteger.ONE)));
                }
                if (!r.num().equals(BigInteger.ONE)) {
                    numerator.add(new Expr.Num(new Rational(r.num(), BigInteger.ONE)));
                }
            } else {
                Expr inverse = reciprocalOrNull(f);
                (inverse != null ? denominator : numerator).add(inverse != null ? inverse : f);
            }
        }
        sb.append("<mrow>");
        if (negative) {
            sb.append("<mo>−</mo>");
        }
        if (denominator.isEmpty()) {
            product(numerator.isEmpty() ? List.of(Expr.num(1)) : numerator, sb);
        } else {
            sb.append("<mfrac><mrow>");
            product(numerator.isEmpty() ? List.of(Expr.num(1)) : numerator, sb);
            sb.append("</mrow><mrow>");
            product(denominator, sb);
            sb.append("</mrow></mfrac>");
        }
        sb.append("</mrow>");
    }

    private static void product(List<Expr> factors, StringBuilder sb) {
        if (factors.size() == 1) {
            write(factors.get(0), sb);
            return;
        }
        for (int i = 0; i < factors.size(); i++) {
            if (i > 0) {
                boolean numbers = factors.get(i) instanceof Expr.Num;
                sb.append(numbers ? "<mo>⋅</mo>" : "<mo>&#x2062;</mo>");
                if (!numbers && (isWord(factors.get(i - 1)) || isWord(factors.get(i)))) {
                    sb.append(THIN_SPACE);
                }
            }
            wrapped(factors.get(i), PREC_TIMES + 1, sb);
        }
    }

    /** A name shown as several letters ({@code lam}, {@code hmu}): set apart from its neighbours so that products stay legible. */
    private static boolean isWord(Expr e) {
        if (e instanceof Expr.Call p && p.head().equals("Power")) {
            return isWord(p.arg(0));
        }
        if (!(e instanceof Expr.Sym s) || Builtins.isConstant(s.name())) {
            return false;
        }
        String stem = s.name().replaceFirst("[0-9]+$", "");
        return stem.length() > 1 && !GREEK.containsKey(stem);
    }

    private static void joined(List<Expr> items, String separator, int minPrecedence, StringBuilder sb) {
        sb.append("<mrow>");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(separator);
            }
            wrapped(items.get(i), minPrecedence, sb);
        }
        sb.append("</mrow>");
    }

    private static void power(Expr base, Expr exponent, StringBuilder sb) {
        if (exponent instanceof Expr.Num n && n.value().equals(Rational.of(1, 2))) {
            sb.append("<msqrt>");
            write(base, sb);
            sb.append("</msqrt>");
        } else if (reciprocalOrNull(Expr.power(base, exponent)) != null) {
            times(List.of(Expr.power(base, exponent)), sb);
        } else {
            sb.append("<msup>");
            wrapped(base, PREC_ATOM, sb);
            sb.append("<mrow>");
            write(exponent, sb);
            sb.append("</mrow></msup>");
        }
    }

    /** For {@code b^-k} with a negative number {@code -k}: {@code b^k} (b itself when k = 1); else null. */
    private static Expr reciprocalOrNull(Expr f) {
        if (f instanceof Expr.Call p && p.head().equals("Power") && p.arg(1) instanceof Expr.Num n && n.value().signum() < 0) {
            Rational k = n.value().negate();
            return k.equals(Rational.ONE) ? p.arg(0) : Expr.power(p.arg(0), new Expr.Num(k));
        }
        return null;
    }

    private static Expr negatedOrNull(Expr t) {
        if (t instanceof Expr.Num n && n.value().signum() < 0) {
            return new Expr.Num(n.value().negate());
        }
        if (t instanceof Expr.Call c && c.head().equals("Times") && c.args().size() >= 2
                && c.arg(0) instanceof Expr.Num n && n.value().signum() < 0) {
            List<Expr> rest = new ArrayList<>(c.args().subList(1, c.args().size()));
            if (!n.value().equals(Rational.of(-1))) {
                rest.add(0, new Expr.Num(n.value().negate()));
            }
            return rest.size() == 1 ? rest.get(0) : new Expr.Call("Times", rest);
        }
        return null;
    }

    private static void wrapped(Expr e, int minPrecedence, StringBuilder sb) {
        if (precedence(e) < minPrecedence) {
            sb.append("<mrow><mo>(</mo>");
            write(e, sb);
            sb.append("<mo>)</mo></mrow>");
        } else {
            write(e, sb);
        }
    }

    private static int precedence(Expr e) {
        if (e instanceof Expr.Num n) {
            return n.value().signum() < 0 ? PREC_UNARY : n.value().isInteger() ? PREC_ATOM : PREC_TIMES;
        }
        if (e instanceof Expr.Sym) {
            return PREC_ATOM;
        }
        Expr.Call c = (Expr.Call) e;
        return switch (c.head()) {
            case "Plus", "Equal" -> PREC_PLUS;
            case "Times" -> negatedOrNull(c) != null ? PREC_UNARY : PREC_TIMES;
            case "Power" -> reciprocalOrNull(c) != null ? PREC_TIMES : PREC_POWER;
            case "Exp", "Transpose", "Inverse", "PseudoInverse", "MatrixPower", "Factorial" -> PREC_POWER;
            case "Dot" -> PREC_TIMES;
            default -> PREC_ATOM;
        };
    }
}

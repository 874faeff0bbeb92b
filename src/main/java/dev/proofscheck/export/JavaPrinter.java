package dev.proofscheck.export;

import dev.proofscheck.expr.Expr;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A real expression as a Java {@code double} expression over {@link Math}; functions Java lacks (erf,
 * Gamma, factorial, He_n, the unit step) call helper methods the target emits once ({@link JavaHelpers}).
 * Complex numbers, {@code Re} and {@code Im} are {@link Unsupported}.
 */
final class JavaPrinter extends InfixPrinter {
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
            "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
            "native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile",
            "while", "true", "false", "null", "var", "record", "yield", "sealed", "permits");
    private static final Map<String, String> MATH = Map.ofEntries(
            Map.entry("Sqrt", "Math.sqrt"), Map.entry("Exp", "Math.exp"), Map.entry("Sin", "Math.sin"),
            Map.entry("Cos", "Math.cos"), Map.entry("Tan", "Math.tan"), Map.entry("ArcSin", "Math.asin"),
            Map.entry("ArcCos", "Math.acos"), Map.entry("ArcTan", "Math.atan"), Map.entry("Sinh", "Math.sinh"),
            Map.entry("Cosh", "Math.cosh"), Map.entry("Tanh", "Math.tanh"), Map.entry("Abs", "Math.abs"),
            Map.entry("Sign", "Math.signum"), Map.entry("Erf", "erf"), Map.entry("Gamma", "gamma"),
            Map.entry("Factorial", "factorial"), Map.entry("HermiteHe", "hermiteHe"), Map.entry("UnitStep", "unitStep"));

    /** Helper methods the printed expressions call. */
    final Set<String> helpers = new TreeSet<>();

    /** A Java identifier for a user name (keywords get a trailing underscore). */
    static String identifier(String name) {
        return CodeNames.identifier(name, KEYWORDS);
    }

    @Override
    protected String integer(BigInteger n) {
        return n.bitLength() < 53 ? n + ".0" : new BigDecimal(n).doubleValue() + "";
    }

    @Override
    protected String constant(String name) {
        return switch (name) {
            case "Pi" -> "Math.PI";
            case "E" -> "Math.E";
            case "EulerGamma" -> "0.5772156649015329";
            case "Infinity" -> "Double.POSITIVE_INFINITY";
            default -> throw new Unsupported("the constant " + name + " (complex)");
        };
    }

    @Override
    protected String symbol(String name) {
        return identifier(name);
    }

    @Override
    protected Printed call(String head, List<Expr> args) {
        List<String> a = printAll(args);
        if (head.equals("Re") || head.equals("Im")) {
            throw new Unsupported(head + " (complex)");
        }
        if (head.equals("Log")) {
            return args.size() == 1 ? new Printed("Math.log(" + a.get(0) + ")", Prec.ATOM)
                    : new Printed("Math.log(" + a.get(1) + ") / Math.log(" + a.get(0) + ")", Prec.PRODUCT);
        }
        if (head.equals("Max") || head.equals("Min")) {
            String f = head.equals("Max") ? "Math.max(" : "Math.min(";
            String acc = a.get(a.size() - 1);
            for (int i = a.size() - 2; i >= 0; i--) {
                acc = f + a.get(i) + ", " + acc + ")";
            }
            return new Printed(acc, Prec.ATOM);
        }
        String f = MATH.get(head);
        if (f == null) {
            f = identifier(head);
        } else if (!f.startsWith("Math.")) {
            helpers.add(f);
        }
        return new Printed(f + "(" + String.join(", ", a) + ")", Prec.ATOM);
    }


    @Override
    protected Printed powerOf(Printed base, Printed exponent) {
        return new Printed("Math.pow(" + base.text() + ", " + exponent.text() + ")", Prec.ATOM);
    }

    @Override
    protected Printed sqrt(Printed radicand) {
        return new Printed("Math.sqrt(" + radicand.text() + ")", Prec.ATOM);
    }

    @Override
    protected Printed exp(Printed exponent) {
        return new Printed("Math.exp(" + exponent.text() + ")", Prec.ATOM);
    }
}

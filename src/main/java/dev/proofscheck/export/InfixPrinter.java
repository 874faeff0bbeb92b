package dev.proofscheck.export;

import dev.proofscheck.expr.Builtins;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The precedence scheme every export target shares: sums with subtraction, products split into a
 * numerator and a denominator, negation, powers, square roots and calls, parenthesized only where the
 * target's grammar needs it. A target supplies the spelling (numbers, names, operators, functions).
 */
abstract class InfixPrinter {

    /** Binding strength, loosest first. */
    protected enum Prec { RELATION, SUM, NEGATION, PRODUCT, POWER, ATOM }

    /** Printed text with the binding strength of its outermost operator. */
    protected record Printed(String text, Prec prec) {}

    /** An expression the target cannot express (the caller leaves the item out and says why). */
    static final class Unsupported extends RuntimeException {
        Unsupported(String message) {
            super(message);
        }
    }

    public final String print(Expr e) {
        return printed(e).text();
    }

    protected final Printed printed(Expr e) {
        if (e instanceof Expr.Num n) {
            return number(n.value());
        }
        if (e instanceof Expr.Sym s) {
            return new Printed(Builtins.isConstant(s.name()) ? constant(s.name()) : symbol(s.name()), Prec.ATOM);
        }
        Expr.Call c = (Expr.Call) e;
        return switch (c.head()) {
            case "Plus" -> sum(c.args());
            case "Times" -> product(c.args());
            case "Power" -> power(c.arg(0), c.arg(1));
            case "Equal" -> new Printed(print(c.arg(0)) + relation() + print(c.arg(1)), Prec.RELATION);
            default -> call(c.head(), c.args());
        };
    }

    // --- the target's spelling ---

    protected abstract String integer(BigInteger n);

    protected abstract String constant(String name);

    protected abstract String symbol(String name);

    /** A call of a built-in or of a definition (then with all its parameters). */
    protected abstract Printed call(String head, List<Expr> args);

    /** {@code a / b} as in code; LaTeX writes {@code \frac}. */
    protected Printed fraction(Printed numerator, Printed denominator) {
        return new Printed(wrap(numerator, Prec.PRODUCT) + " / " + wrap(denominator, Prec.POWER), Prec.PRODUCT);
    }

    protected abstract Printed powerOf(Printed base, Printed exponent);

    protected abstract Printed sqrt(Printed radicand);

    protected abstract Printed exp(Printed exponent);

    /** Joins the printed factors of a product (each already parenthesized as needed); {@code a * b} as in code. */
    protected String multiply(List<String> factors) {
        return String.join(" * ", factors);
    }

    protected String group(String text) {
        return "(" + text + ")";
    }

    protected String relation() {
        return " == ";
    }

    // --- shared structure ---

    protected final String wrap(Printed p, Prec min) {
        return p.prec().compareTo(min) < 0 ? group(p.text()) : p.text();
    }

    protected final List<String> printAll(List<Expr> args) {
        List<String> out = new ArrayList<>();
        for (Expr a : args) {
            out.add(print(a));
        }
        return out;
    }

    private Printed number(Rational r) {
        if (r.signum() < 0) {
            return new Printed("-" + wrap(number(r.negate()), Prec.PRODUCT), Prec.NEGATION);
        }
        if (r.isInteger()) {
            return new Printed(integer(r.num()), Prec.ATOM);
        }
        return fraction(new Printed(integer(r.num()), Prec.ATOM), new Printed(integer(r.den()), Prec.ATOM));
    }

    private Printed sum(List<Expr> terms) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            Expr positive = i == 0 ? null : negated(terms.get(i));
            if (i == 0) {
                sb.append(wrap(printed(terms.get(0)), Prec.NEGATION));
            } else if (positive != null) {
                sb.append(" - ").append(wrap(printed(positive), Prec.PRODUCT));
            } else {
                sb.append(" + ").append(wrap(printed(terms.get(i)), Prec.PRODUCT));
            }
        }
        return new Printed(sb.toString(), Prec.SUM);
    }

    private Printed product(List<Expr> factors) {
        if (factors.size() == 1 && !isReciprocal(factors.get(0))) {
            return printed(factors.get(0));
        }
        if (factors.get(0) instanceof Expr.Num n && n.value().signum() < 0) {
            List<Expr> rest = new ArrayList<>(factors.subList(1, factors.size()));
            if (!n.value().negate().equals(Rational.ONE)) {
                rest.add(0, new Expr.Num(n.value().negate()));
            }
            return new Printed("-" + wrap(product(rest), Prec.PRODUCT), Prec.NEGATION);
        }
        List<Expr> numerator = new ArrayList<>();
        List<Expr> denominator = new ArrayList<>();
        for (Expr f : factors) {
            if (f instanceof Expr.Num n && !n.value().isInteger()) {
                addIfNotOne(numerator, n.value().num());
                addIfNotOne(denominator, n.value().den());
            } else if (isReciprocal(f)) {
                Expr.Call p = (Expr.Call) f;
                Rational positive = ((Expr.Num) p.arg(1)).value().negate();
                denominator.add(positive.equals(Rational.ONE) ? p.arg(0) : Expr.power(p.arg(0), new Expr.Num(positive)));
            } else if (!(f instanceof Expr.Num n && n.value().equals(Rational.ONE))) {
                numerator.add(f); // a factor 1 (Symja's 1/2*x reads back as Times[1, 1/2, x]) is not written
            }
        }
        if (numerator.isEmpty() && denominator.isEmpty()) {
            return new Printed(integer(BigInteger.ONE), Prec.ATOM);
        }
        if (denominator.isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (Expr f : numerator) {
                parts.add(wrap(printed(f), Prec.PRODUCT));
            }
            return new Printed(multiply(parts), Prec.PRODUCT);
        }
        Printed top = numerator.isEmpty() ? new Printed(integer(BigInteger.ONE), Prec.ATOM) : product(numerator);
        return fraction(top, product(denominator));
    }

    /** A power with a negative number as exponent: it goes below a fraction bar. */
    private static boolean isReciprocal(Expr f) {
        return f instanceof Expr.Call p && p.head().equals("Power") && p.arg(1) instanceof Expr.Num e && e.value().signum() < 0;
    }

    private static void addIfNotOne(List<Expr> out, BigInteger n) {
        if (!n.equals(BigInteger.ONE)) {
            out.add(new Expr.Num(new Rational(n, BigInteger.ONE)));
        }
    }

    private Printed power(Expr base, Expr exponent) {
        if (exponent instanceof Expr.Num n) {
            if (n.value().signum() < 0) {
                return product(List.of(Expr.power(base, exponent)));
            }
            if (n.value().equals(Rational.of(1, 2))) {
                return sqrt(printed(base));
            }
        }
        if (base instanceof Expr.Sym s && s.name().equals("E")) {
            return exp(printed(exponent));
        }
        return powerOf(printed(base), printed(exponent));
    }

    /** The positive form of a term written with a minus sign ({@code -3 x -> 3 x}), or null. */
    private static Expr negated(Expr t) {
        if (t instanceof Expr.Num n && n.value().signum() < 0) {
            return new Expr.Num(n.value().negate());
        }
        if (t instanceof Expr.Call c && c.head().equals("Times") && c.args().size() >= 2
                && c.arg(0) instanceof Expr.Num n && n.value().signum() < 0) {
            List<Expr> rest = new ArrayList<>(c.args().subList(1, c.args().size()));
            if (!n.value().negate().equals(Rational.ONE)) {
                rest.add(0, new Expr.Num(n.value().negate()));
            }
            return rest.size() == 1 ? rest.get(0) : new Expr.Call("Times", rest);
        }
        return null;
    }
}

package dev.proofscheck.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Structural normalisations used while building trees: flattening nested sums and products, and
 * folding literal arithmetic ({@code 1/3} is the number 1/3, {@code 2^-2} the number 1/4), exactly.
 */
final class Simplifications {
    private static final int MAX_FOLDED_EXPONENT = 64;

    private Simplifications() {}

    static Expr flatten(String head, List<Expr> parts) {
        List<Expr> flat = new ArrayList<>();
        boolean allNumbers = true;
        for (Expr p : parts) {
            if (p instanceof Expr.Call c && c.head().equals(head)) {
                flat.addAll(c.args());
                allNumbers = false;
            } else {
                flat.add(p);
                allNumbers &= p instanceof Expr.Num;
            }
        }
        if (allNumbers) {
            Rational acc = head.equals("Plus") ? Rational.ZERO : Rational.ONE;
            for (Expr p : flat) {
                Rational v = ((Expr.Num) p).value();
                acc = head.equals("Plus") ? acc.add(v) : acc.multiply(v);
            }
            return new Expr.Num(acc);
        }
        if (head.equals("Times")) {
            flat = foldCoefficients(flat);
        }
        return new Expr.Call(head, flat);
    }

    /**
     * Literal factors of a product multiplied into one leading coefficient, e.g. {@code -1/4 x}
     * read as {@code Times[-1, 1/4, x]} is {@code Times[-1/4, x]}, as it reads when printed again.
     */
    private static List<Expr> foldCoefficients(List<Expr> factors) {
        long numbers = factors.stream().filter(f -> f instanceof Expr.Num).count();
        if (numbers < 2) {
            return factors;
        }
        Rational coefficient = Rational.ONE;
        List<Expr> rest = new ArrayList<>();
        for (Expr f : factors) {
            if (f instanceof Expr.Num n) {
                coefficient = coefficient.multiply(n.value());
            } else {
                rest.add(f);
            }
        }
        List<Expr> out = new ArrayList<>();
        out.add(new Expr.Num(coefficient));
        out.addAll(rest);
        return out;
    }

    /** {@code base^exponent}, folded when both are numbers, the exponent a small integer and the result finite. */
    static Expr power(Expr base, Expr exponent) {
        if (base instanceof Expr.Num b && exponent instanceof Expr.Num e && e.value().isInteger()
                && e.value().num().abs().intValue() <= MAX_FOLDED_EXPONENT && e.value().num().bitLength() < 8
                && !(b.value().signum() == 0 && e.value().signum() < 0)
                && b.value().num().bitLength() < 64 && b.value().den().bitLength() < 64) {
            int k = e.value().num().intValue();
            Rational r = Rational.ONE;
            for (int i = 0; i < Math.abs(k); i++) {
                r = r.multiply(b.value());
            }
            return new Expr.Num(k < 0 ? Rational.ONE.divide(r) : r);
        }
        return Expr.power(base, exponent);
    }

    static Expr negate(Expr e) {
        if (e instanceof Expr.Num n) {
            return new Expr.Num(n.value().negate());
        }
        return flatten("Times", List.of(Expr.num(-1), e));
    }
}

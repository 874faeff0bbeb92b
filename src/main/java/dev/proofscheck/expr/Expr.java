package dev.proofscheck.expr;

import java.util.List;

/**
 * A mathematical expression as the checker sees it: exact numbers, symbols and calls of a head on
 * arguments. Kept free of any CAS type so that the numeric checker never depends on Symja.
 */
public sealed interface Expr permits Expr.Num, Expr.Sym, Expr.Call {

    /** An exact rational number. */
    record Num(Rational value) implements Expr {
        public static Num of(long n) {
            return new Num(Rational.of(n));
        }
    }

    /** A named symbol: a variable, a definition's name, or a built-in constant such as {@code Pi}. */
    record Sym(String name) implements Expr {}

    /** A head applied to arguments, e.g. {@code Plus[a, b]} or {@code S[g, z]}. */
    record Call(String head, List<Expr> args) implements Expr {
        public Call {
            args = List.copyOf(args);
        }

        public Expr arg(int i) {
            return args.get(i);
        }
    }

    static Expr num(long n) {
        return Num.of(n);
    }

    static Expr sym(String name) {
        return new Sym(name);
    }

    static Expr call(String head, Expr... args) {
        return new Call(head, List.of(args));
    }

    static Expr plus(Expr a, Expr b) {
        return call("Plus", a, b);
    }

    static Expr minus(Expr a, Expr b) {
        return call("Plus", a, call("Times", num(-1), b));
    }

    static Expr times(Expr a, Expr b) {
        return call("Times", a, b);
    }

    static Expr divide(Expr a, Expr b) {
        return call("Times", a, call("Power", b, num(-1)));
    }

    static Expr power(Expr a, Expr b) {
        return call("Power", a, b);
    }
}

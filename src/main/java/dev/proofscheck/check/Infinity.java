package dev.proofscheck.check;

import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.Rational;

/** Recognises {@code Infinity} and {@code -Infinity} written as a limit point, bound or value. */
public record Infinity(int sign) {
    public static Infinity of(Expr e) {
        if (e instanceof Expr.Sym s && s.name().equals("Infinity")) {
            return new Infinity(1);
        }
        if (e instanceof Expr.Call c && c.head().equals("Times") && c.args().size() == 2
                && c.arg(0) instanceof Expr.Num n && n.value().equals(Rational.of(-1))
                && c.arg(1) instanceof Expr.Sym s && s.name().equals("Infinity")) {
            return new Infinity(-1);
        }
        return null;
    }
}

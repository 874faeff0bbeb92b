package dev.proofscheck.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * The symbolic partial derivative of an expression in one variable, for interval Jacobians: sums,
 * products, powers, {@code Exp}, {@code Log}, {@code Sqrt}, {@code Tanh}, {@code ArcTan}, {@code Sinh}
 * and {@code Cosh}. Unsimplified (it is only evaluated); null for anything else, so that a caller
 * knows it has no derivative rather than a wrong one.
 */
public final class Derivative {
    private Derivative() {}

    /** {@code d e / d var}, or null when {@code e} holds a function without a rule here. */
    public static Expr of(Expr e, String var) {
        if (!mentions(e, var)) {
            return Expr.num(0);
        }
        if (e instanceof Expr.Sym) {
            return Expr.num(1); // it mentions var, so it is var
        }
        Expr.Call c = (Expr.Call) e;
        List<Expr> a = c.args();
        switch (c.head()) {
            case "Plus": {
                List<Expr> terms = new ArrayList<>();
                for (Expr t : a) {
                    Expr d = of(t, var);
                    if (d == null) {
                        return null;
                    }
                    terms.add(d);
                }
                return terms.size() == 1 ? terms.get(0) : new Expr.Call("Plus", terms);
            }
            case "Times": {
                List<Expr> terms = new ArrayList<>();
                for (int i = 0; i < a.size(); i++) {
                    Expr d = of(a.get(i), var);
                    if (d == null) {
                        return null;
                    }
                    List<Expr> factors = new ArrayList<>(a);
                    factors.set(i, d);
                    terms.add(new Expr.Call("Times", factors));
                }
                return terms.size() == 1 ? terms.get(0) : new Expr.Call("Plus", terms);
            }
            case "Power": {
                Expr base = a.get(0);
                Expr exponent = a.get(1);
                Expr db = of(base, var);
                if (db == null) {
                    return null;
                }
                if (!mentions(exponent, var)) { // n b^(n-1) b'
                    return Expr.call("Times", exponent, Expr.power(base, Expr.plus(exponent, Expr.num(-1))), db);
                }
                Expr de = of(exponent, var); // b^e (e' Log[b] + e b'/b)
                return de == null ? null : Expr.times(e, Expr.plus(Expr.times(de, Expr.call("Log", base)),
                        Expr.times(exponent, Expr.divide(db, base))));
            }
            case "Exp":
                return chain(a, var, e);
            case "Log":
                return a.size() == 1 ? chain(a, var, Expr.power(a.get(0), Expr.num(-1))) : null;
            case "Sqrt":
                return chain(a, var, Expr.divide(Expr.num(1), Expr.times(Expr.num(2), e)));
            case "Tanh":
                return chain(a, var, Expr.minus(Expr.num(1), Expr.power(e, Expr.num(2))));
            case "ArcTan":
                return a.size() == 1 ? chain(a, var, Expr.power(Expr.plus(Expr.num(1), Expr.power(a.get(0), Expr.num(2))), Expr.num(-1))) : null;
            case "Sinh":
                return chain(a, var, Expr.call("Cosh", a.get(0)));
            case "Cosh":
                return chain(a, var, Expr.call("Sinh", a.get(0)));
            default:
                return null;
        }
    }

    /** {@code outer' * inner'} for a function of one argument. */
    private static Expr chain(List<Expr> args, String var, Expr outer) {
        Expr inner = of(args.get(0), var);
        return inner == null ? null : Expr.times(outer, inner);
    }

    public static boolean mentions(Expr e, String var) {
        if (e instanceof Expr.Sym s) {
            return s.name().equals(var);
        }
        if (e instanceof Expr.Call c) {
            for (Expr x : c.args()) {
                if (mentions(x, var)) {
                    return true;
                }
            }
        }
        return false;
    }
}

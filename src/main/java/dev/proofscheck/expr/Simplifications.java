package dev.proofscheck.expr;

import java.util.ArrayList;
import java.util.List;

/** Purely structural normalisations used while building trees (flattening, folding a minus sign). */
final class Simplifications {
    private Simplifications() {}

    static Expr flatten(String head, List<Expr> parts) {
        List<Expr> flat = new ArrayList<>();
        for (Expr p : parts) {
            if (p instanceof Expr.Call c && c.head().equals(head)) {
                flat.addAll(c.args());
            } else {
                flat.add(p);
            }
        }
        return new Expr.Call(head, flat);
    }

    static Expr negate(Expr e) {
        if (e instanceof Expr.Num n) {
            return new Expr.Num(n.value().negate());
        }
        return flatten("Times", List.of(Expr.num(-1), e));
    }
}

package dev.proofscheck.cas;

import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.Rational;
import dev.proofscheck.model.Domain;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites each variable with a one- or two-sided real range in terms of a fresh positive symbol
 * ({@code g -> 1 + h} on (1, inf), {@code g -> 1/(1 + h)} on (0, 1)...), because Symja's assumptions
 * only understand the sign of a bare symbol (SYMJA-NOTES): {@code Sqrt[h^2] = h} under {@code h > 0}
 * is within its reach, {@code Sqrt[(1-g)^2] = g - 1} under {@code g > 1} is not.
 */
final class Reparametrization {
    private final Map<String, Expr> substitution = new LinkedHashMap<>();
    private final List<String> positives = new ArrayList<>();

    Reparametrization(Map<String, Domain> domains) {
        for (Map.Entry<String, Domain> e : domains.entrySet()) {
            if (!(e.getValue() instanceof Domain.RealInterval d) || (d.lo() == null && d.hi() == null)) {
                continue;
            }
            String h = "h" + e.getKey();
            Expr hs = Expr.sym(h);
            Expr replacement;
            if (d.hi() == null) {
                replacement = d.lo().signum() == 0 ? hs : Expr.plus(num(d.lo()), hs);
            } else if (d.lo() == null) {
                replacement = Expr.minus(num(d.hi()), hs);
            } else {
                // (lo + hi h)/(1 + h) runs from lo to hi as h runs over (0, inf)
                Expr hiH = d.hi().equals(Rational.ONE) ? hs : Expr.times(num(d.hi()), hs);
                Expr numerator = d.lo().signum() == 0 ? hiH : Expr.plus(num(d.lo()), hiH);
                replacement = Expr.divide(numerator, Expr.plus(Expr.num(1), hs));
            }
            substitution.put(e.getKey(), replacement);
            positives.add(h);
        }
    }

    private static Expr num(Rational r) {
        return new Expr.Num(r);
    }

    boolean isTrivial() {
        return substitution.isEmpty();
    }

    Expr apply(Expr e) {
        return dev.proofscheck.expr.Substitution.replace(e, substitution);
    }

    /** Symja text of the assumptions, e.g. {@code And[Greater[v3,0],Greater[v4,0]]}, in CAS names. */
    String assumptions(SymjaForm names) {
        StringBuilder sb = new StringBuilder("And[");
        for (int i = 0; i < positives.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append("Greater[").append(names.name(positives.get(i))).append(",0]");
        }
        return sb.append(']').toString();
    }

    /** A readable description, e.g. {@code g -> 1 + hg (hg > 0)}. */
    String describe() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Expr> e : substitution.entrySet()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(e.getKey()).append(" -> ").append(dev.proofscheck.expr.ExprPrinter.print(e.getValue()));
        }
        return sb.append(" with ").append(String.join(", ", positives)).append(" > 0").toString();
    }
}

package dev.proofscheck.cas;

import dev.proofscheck.expr.Builtins;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.ExprParser;
import dev.proofscheck.expr.ExprSyntaxException;
import dev.proofscheck.expr.Substitution;
import dev.proofscheck.model.Domain;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code Simplify} of one expression, for export: the answer is read back with our own parser and
 * accepted only if it uses our built-ins and no symbol the input did not have. Whether it still means
 * the same is for the caller to check numerically (Symja's Simplify can be wrong, SYMJA-NOTES).
 */
public final class SymjaSimplifier {
    private final SymjaSession session;

    public SymjaSimplifier(SymjaSession session) {
        this.session = session;
    }

    /** A simplified expression, or null with the reason it could not be had. */
    public record Result(Expr simplified, String reason) {
        public boolean ok() {
            return simplified != null;
        }
    }

    /**
     * Simplifies {@code e} within {@code seconds}, assuming the sign of each variable whose domain lies
     * on one side of 0 (the only assumptions Symja's Simplify uses reliably).
     */
    public Result simplify(Expr e, Map<String, Domain> domains, double seconds) {
        SymjaForm names = new SymjaForm();
        String input = names.write(e);
        String assumptions = assumptions(domains, names);
        CasAnswer a = session.evaluate("Simplify[" + input + (assumptions.isEmpty() ? "" : "," + assumptions) + "]",
                seconds, names);
        if (a.status() == CasAnswer.Status.TIMEOUT) {
            return new Result(null, "Simplify did not finish within " + String.format(java.util.Locale.ROOT, "%.1f", seconds) + " s");
        }
        if (!a.ok()) {
            return new Result(null, "Simplify failed: " + a.message());
        }
        Expr back;
        try {
            back = ExprParser.parse(a.text());
        } catch (ExprSyntaxException ex) {
            return new Result(null, "Simplify's answer is not in our syntax: " + SymjaProver.abbreviate(a.text()));
        }
        for (String head : Substitution.heads(back)) {
            if (!Builtins.isFunction(head)) {
                return new Result(null, "Simplify's answer uses " + head + ", not one of our functions");
            }
        }
        List<String> foreign = new ArrayList<>(Substitution.symbols(back));
        foreign.removeAll(Substitution.symbols(e));
        foreign.removeIf(Builtins::isConstant);
        if (!foreign.isEmpty()) {
            return new Result(null, "Simplify's answer has symbols the input had not: " + String.join(", ", foreign));
        }
        return new Result(back, "");
    }

    private static String assumptions(Map<String, Domain> domains, SymjaForm names) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Domain> d : domains.entrySet()) {
            if (d.getValue() instanceof Domain.RealInterval r) {
                if (r.lo() != null && r.lo().signum() >= 0 && !(r.lo().signum() == 0 && r.loClosed())) {
                    parts.add("Greater[" + names.name(d.getKey()) + ",0]");
                } else if (r.hi() != null && r.hi().signum() <= 0 && !(r.hi().signum() == 0 && r.hiClosed())) {
                    parts.add("Less[" + names.name(d.getKey()) + ",0]");
                }
            }
        }
        return parts.isEmpty() ? "" : "And[" + String.join(",", parts) + "]";
    }
}

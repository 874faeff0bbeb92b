package dev.proofscheck.model;

import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.Substitution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Inlines a derivation's definitions into an expression, so that checkers see only variables,
 * numbers and built-ins. Definitions are expanded in file order, each in terms of earlier ones.
 */
public final class Definitions {
    /** Bound on the size of an expanded expression, so that nested definitions cannot explode. */
    public static final long MAX_EXPANDED_NODES = 200_000;

    private final Map<String, Definition> byName = new HashMap<>();
    private final Map<String, Expr> expandedBodies = new HashMap<>();

    public Definitions(List<Definition> definitions) {
        for (Definition d : definitions) {
            expandedBodies.put(d.name(), expand(d.body()));
            byName.put(d.name(), d);
        }
    }

    /** The expression with every definition known so far replaced by its (expanded) body. */
    public Expr expand(Expr e) {
        Expr out = expandNode(e);
        if (Substitution.size(out) > MAX_EXPANDED_NODES) {
            throw new IllegalArgumentException("expression grows beyond " + MAX_EXPANDED_NODES
                    + " nodes once definitions are inlined");
        }
        return out;
    }

    private Expr expandNode(Expr e) {
        if (e instanceof Expr.Num) {
            return e;
        }
        if (e instanceof Expr.Sym s) {
            Definition d = byName.get(s.name());
            return d != null && !d.isFunction() ? expandedBodies.get(s.name()) : s;
        }
        Expr.Call c = (Expr.Call) e;
        List<Expr> args = new ArrayList<>(c.args().size());
        for (Expr a : c.args()) {
            args.add(expandNode(a));
        }
        Definition d = byName.get(c.head());
        if (d != null && d.isFunction()) {
            Map<String, Expr> binding = new HashMap<>();
            for (int i = 0; i < d.params().size(); i++) {
                binding.put(d.params().get(i), args.get(i));
            }
            return Substitution.replace(expandedBodies.get(d.name()), binding);
        }
        return new Expr.Call(c.head(), args);
    }
}

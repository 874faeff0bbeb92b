package dev.proofscheck.expr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Replacing symbols by expressions, and listing the symbols an expression uses. */
public final class Substitution {
    private Substitution() {}

    /**
     * Replaces every symbol named in {@code values} (not function heads) by its expression; sums and
     * products are flattened again, so the result is what the parser would build from its printed form.
     */
    public static Expr replace(Expr e, Map<String, Expr> values) {
        if (e instanceof Expr.Num) {
            return e;
        }
        if (e instanceof Expr.Sym s) {
            return values.getOrDefault(s.name(), s);
        }
        Expr.Call c = (Expr.Call) e;
        List<Expr> args = new ArrayList<>(c.args().size());
        for (Expr a : c.args()) {
            args.add(replace(a, values));
        }
        boolean flat = c.head().equals("Plus") || c.head().equals("Times");
        return flat ? Simplifications.flatten(c.head(), args) : new Expr.Call(c.head(), args);
    }

    /** Names of the symbols (not heads) that occur in {@code e}, in order of first appearance. */
    public static Set<String> symbols(Expr e) {
        Set<String> out = new LinkedHashSet<>();
        collect(e, out, false);
        return out;
    }

    /** Names of the heads of calls that occur in {@code e}. */
    public static Set<String> heads(Expr e) {
        Set<String> out = new LinkedHashSet<>();
        collect(e, out, true);
        return out;
    }

    private static void collect(Expr e, Set<String> out, boolean heads) {
        if (e instanceof Expr.Sym s) {
            if (!heads) {
                out.add(s.name());
            }
        } else if (e instanceof Expr.Call c) {
            if (heads) {
                out.add(c.head());
            }
            for (Expr a : c.args()) {
                collect(a, out, heads);
            }
        }
    }

    /** Number of nodes, to bound the size of expanded definitions. */
    public static long size(Expr e) {
        if (!(e instanceof Expr.Call c)) {
            return 1;
        }
        long total = 1;
        for (Expr a : c.args()) {
            total += size(a);
        }
        return total;
    }
}

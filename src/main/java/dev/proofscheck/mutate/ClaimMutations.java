package dev.proofscheck.mutate;

import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.Substitution;
import dev.proofscheck.model.Claim;
import dev.proofscheck.model.ClaimBody;
import dev.proofscheck.model.Definition;
import dev.proofscheck.model.Derivation;
import dev.proofscheck.model.Direction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * All single-edit mutants of a claim: every {@link Mutations} edit of each of its expressions as
 * written and of each definition it uses, plus the reversed side of a one-sided limit or series. Mutants equal to the original, or to an earlier
 * mutant, are left out. Infinite limit points, bounds and values are not mutated (an edit of
 * {@code Infinity} is not a formula a derivation could contain).
 */
public final class ClaimMutations {
    private ClaimMutations() {}

    /**
     * The mutants of claim {@code c} of {@code d}: edits of the claim's own expressions, then edits of
     * each definition the claim uses (directly or through other definitions), in file order. A
     * definition edit is checked in a copy of the derivation and affects only this claim's check.
     */
    public static List<ClaimMutant> of(Derivation d, Claim c) {
        List<ClaimMutant> out = new ArrayList<>(of(c, d));
        Set<String> used = usedNames(d, c);
        for (int k = 0; k < d.definitions().size(); k++) {
            Definition def = d.definitions().get(k);
            if (!used.contains(def.name())) {
                continue;
            }
            Set<Expr> seen = new HashSet<>();
            seen.add(def.body());
            for (Mutant m : Mutations.of(def.body())) {
                if (!seen.add(m.expr())) {
                    continue;
                }
                List<Definition> defs = new ArrayList<>(d.definitions());
                defs.set(k, new Definition(def.name(), def.params(), m.expr(), def.position()));
                Derivation mutated = new Derivation(d.id(), d.title(), d.source(), d.variables(), defs, d.claims(), d.file());
                out.add(new ClaimMutant("definition " + def.name(), m.description(), mutated, c));
            }
        }
        return out;
    }

    /** Names (symbols and heads) used by the claim's expressions, closed under the definitions that use them. */
    private static Set<String> usedNames(Derivation d, Claim c) {
        Set<String> names = new HashSet<>();
        for (Expr e : expressions(c.body())) {
            names(e, names);
        }
        for (int i = d.definitions().size() - 1; i >= 0; i--) {
            Definition def = d.definitions().get(i);
            if (names.contains(def.name())) {
                names(def.body(), names);
            }
        }
        return names;
    }

    private static List<Expr> expressions(ClaimBody b) {
        List<Expr> out = new ArrayList<>();
        if (b instanceof ClaimBody.Identity i) {
            out.addAll(List.of(i.lhs(), i.rhs()));
        } else if (b instanceof ClaimBody.Equation q) {
            out.addAll(List.of(q.lhs(), q.rhs()));
            out.addAll(q.where().values());
        } else if (b instanceof ClaimBody.Limit l) {
            out.addAll(List.of(l.expr(), l.point(), l.value()));
        } else if (b instanceof ClaimBody.Series s) {
            out.addAll(List.of(s.expr(), s.point(), s.polynomial()));
        } else if (b instanceof ClaimBody.Integral g) {
            out.addAll(List.of(g.integrand(), g.from(), g.to(), g.value()));
        } else if (b instanceof ClaimBody.Value v) {
            out.add(v.expr());
        }
        out.removeIf(java.util.Objects::isNull);
        return out;
    }

    private static void names(Expr e, Set<String> out) {
        if (e instanceof Expr.Sym s) {
            out.add(s.name());
        } else if (e instanceof Expr.Call c) {
            out.add(c.head());
            c.args().forEach(a -> names(a, out));
        }
    }

    private static List<ClaimMutant> of(Claim c, Derivation d) {
        List<ClaimMutant> out = new ArrayList<>();
        Set<ClaimBody> seen = new HashSet<>();
        seen.add(c.body());
        ClaimBody b = c.body();
        if (b instanceof ClaimBody.Identity i) {
            add(out, seen, d, c, "lhs", i.lhs(), e -> new ClaimBody.Identity(e, i.rhs()));
            add(out, seen, d, c, "rhs", i.rhs(), e -> new ClaimBody.Identity(i.lhs(), e));
        } else if (b instanceof ClaimBody.Equation q) {
            add(out, seen, d, c, "lhs", q.lhs(), e -> new ClaimBody.Equation(e, q.rhs(), q.where()));
            add(out, seen, d, c, "rhs", q.rhs(), e -> new ClaimBody.Equation(q.lhs(), e, q.where()));
            for (Map.Entry<String, Expr> w : new TreeMap<>(q.where()).entrySet()) {
                add(out, seen, d, c, "where " + w.getKey(), w.getValue(), e -> {
                    Map<String, Expr> where = new LinkedHashMap<>(q.where());
                    where.put(w.getKey(), e);
                    return new ClaimBody.Equation(q.lhs(), q.rhs(), where);
                });
            }
        } else if (b instanceof ClaimBody.Limit l) {
            add(out, seen, d, c, "expr", l.expr(), e -> new ClaimBody.Limit(e, l.var(), l.point(), l.direction(), l.value()));
            add(out, seen, d, c, "at", l.point(), e -> new ClaimBody.Limit(l.expr(), l.var(), e, l.direction(), l.value()));
            add(out, seen, d, c, "equals", l.value(), e -> new ClaimBody.Limit(l.expr(), l.var(), l.point(), l.direction(), e));
            Direction r = reversed(l.direction());
            if (r != null && !isInfinite(l.point())) {
                addBody(out, seen, d, c, "side", l.direction().name().toLowerCase() + " -> " + r.name().toLowerCase(),
                        new ClaimBody.Limit(l.expr(), l.var(), l.point(), r, l.value()));
            }
        } else if (b instanceof ClaimBody.Series s) {
            add(out, seen, d, c, "expr", s.expr(), e -> new ClaimBody.Series(e, s.var(), s.point(), s.direction(), s.order(), s.polynomial()));
            add(out, seen, d, c, "at", s.point(), e -> new ClaimBody.Series(s.expr(), s.var(), e, s.direction(), s.order(), s.polynomial()));
            add(out, seen, d, c, "equals", s.polynomial(), e -> new ClaimBody.Series(s.expr(), s.var(), s.point(), s.direction(), s.order(), e));
            Direction r = reversed(s.direction());
            if (r != null) {
                addBody(out, seen, d, c, "side", s.direction().name().toLowerCase() + " -> " + r.name().toLowerCase(),
                        new ClaimBody.Series(s.expr(), s.var(), s.point(), r, s.order(), s.polynomial()));
            }
        } else if (b instanceof ClaimBody.Integral g) {
            add(out, seen, d, c, "integrand", g.integrand(), e -> new ClaimBody.Integral(e, g.var(), g.from(), g.to(), g.gaussian(), g.value()));
            if (!g.gaussian()) {
                add(out, seen, d, c, "from", g.from(), e -> new ClaimBody.Integral(g.integrand(), g.var(), e, g.to(), false, g.value()));
                add(out, seen, d, c, "to", g.to(), e -> new ClaimBody.Integral(g.integrand(), g.var(), g.from(), e, false, g.value()));
            }
            add(out, seen, d, c, "equals", g.value(), e -> new ClaimBody.Integral(g.integrand(), g.var(), g.from(), g.to(), g.gaussian(), e));
        } else if (b instanceof ClaimBody.Value v) {
            add(out, seen, d, c, "expr", v.expr(), e -> new ClaimBody.Value(e, v.stated(), v.statedText(), v.digits()));
        }
        return out;
    }

    private static Direction reversed(Direction d) {
        return d == Direction.ABOVE ? Direction.BELOW : d == Direction.BELOW ? Direction.ABOVE : null;
    }

    private static boolean isInfinite(Expr e) {
        return e != null && Substitution.symbols(e).contains("Infinity");
    }

    private static void add(List<ClaimMutant> out, Set<ClaimBody> seen, Derivation d, Claim c, String field, Expr e,
            Function<Expr, ClaimBody> rebuild) {
        if (e == null || isInfinite(e)) {
            return;
        }
        for (Mutant m : Mutations.of(e)) {
            addBody(out, seen, d, c, field, m.description(), rebuild.apply(m.expr()));
        }
    }

    private static void addBody(List<ClaimMutant> out, Set<ClaimBody> seen, Derivation d, Claim c, String field, String description,
            ClaimBody body) {
        if (seen.add(body)) {
            out.add(new ClaimMutant(field, description, d, new Claim(c.id(), c.index(), c.locator(), body, c.domains(),
                    c.expectation(), c.note(), c.position())));
        }
    }
}

package dev.proofscheck.mutate;

import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.Substitution;
import dev.proofscheck.model.Claim;
import dev.proofscheck.model.ClaimBody;
import dev.proofscheck.model.Definition;
import dev.proofscheck.model.Derivation;
import dev.proofscheck.model.Definitions;
import dev.proofscheck.model.Direction;
import dev.proofscheck.model.MatrixIdentity;
import dev.proofscheck.model.SimulationBody;
import dev.proofscheck.numeric.matrix.ShapeChecker;
import dev.proofscheck.numeric.matrix.ShapeException;
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
 * written and of each definition it uses, plus the reversed side of a one-sided limit or series (the
 * kinds decided by solvers, on random matrices or by simulation: {@link SolvedKindMutations}). Mutants equal to the original, or to an earlier
 * mutant, are left out. Infinite limit points, bounds and values are not mutated (an edit of
 * {@code Infinity} is not a formula a derivation could contain).
 */
public final class ClaimMutations {
    /** Simulation mutants per claim: each costs a full simulation (seconds), so a fixed, seeded choice of two. */
    public static final int SIMULATION_MUTANTS_PER_CLAIM = 2;

    private ClaimMutations() {}

    /**
     * The mutants of claim {@code c} of {@code d}: edits of the claim's own expressions, then edits of
     * each definition the claim uses (directly or through other definitions), in file order. A
     * definition edit is checked in a copy of the derivation and affects only this claim's check.
     */
    public static List<ClaimMutant> of(Derivation d, Claim c) {
        if (c.body() instanceof SimulationBody) {
            return simulation(d, c);
        }
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
        if (c.body() instanceof MatrixIdentity) {
            out.removeIf(m -> !shapesFit(m));
        }
        return out;
    }

    /**
     * A simulation claim's mutants: edits of its prediction only (the model and its parameters are the
     * experiment, not the formula under test), at most {@link #SIMULATION_MUTANTS_PER_CLAIM} of them, a
     * choice fixed by the claim's name. Each costs a full simulation.
     */
    private static List<ClaimMutant> simulation(Derivation d, Claim c) {
        List<ClaimMutant> all = of(c, d);
        List<ClaimMutant> shuffled = new ArrayList<>(all);
        java.util.Collections.shuffle(shuffled, new java.util.Random((d.id() + "/" + c.id()).hashCode()));
        List<ClaimMutant> chosen = new ArrayList<>(shuffled.subList(0, Math.min(SIMULATION_MUTANTS_PER_CLAIM, all.size())));
        chosen.sort(java.util.Comparator.comparingInt(all::indexOf));
        return chosen;
    }

    /**
     * Whether a matrix mutant's sides still have shapes, and the same one: a mutant that does not (a
     * transpose dropped from a non-square factor) is an input error the reader rejects, not a claim.
     */
    private static boolean shapesFit(ClaimMutant m) {
        MatrixIdentity b = (MatrixIdentity) m.claim().body();
        try {
            Definitions defs = new Definitions(m.derivation().definitions());
            new ShapeChecker(b.matrices(), b.sizes().keySet()).checkIdentity(b.resolve(b.lhs(), defs::expand), b.resolve(b.rhs(), defs::expand));
            return true;
        } catch (ShapeException | RuntimeException e) {
            return false;
        }
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
        } else if (b instanceof ClaimBody.Inequality q) {
            out.addAll(List.of(q.holds().lhs(), q.holds().rhs()));
        } else if (b instanceof ClaimBody.FixedPoint f) {
            for (dev.proofscheck.model.Relation r : f.equations()) {
                out.addAll(List.of(r.lhs(), r.rhs()));
            }
            out.addAll(List.of(f.holds().lhs(), f.holds().rhs()));
        } else if (b instanceof ClaimBody.Rate r) {
            out.addAll(List.of(r.expr(), r.exponent(), r.logPower()));
        } else if (b instanceof ClaimBody.Ode o) {
            out.addAll(o.drift().values());
            out.addAll(o.at().values());
            out.addAll(o.equals().values());
        } else if (b instanceof ClaimBody.GaussianPair p) {
            out.addAll(List.of(p.integrand(), p.correlation(), p.value()));
            out.addAll(p.uKinks());
            out.addAll(p.vKinks());
        } else if (b instanceof MatrixIdentity m) {
            out.addAll(List.of(m.lhs(), m.rhs()));
            out.addAll(m.where().values());
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
        Edits edits = new Edits(d, c);
        ClaimBody b = c.body();
        if (b instanceof ClaimBody.Identity i) {
            edits.expr("lhs", i.lhs(), e -> new ClaimBody.Identity(e, i.rhs()));
            edits.expr("rhs", i.rhs(), e -> new ClaimBody.Identity(i.lhs(), e));
        } else if (b instanceof ClaimBody.Equation q) {
            edits.expr("lhs", q.lhs(), e -> new ClaimBody.Equation(e, q.rhs(), q.where()));
            edits.expr("rhs", q.rhs(), e -> new ClaimBody.Equation(q.lhs(), e, q.where()));
            edits.map("where", q.where(), w -> new ClaimBody.Equation(q.lhs(), q.rhs(), w));
        } else if (b instanceof ClaimBody.Limit l) {
            edits.expr("expr", l.expr(), e -> new ClaimBody.Limit(e, l.var(), l.point(), l.direction(), l.value()));
            edits.expr("at", l.point(), e -> new ClaimBody.Limit(l.expr(), l.var(), e, l.direction(), l.value()));
            edits.expr("equals", l.value(), e -> new ClaimBody.Limit(l.expr(), l.var(), l.point(), l.direction(), e));
            Direction r = reversed(l.direction());
            if (r != null && !isInfinite(l.point())) {
                edits.body("side", l.direction().name().toLowerCase() + " -> " + r.name().toLowerCase(),
                        new ClaimBody.Limit(l.expr(), l.var(), l.point(), r, l.value()));
            }
        } else if (b instanceof ClaimBody.Series s) {
            edits.expr("expr", s.expr(), e -> new ClaimBody.Series(e, s.var(), s.point(), s.direction(), s.order(), s.polynomial()));
            edits.expr("at", s.point(), e -> new ClaimBody.Series(s.expr(), s.var(), e, s.direction(), s.order(), s.polynomial()));
            edits.expr("equals", s.polynomial(), e -> new ClaimBody.Series(s.expr(), s.var(), s.point(), s.direction(), s.order(), e));
            Direction r = reversed(s.direction());
            if (r != null) {
                edits.body("side", s.direction().name().toLowerCase() + " -> " + r.name().toLowerCase(),
                        new ClaimBody.Series(s.expr(), s.var(), s.point(), r, s.order(), s.polynomial()));
            }
        } else if (b instanceof ClaimBody.Integral g) {
            edits.expr("integrand", g.integrand(), e -> new ClaimBody.Integral(e, g.var(), g.from(), g.to(), g.gaussian(), g.value()));
            if (!g.gaussian()) {
                edits.expr("from", g.from(), e -> new ClaimBody.Integral(g.integrand(), g.var(), e, g.to(), false, g.value()));
                edits.expr("to", g.to(), e -> new ClaimBody.Integral(g.integrand(), g.var(), g.from(), e, false, g.value()));
            }
            edits.expr("equals", g.value(), e -> new ClaimBody.Integral(g.integrand(), g.var(), g.from(), g.to(), g.gaussian(), e));
        } else if (b instanceof ClaimBody.Value v) {
            edits.expr("expr", v.expr(), e -> new ClaimBody.Value(e, v.stated(), v.statedText(), v.digits()));
        } else {
            SolvedKindMutations.of(b, edits);
        }
        return edits.out;
    }

    /**
     * Collects the mutants of one claim: each edit rebuilds the claim's body; bodies equal to the original
     * or to an earlier mutant are left out.
     */
    static final class Edits {
        private final Derivation d;
        private final Claim c;
        private final Set<ClaimBody> seen = new HashSet<>();
        final List<ClaimMutant> out = new ArrayList<>();

        Edits(Derivation d, Claim c) {
            this.d = d;
            this.c = c;
            seen.add(c.body());
        }

        /** Every {@link Mutations} edit of {@code e} (unless it is missing or infinite), put back by {@code rebuild}. */
        void expr(String field, Expr e, Function<Expr, ClaimBody> rebuild) {
            if (e == null || isInfinite(e)) {
                return;
            }
            for (Mutant m : Mutations.of(e)) {
                body(field, m.description(), rebuild.apply(m.expr()));
            }
        }

        /** Every edit of each value of {@code m} (in key order), the edited map put back by {@code rebuild}. */
        void map(String field, Map<String, Expr> m, Function<Map<String, Expr>, ClaimBody> rebuild) {
            for (Map.Entry<String, Expr> w : new TreeMap<>(m).entrySet()) {
                expr(field + " " + w.getKey(), w.getValue(), e -> {
                    Map<String, Expr> edited = new LinkedHashMap<>(m);
                    edited.put(w.getKey(), e);
                    return rebuild.apply(edited);
                });
            }
        }

        void body(String field, String description, ClaimBody body) {
            if (seen.add(body)) {
                out.add(new ClaimMutant(field, description, d, new Claim(c.id(), c.index(), c.locator(), body, c.domains(),
                        c.expectation(), c.note(), c.position())));
            }
        }
    }

    private static Direction reversed(Direction d) {
        return d == Direction.ABOVE ? Direction.BELOW : d == Direction.BELOW ? Direction.ABOVE : null;
    }

    private static boolean isInfinite(Expr e) {
        return e != null && Substitution.symbols(e).contains("Infinity");
    }
}

package dev.proofscheck.export;

import dev.proofscheck.expr.Builtins;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.Substitution;
import dev.proofscheck.model.Claim;
import dev.proofscheck.model.ClaimBody;
import dev.proofscheck.model.Definition;
import dev.proofscheck.model.Definitions;
import dev.proofscheck.model.Derivation;
import dev.proofscheck.model.Domain;
import dev.proofscheck.model.MatrixIdentity;
import dev.proofscheck.model.Relation;
import dev.proofscheck.model.SimulationBody;
import dev.proofscheck.model.Variable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists the expressions of a derivation for export: every definition, then the parts of every claim
 * (see {@link #parts}). What a kind holds beyond expressions (a fixed point's starting values and
 * branch, a simulation's model, a whole matrix claim) is named in the notes, not dropped silently.
 */
public final class ExportCollector {
    private final Derivation derivation;
    private final Definitions definitions;
    /** For each definition, the variables its body uses beyond its own parameters, in declaration order. */
    private final Map<String, List<String>> extraParams = new LinkedHashMap<>();
    private final List<ExportItem> items = new ArrayList<>();
    private final List<String> notExported = new ArrayList<>();

    private ExportCollector(Derivation derivation) {
        this.derivation = derivation;
        this.definitions = new Definitions(derivation.definitions());
    }

    public static ExportedDerivation collect(Derivation d) {
        ExportCollector c = new ExportCollector(d);
        for (Definition def : d.definitions()) {
            c.definition(def);
        }
        for (Claim claim : d.claims()) {
            c.claim(claim);
        }
        return new ExportedDerivation(d.id(), d.title(), d.file(), c.items, c.notExported);
    }

    private void definition(Definition def) {
        Expr expanded = definitions.expand(def.body());
        List<String> extra = new ArrayList<>(ordered(expanded));
        extra.removeAll(def.params());
        List<String> params = new ArrayList<>(def.params());
        params.addAll(extra);
        Map<String, Domain> domains = new LinkedHashMap<>();
        for (String p : extra) {
            Variable v = derivation.variable(p);
            if (v != null) {
                domains.put(p, v.domain());
            }
        }
        String signature = def.name() + (def.isFunction() ? "[" + String.join(", ", def.params()) + "]" : "");
        items.add(new ExportItem(def.name(), true, params, def.params().size(), def.body(), calls(def.body()), expanded, domains,
                List.of("definition " + signature)));
        extraParams.put(def.name(), extra);
    }

    private void claim(Claim c) {
        String head = "claim " + c.id() + " (" + c.kind() + (c.expectsRefutation() ? ", expected to be refuted" : "") + ")";
        Map<String, Expr> parts = parts(c.body(), head);
        for (Map.Entry<String, Expr> p : parts.entrySet()) {
            Expr expanded = definitions.expand(p.getValue());
            List<String> params = new ArrayList<>(ordered(expanded));
            Map<String, Domain> domains = new LinkedHashMap<>();
            for (String name : params) {
                Variable v = derivation.variable(name);
                if (v != null) {
                    domains.put(name, c.domains().getOrDefault(name, v.domain()));
                }
            }
            List<String> comments = new ArrayList<>();
            comments.add(head + ": " + p.getKey().substring(p.getKey().indexOf(':') + 1));
            items.add(new ExportItem(c.id() + "." + p.getKey().substring(0, p.getKey().indexOf(':')), false, params, 0,
                    p.getValue(), calls(p.getValue()), expanded, domains, comments));
        }
    }

    /**
     * The expressions of a claim, keyed {@code part:description}. Exported per kind: identity lhs, rhs;
     * equation lhs, rhs (with {@code where} substituted); limit expr, point, value; series expr, point,
     * polynomial; integral integrand, bounds, value, split points; value expr; fixed-point each equation's
     * sides and the held relation's sides; inequality both sides; rate expr, exponent, log power; ode each
     * drift, the state point, the claimed drift; simulation the prediction and the model parameters.
     */
    private Map<String, Expr> parts(ClaimBody body, String head) {
        Map<String, Expr> out = new LinkedHashMap<>();
        if (body instanceof ClaimBody.Identity b) {
            out.put("lhs:lhs", b.lhs());
            out.put("rhs:rhs", b.rhs());
        } else if (body instanceof ClaimBody.Equation b) {
            Map<String, Expr> where = new LinkedHashMap<>(b.where());
            String w = where.isEmpty() ? "" : " (where " + where.keySet() + " substituted)";
            out.put("lhs:lhs of the equation" + w, Substitution.replace(b.lhs(), where));
            out.put("rhs:rhs of the equation" + w, Substitution.replace(b.rhs(), where));
        } else if (body instanceof ClaimBody.Limit b) {
            out.put("expr:expression whose limit as " + b.var() + " -> point (" + b.direction().name().toLowerCase(java.util.Locale.ROOT) + ") is claimed", b.expr());
            out.put("point:limit point", b.point());
            out.put("equals:claimed limit", b.value());
        } else if (body instanceof ClaimBody.Series b) {
            out.put("expr:expression expanded in " + b.var() + " up to order " + b.order(), b.expr());
            out.put("point:expansion point", b.point());
            out.put("equals:claimed expansion", b.polynomial());
        } else if (body instanceof ClaimBody.Integral b) {
            out.put("integrand:integrand in " + b.var() + (b.gaussian() ? ", integrated against the N(0, 1) density over the real line" : ""), b.integrand());
            if (!b.gaussian()) {
                out.put("from:lower bound", b.from());
                out.put("to:upper bound", b.to());
            }
            out.put("equals:claimed value" + (b.statedDecimal() ? " (a decimal to " + b.digits() + " digits)" : ""), b.value());
            for (int i = 0; i < b.splits().size(); i++) {
                out.put("split" + (i + 1) + ":split point " + (i + 1), b.splits().get(i));
            }
        } else if (body instanceof ClaimBody.Value b) {
            out.put("expr:expression claimed to be " + b.statedText() + " to " + b.digits() + " digits", b.expr());
        } else if (body instanceof ClaimBody.FixedPoint b) {
            for (int i = 0; i < b.equations().size(); i++) {
                relation(out, "equation" + (i + 1), "equation " + (i + 1) + " of the system in " + b.unknowns(), b.equations().get(i));
            }
            relation(out, "holds", "relation claimed at the solution", b.holds());
            notExported.add(head + ": starting values, branch conditions" + (b.derivatives().isEmpty() ? "" : ", derivatives")
                    + " (the unknowns are parameters of the exported functions)");
        } else if (body instanceof ClaimBody.Inequality b) {
            relation(out, "holds", "inequality", b.holds());
        } else if (body instanceof ClaimBody.Rate b) {
            out.put("expr:expression whose growth in " + b.var() + " is claimed", b.expr());
            out.put("exponent:claimed exponent", b.exponent());
            out.put("logPower:claimed power of the logarithm", b.logPower());
        } else if (body instanceof ClaimBody.Ode b) {
            b.drift().forEach((k, e) -> out.put("drift_" + k + ":drift d" + k + "/dt", e));
            b.at().forEach((k, e) -> out.put("at_" + k + ":" + k + " at the " + (b.fixedPoint() ? "claimed fixed point" : "state point"), e));
            b.equals().forEach((k, e) -> out.put("equals_" + k + ":claimed drift of " + k + " there", e));
            if (b.stable() != null) {
                notExported.add(head + ": the stability claim (stable: " + b.stable() + ") is not an expression");
            }
        } else if (body instanceof SimulationBody b) {
            out.put("prediction:predicted limit of " + b.statistic() + " in model " + b.model(), b.prediction());
            b.parameters().forEach((k, e) -> out.put("param_" + k + ":model parameter " + k, e));
            notExported.add(head + ": the model, statistic, point and sizes (only the prediction and parameters are expressions)");
        } else if (body instanceof MatrixIdentity) {
            notExported.add(head + ": matrix-valued, none of the targets has a scalar form for it");
        }
        return out;
    }

    private static void relation(Map<String, Expr> out, String part, String what, Relation r) {
        out.put(part + "_lhs:" + what + ", lhs of " + r.op().symbol(), r.lhs());
        out.put(part + "_rhs:" + what + ", rhs of " + r.op().symbol(), r.rhs());
    }

    /** The free symbols of {@code e} (constants left out): declared variables in declaration order, then the rest. */
    private Set<String> ordered(Expr e) {
        Set<String> used = new LinkedHashSet<>(Substitution.symbols(e));
        used.removeIf(Builtins::isConstant);
        Set<String> out = new LinkedHashSet<>();
        for (Variable v : derivation.variables()) {
            if (used.remove(v.name())) {
                out.add(v.name());
            }
        }
        out.addAll(used);
        return out;
    }

    /** {@code e} with every definition called with all its parameters: {@code lplus -> lplus[gamma]}, {@code S[g, z] -> S[g, z, c]}. */
    private Expr calls(Expr e) {
        if (e instanceof Expr.Num) {
            return e;
        }
        if (e instanceof Expr.Sym s) {
            List<String> extra = extraParams.get(s.name());
            return extra == null ? s : new Expr.Call(s.name(), extra.stream().<Expr>map(Expr.Sym::new).toList());
        }
        Expr.Call c = (Expr.Call) e;
        List<Expr> args = new ArrayList<>();
        for (Expr a : c.args()) {
            args.add(calls(a));
        }
        List<String> extra = extraParams.get(c.head());
        if (extra != null) {
            extra.forEach(x -> args.add(new Expr.Sym(x)));
        }
        return new Expr.Call(c.head(), args);
    }
}

package dev.proofscheck.mutate;

import dev.proofscheck.expr.Expr;
import dev.proofscheck.model.ClaimBody;
import dev.proofscheck.model.Direction;
import dev.proofscheck.model.MatrixIdentity;
import dev.proofscheck.model.MatrixLimit;
import dev.proofscheck.model.Relation;
import dev.proofscheck.model.SimulationBody;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The edits of the claim kinds decided by a solver or on random instances: fixed-point, inequality,
 * rate, ode, matrix and simulation. Each expression is edited by {@link Mutations}; on top of that an
 * inequality's operator is reversed ({@code <=} to {@code >=}), an ODE's claimed stability negated, and a
 * matrix limit's side reversed and its point edited.
 * Starting points and branch conditions of a fixed-point system are not edited: they guide the solver
 * and do not state anything.
 */
final class SolvedKindMutations {
    private SolvedKindMutations() {}

    static void of(ClaimBody b, ClaimMutations.Edits edits) {
        if (b instanceof ClaimBody.Inequality q) {
            relation(edits, "", q.holds(), ClaimBody.Inequality::new);
        } else if (b instanceof ClaimBody.FixedPoint f) {
            relation(edits, "holds ", f.holds(), r -> withHolds(f, r, f.equations()));
            for (int j = 0; j < f.equations().size(); j++) {
                final int k = j;
                relation(edits, "equation " + (j + 1) + " ", f.equations().get(j), r -> {
                    List<Relation> eqs = new ArrayList<>(f.equations());
                    eqs.set(k, r);
                    return withHolds(f, f.holds(), eqs);
                });
            }
        } else if (b instanceof ClaimBody.Rate r) {
            edits.expr("expr", r.expr(), e -> new ClaimBody.Rate(e, r.var(), r.exponent(), r.logPower(), r.constant()));
            edits.expr("exponent", r.exponent(), e -> new ClaimBody.Rate(r.expr(), r.var(), e, r.logPower(), r.constant()));
            edits.expr("log-power", r.logPower(), e -> new ClaimBody.Rate(r.expr(), r.var(), r.exponent(), e, r.constant()));
        } else if (b instanceof ClaimBody.Ode o) {
            edits.map("drift", o.drift(), m -> new ClaimBody.Ode(m, o.at(), o.fixedPoint(), o.stable(), o.equals()));
            edits.map("at", o.at(), m -> new ClaimBody.Ode(o.drift(), m, o.fixedPoint(), o.stable(), o.equals()));
            edits.map("equals", o.equals(), m -> new ClaimBody.Ode(o.drift(), o.at(), o.fixedPoint(), o.stable(), m));
            if (o.stable() != null) {
                edits.body("stable", o.stable() + " -> " + !o.stable(),
                        new ClaimBody.Ode(o.drift(), o.at(), o.fixedPoint(), !o.stable(), o.equals()));
            }
        } else if (b instanceof MatrixIdentity m) {
            edits.expr("lhs", m.lhs(), e -> m.with(m.where(), e, m.rhs()));
            edits.expr("rhs", m.rhs(), e -> m.with(m.where(), m.lhs(), e));
            edits.map("where", m.where(), w -> m.with(w, m.lhs(), m.rhs()));
            MatrixLimit l = m.limit();
            if (l != null) {
                edits.expr("limit at", l.point(), e -> new MatrixIdentity(m.matrices(), m.scalars(), m.sizes(), m.where(), m.lhs(), m.rhs(),
                        m.draws(), new MatrixLimit(l.var(), e, l.direction())));
                if (l.direction() != Direction.BOTH) {
                    Direction r = l.direction() == Direction.ABOVE ? Direction.BELOW : Direction.ABOVE;
                    edits.body("limit side", l.direction().name().toLowerCase() + " -> " + r.name().toLowerCase(),
                            new MatrixIdentity(m.matrices(), m.scalars(), m.sizes(), m.where(), m.lhs(), m.rhs(), m.draws(),
                                    new MatrixLimit(l.var(), l.point(), r)));
                }
            }
        } else if (b instanceof ClaimBody.GaussianPair p) {
            // the kinks only guide the quadrature (a wrong one costs accuracy, states nothing): not edited
            edits.expr("integrand", p.integrand(), e -> new ClaimBody.GaussianPair(e, p.u(), p.v(), p.correlation(), p.uKinks(), p.vKinks(), p.value()));
            edits.expr("correlation", p.correlation(), e -> new ClaimBody.GaussianPair(p.integrand(), p.u(), p.v(), e, p.uKinks(), p.vKinks(), p.value()));
            edits.expr("equals", p.value(), e -> new ClaimBody.GaussianPair(p.integrand(), p.u(), p.v(), p.correlation(), p.uKinks(), p.vKinks(), e));
        } else if (b instanceof SimulationBody s) {
            edits.expr("prediction", s.prediction(), e -> new SimulationBody(s.model(), s.statistic(), s.parameters(), s.at(), e,
                    s.sizes(), s.trials(), s.function(), s.variable(), s.functions(), s.system()));
        }
    }

    /** Edits of both sides of {@code r}, and for an inequality the reversed operator. */
    private static void relation(ClaimMutations.Edits edits, String prefix, Relation r, Function<Relation, ClaimBody> rebuild) {
        edits.expr(prefix + "lhs", r.lhs(), e -> rebuild.apply(new Relation(e, r.op(), r.rhs())));
        edits.expr(prefix + "rhs", r.rhs(), e -> rebuild.apply(new Relation(r.lhs(), r.op(), e)));
        Relation.Operator flipped = reversed(r.op());
        if (flipped != null) {
            edits.body(prefix + "operator", r.op().symbol() + " -> " + flipped.symbol(), rebuild.apply(new Relation(r.lhs(), flipped, r.rhs())));
        }
    }

    private static Relation.Operator reversed(Relation.Operator op) {
        return switch (op) {
            case LESS_EQUAL -> Relation.Operator.GREATER_EQUAL;
            case GREATER_EQUAL -> Relation.Operator.LESS_EQUAL;
            case LESS -> Relation.Operator.GREATER;
            case GREATER -> Relation.Operator.LESS;
            case EQUAL -> null;
        };
    }

    private static ClaimBody.FixedPoint withHolds(ClaimBody.FixedPoint f, Relation holds, List<Relation> equations) {
        return new ClaimBody.FixedPoint(f.unknowns(), f.starts(), equations, f.branch(), f.unique(), f.derivatives(), holds);
    }
}

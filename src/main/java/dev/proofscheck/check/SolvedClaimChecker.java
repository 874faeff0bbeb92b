package dev.proofscheck.check;

import dev.proofscheck.cas.SymbolicOutcome;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.Substitution;
import dev.proofscheck.model.Claim;
import dev.proofscheck.model.ClaimBody;
import dev.proofscheck.model.Definitions;
import dev.proofscheck.model.Derivation;
import dev.proofscheck.model.Domain;
import dev.proofscheck.model.Relation;
import dev.proofscheck.model.Variable;
import dev.proofscheck.cas.Prover;
import dev.proofscheck.numeric.Deadline;
import dev.proofscheck.numeric.ExactWitness;
import dev.proofscheck.numeric.Point;
import dev.proofscheck.numeric.FixedPointCheck;
import dev.proofscheck.numeric.InequalityCheck;
import dev.proofscheck.numeric.NumericOutcome;
import dev.proofscheck.numeric.OdeCheck;
import dev.proofscheck.numeric.RateCheck;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Checks the claim kinds that are decided numerically only: fixed-point systems, inequalities, rates
 * and ODE claims. The CAS is not asked (solving such systems, ordering, asymptotics and eigenvalues
 * symbolically is beyond what Symja does reliably), so the best verdict is VERIFIED, and the evidence
 * says so. The CAS is asked only where the numbers are undecided on an exact boundary (the sides of a strict
 * inequality equal, a Jacobian eigenvalue at 0): a reduction there, with the numerics agreeing, refutes.
 */
final class SolvedClaimChecker {
    private final Prover prover;
    private final Definitions defs;
    private final long seed;
    private final Deadline deadline;

    SolvedClaimChecker(Prover prover, Definitions defs, long seed, Deadline deadline) {
        this.prover = prover;
        this.defs = defs;
        this.seed = seed;
        this.deadline = deadline;
    }

    Verdict verdict(Derivation d, Claim c) {
        ClaimBody body = c.body();
        if (body instanceof ClaimBody.FixedPoint b) {
            List<List<Expr>> starts = new ArrayList<>();
            for (List<Expr> s : b.starts()) {
                starts.add(s.stream().map(defs::expand).toList());
            }
            List<Relation> equations = b.equations().stream().map(this::expand).toList();
            List<Relation> branch = b.branch().stream().map(this::expand).toList();
            Relation holds = expand(b.holds());
            ClaimBody.FixedPoint expanded = new ClaimBody.FixedPoint(b.unknowns(), starts, equations, branch, b.unique(),
                    b.derivatives(), holds);
            List<Expr> all = new ArrayList<>();
            starts.forEach(all::addAll);
            equations.forEach(r -> all.addAll(List.of(r.lhs(), r.rhs())));
            branch.forEach(r -> all.addAll(List.of(r.lhs(), r.rhs())));
            all.addAll(List.of(holds.lhs(), holds.rhs()));
            Set<String> bound = new LinkedHashSet<>(b.unknowns());
            bound.addAll(b.derivatives().keySet());
            Map<String, Domain> domains = domains(d, c, bound, all);
            b.derivatives().values().forEach(v -> domains.computeIfAbsent(v.get(1), k -> domainOf(d, c, k)));
            return combine(() -> new FixedPointCheck(seed, deadline).check(expanded, domains),
                    "not attempted (a fixed point is solved numerically)");
        }
        if (body instanceof ClaimBody.Inequality b) {
            Relation holds = expand(b.holds());
            Map<String, Domain> domains = domains(d, c, Set.of(), List.of(holds.lhs(), holds.rhs()));
            return combine(() -> new InequalityCheck(seed, deadline).check(holds, domains, new CasWitness(holds, domains)),
                    "not attempted (inequalities are checked numerically)");
        }
        if (body instanceof ClaimBody.Rate b) {
            Expr e = defs.expand(b.expr());
            Expr a = defs.expand(b.exponent());
            Expr logPower = defs.expand(b.logPower());
            Map<String, Domain> domains = domains(d, c, Set.of(b.var()), List.of(e, a, logPower));
            return combine(() -> new RateCheck(seed, deadline).check(e, b.var(), a, logPower, b.constant(), domains),
                    "not attempted (growth rates are checked by log-log slopes)");
        }
        ClaimBody.Ode b = (ClaimBody.Ode) body;
        Map<String, Expr> drift = expandAll(b.drift());
        Map<String, Expr> at = expandAll(b.at());
        Map<String, Expr> equals = expandAll(b.equals());
        List<Expr> all = new ArrayList<>(drift.values());
        all.addAll(at.values());
        all.addAll(equals.values());
        Map<String, Domain> domains = domains(d, c, drift.keySet(), all);
        OdeCheck ode = new OdeCheck(seed, deadline);
        Verdict v = combine(() -> ode.driftEquals(drift, at, equals, domains), "not attempted (ODE claims are checked numerically)");
        if (b.stable() == null || v.status() != Status.VERIFIED) {
            return v;
        }
        Verdict s = combine(() -> ode.stability(drift, at, b.stable(), domains, new CasWitness(drift, at, domains)),
                "not attempted (eigenvalues are computed numerically)");
        if (s.status() != Status.VERIFIED) {
            return s.withNote("it is a fixed point: " + v.evidence());
        }
        return s.withNote("fixed point: " + v.evidence());
    }

    private Relation expand(Relation r) {
        return new Relation(defs.expand(r.lhs()), r.op(), defs.expand(r.rhs()));
    }

    private Map<String, Expr> expandAll(Map<String, Expr> m) {
        Map<String, Expr> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, defs.expand(v)));
        return out;
    }

    private Verdict combine(Supplier<NumericOutcome> numeric, String why) {
        NumericOutcome n;
        try {
            n = numeric.get();
        } catch (Deadline.TimeLimitExceeded e) {
            n = NumericOutcome.inconclusive("time limit reached during the numeric check");
        }
        Verdict v = VerdictCombiner.combine(SymbolicOutcome.notAttempted(why.replaceFirst("^not attempted \\((.*)\\)$", "$1")), n);
        boolean casUsed = v.details().containsKey("exact_equality") || v.details().containsKey("exact_zero");
        return casUsed ? new Verdict(v.status(), "symbolic+numeric", v.evidence(), v.details(), v.noValue()) : v;
    }

    /**
     * The CAS as the witness of exact facts the numeric checks ask for, each asked at most once per claim: the
     * sides of an inequality equal (identically, else exactly at the first point asked), or the fixed point's
     * Jacobian with eigenvalue 0 of a given multiplicity (identically in the variables).
     */
    private final class CasWitness implements ExactWitness {
        private final Relation relation;
        private final Map<String, Expr> drift;
        private final Map<String, Expr> at;
        private final Map<String, Domain> domains;
        private final Map<Integer, String> zeros = new java.util.HashMap<>();
        private String identically;
        private boolean askedIdentically;
        private boolean askedAtPoint;

        CasWitness(Relation relation, Map<String, Domain> domains) {
            this(relation, Map.of(), Map.of(), domains);
        }

        CasWitness(Map<String, Expr> drift, Map<String, Expr> at, Map<String, Domain> domains) {
            this(null, drift, at, domains);
        }

        private CasWitness(Relation relation, Map<String, Expr> drift, Map<String, Expr> at, Map<String, Domain> domains) {
            this.relation = relation;
            this.drift = drift;
            this.at = at;
            this.domains = domains;
        }

        @Override
        public String sidesEqual(Point p) {
            if (!askedIdentically) {
                askedIdentically = true;
                identically = reduced(Expr.minus(relation.lhs(), relation.rhs()), domains, "the CAS proved lhs - rhs = 0 identically");
            }
            if (identically != null || askedAtPoint || domains.isEmpty()) {
                return identically;
            }
            askedAtPoint = true;
            Map<String, Expr> exact = p.exact();
            return reduced(Expr.minus(Substitution.replace(relation.lhs(), exact), Substitution.replace(relation.rhs(), exact)),
                    Map.of(), "the CAS proved lhs - rhs = 0 exactly at this point");
        }

        @Override
        public String zeroEigenvalues(Point p, int k) {
            if (!zeros.containsKey(k)) {
                SymbolicOutcome o = prover.zeroEigenvalues(drift, at, k, domains, deadline);
                zeros.put(k, o.reduced() ? o.method() : null);
            }
            return zeros.get(k);
        }

        private String reduced(Expr difference, Map<String, Domain> over, String what) {
            SymbolicOutcome o = prover.reducesToZero(difference, over, deadline);
            return o.reduced() ? what + " (" + o.method() + ")" : null;
        }
    }

    private static Domain domainOf(Derivation d, Claim c, String name) {
        for (Variable v : d.variables()) {
            if (v.name().equals(name)) {
                return c.domains().getOrDefault(name, v.domain());
            }
        }
        throw new IllegalStateException("no variable " + name);
    }

    /** The domains of the free variables of the expressions (claim overrides first), in declaration order. */
    private static Map<String, Domain> domains(Derivation d, Claim c, Set<String> bound, List<Expr> exprs) {
        Set<String> used = new LinkedHashSet<>();
        for (Expr e : exprs) {
            used.addAll(Substitution.symbols(e));
        }
        Map<String, Domain> out = new LinkedHashMap<>();
        for (Variable v : d.variables()) {
            if (used.contains(v.name()) && !bound.contains(v.name())) {
                out.put(v.name(), c.domains().getOrDefault(v.name(), v.domain()));
            }
        }
        return out;
    }
}

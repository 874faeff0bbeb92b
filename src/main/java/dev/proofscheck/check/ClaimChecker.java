package dev.proofscheck.check;

import dev.proofscheck.cas.SymbolicOutcome;
import dev.proofscheck.cas.Prover;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.Substitution;
import dev.proofscheck.model.Claim;
import dev.proofscheck.model.ClaimBody;
import dev.proofscheck.model.Definitions;
import dev.proofscheck.model.Derivation;
import dev.proofscheck.model.Domain;
import dev.proofscheck.model.Variable;
import dev.proofscheck.numeric.Deadline;
import dev.proofscheck.numeric.IntegralCheck;
import dev.proofscheck.numeric.LimitCheck;
import dev.proofscheck.numeric.NumericOutcome;
import dev.proofscheck.numeric.PointwiseCheck;
import dev.proofscheck.numeric.ValueCheck;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks one claim in two independent ways, numerically (our own arbitrary-precision evaluator) and
 * symbolically (Symja), within the per-claim time limit, and turns the pair into a verdict.
 */
public final class ClaimChecker {
    private final Prover prover;
    private final long seed;
    private final double timeoutSeconds;
    /**
     * Expanded definitions per derivation object. By identity: a record's hashCode walks every claim and
     * expression of the file. Bounded, because mutation runs check many short-lived derivations.
     */
    private final Map<Derivation, Definitions> expanders = new IdentityHashMap<>();
    private static final int MAX_CACHED_DERIVATIONS = 64;
    private dev.proofscheck.sim.SimulationSettings simulation = dev.proofscheck.sim.SimulationSettings.defaults();

    public ClaimChecker(Prover prover, long seed, double timeoutSeconds) {
        this.prover = prover;
        this.seed = seed;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** Threads, budget and progress display of simulation claims (default: all cores, the default budget). */
    public ClaimChecker withSimulation(dev.proofscheck.sim.SimulationSettings settings) {
        this.simulation = settings;
        return this;
    }

    public ClaimResult check(Derivation d, Claim c) {
        long start = System.nanoTime();
        Verdict v;
        try {
            v = verdict(d, c);
        } catch (RuntimeException | StackOverflowError e) {
            v = new Verdict(Status.INCONCLUSIVE, "none", "internal error while checking (please report): " + e, Map.of());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new ClaimResult(d.file(), c.position().line(), d.id(), c.id(), c.kind(), c.index(), c.expectsRefutation(), v, seed, seconds);
    }

    /** The seed of one claim's sampling: fixed by the run's seed and the claim's name, whatever the order of checking. */
    public static long claimSeed(long seed, String derivationId, String claimId) {
        long h = 0xcbf29ce484222325L ^ seed;
        for (char ch : (derivationId + "/" + claimId).toCharArray()) {
            h ^= ch;
            h *= 0x100000001b3L;
        }
        return h;
    }

    private Verdict verdict(Derivation d, Claim c) {
        if (expanders.size() > MAX_CACHED_DERIVATIONS && !expanders.containsKey(d)) {
            expanders.clear();
        }
        Definitions defs = expanders.computeIfAbsent(d, x -> new Definitions(x.definitions()));
        Deadline deadline = Deadline.in(timeoutSeconds);
        long claimSeed = claimSeed(seed, d.id(), c.id());
        ClaimBody body = c.body();
        if (body instanceof dev.proofscheck.model.MatrixIdentity mb) {
            return MatrixClaimChecker.check(d, c, mb, defs, claimSeed, deadline);
        }
        if (body instanceof dev.proofscheck.model.SimulationBody b) {
            return new SimulationClaimCheck(simulation).check(d, c, b, defs, claimSeed, deadline);
        }
        if (body instanceof ClaimBody.Identity b) {
            Expr l = defs.expand(b.lhs());
            Expr r = defs.expand(b.rhs());
            return pointwise(d, c, l, r, claimSeed, deadline);
        }
        if (body instanceof ClaimBody.Equation b) {
            Map<String, Expr> where = new LinkedHashMap<>();
            b.where().forEach((k, e) -> where.put(k, defs.expand(e)));
            Expr l = Substitution.replace(defs.expand(b.lhs()), where);
            Expr r = Substitution.replace(defs.expand(b.rhs()), where);
            return pointwise(d, c, l, r, claimSeed, deadline);
        }
        if (body instanceof ClaimBody.Limit b) {
            Expr f = defs.expand(b.expr());
            Expr point = defs.expand(b.point());
            Expr value = defs.expand(b.value());
            Map<String, Domain> domains = domains(d, c, b.var(), f, point, value);
            Infinity pInf = Infinity.of(point);
            Infinity vInf = Infinity.of(value);
            return concurrently(deadline, () -> prover.limitEquals(f, b.var(), point, b.direction(), value, domains, deadline),
                    () -> new LimitCheck(claimSeed, deadline).check(f, b.var(), pInf == null ? point : null, pInf == null ? 0 : pInf.sign(),
                            b.direction(), vInf == null ? value : null, vInf == null ? 0 : vInf.sign(), domains));
        }
        if (body instanceof ClaimBody.Series b) {
            Expr f = defs.expand(b.expr());
            Expr point = defs.expand(b.point());
            Expr poly = defs.expand(b.polynomial());
            if (Infinity.of(point) != null) {
                return new Verdict(Status.INCONCLUSIVE, "none", "series at infinity are not supported yet", Map.of());
            }
            Expr x = Expr.sym(b.var());
            Expr remainder = Expr.divide(Expr.minus(f, poly), Expr.power(Expr.minus(x, point), Expr.num(b.order())));
            Expr zero = Expr.num(0);
            Map<String, Domain> domains = domains(d, c, b.var(), f, point, poly);
            return concurrently(deadline, () -> prover.limitEquals(remainder, b.var(), point, b.direction(), zero, domains, deadline),
                    () -> new LimitCheck(claimSeed, deadline).check(remainder, b.var(), point, 0, b.direction(), zero, 0, domains)).withNote("checked as (expr - series)/(" + b.var() + " - "
                    + dev.proofscheck.expr.ExprPrinter.print(point) + ")^" + b.order() + " -> 0");
        }
        if (body instanceof ClaimBody.Integral b) {
            Expr f = defs.expand(b.integrand());
            Expr from = defs.expand(b.from());
            Expr to = defs.expand(b.to());
            Expr value = defs.expand(b.value());
            Map<String, Domain> domains = domains(d, c, b.var(), f, from, to, value);
            List<Expr> splits = b.splits().stream().map(defs::expand).toList();
            if (b.statedDecimal()) {
                if (!domains.isEmpty()) {
                    return Verdict.error(c.position() + ": an integral stated as a decimal must not depend on variables ("
                            + String.join(", ", domains.keySet()) + ")");
                }
                dev.proofscheck.expr.Rational r = ((Expr.Num) b.value()).value();
                String stated = new java.math.BigDecimal(r.num()).divide(new java.math.BigDecimal(r.den())).toPlainString();
                NumericOutcome numeric = numeric(deadline, () -> new IntegralCheck(claimSeed, deadline).checkStated(f, b.var(),
                        bound(from), bound(to), b.gaussian(), stated, b.digits(), splits));
                return VerdictCombiner.combine(SymbolicOutcome.notAttempted("a stated decimal is checked numerically"), numeric);
            }
            java.util.function.Supplier<NumericOutcome> numeric = () -> new IntegralCheck(claimSeed, deadline).check(f, b.var(),
                    bound(from), bound(to), b.gaussian(), value, splits, domains);
            if (!splits.isEmpty()) {
                return VerdictCombiner.combine(SymbolicOutcome.notAttempted(
                        "piecewise integrand (Symja does not integrate Max/UnitStep/Abs pieces); numeric only"), numeric(deadline, numeric));
            }
            if (!domains.isEmpty()) {
                String noIntegrate = "Symja's Integrate is unreliable with symbolic parameters (SYMJA-NOTES)";
                if (!b.gaussian()) {
                    return VerdictCombiner.combine(SymbolicOutcome.notAttempted(noIntegrate + "; numeric only"), numeric(deadline, numeric));
                }
                // exact algebra on the moments is reliable with parameters; Integrate is not tried
                return concurrently(deadline, () -> {
                    SymbolicOutcome m = prover.gaussianMomentsEqual(f, b.var(), value, domains, deadline);
                    return m.status() == SymbolicOutcome.Status.NOT_ATTEMPTED
                            ? SymbolicOutcome.notAttempted(noIntegrate + " and " + m.detail() + "; numeric only") : m;
                }, numeric);
            }
            return concurrently(deadline, () -> prover.integralEquals(f, b.var(), from, to, b.gaussian(), value, domains, deadline), numeric);
        }
        if (body instanceof ClaimBody.GaussianPair b) {
            Expr f = defs.expand(b.integrand());
            Expr rho = defs.expand(b.correlation());
            Expr value = defs.expand(b.value());
            List<Expr> uk = b.uKinks().stream().map(defs::expand).toList();
            List<Expr> vk = b.vKinks().stream().map(defs::expand).toList();
            List<Expr> all = new java.util.ArrayList<>(List.of(f, rho, value)); // the pair's own names are never declared variables
            all.addAll(uk);
            all.addAll(vk);
            Map<String, Domain> domains = domains(d, c, null, all.toArray(Expr[]::new));
            NumericOutcome numeric = numeric(deadline, () -> new dev.proofscheck.numeric.GaussianPairCheck(claimSeed, deadline).check(
                    new dev.proofscheck.numeric.GaussianPairCheck.Pair(f, b.u(), b.v(), rho, uk, vk), value, domains));
            return VerdictCombiner.combine(SymbolicOutcome.notAttempted("two-Gaussian expectations are checked numerically only"), numeric);
        }
        if (body instanceof ClaimBody.FixedPoint || body instanceof ClaimBody.Inequality
                || body instanceof ClaimBody.Rate || body instanceof ClaimBody.Ode) {
            return new SolvedClaimChecker(prover, defs, claimSeed, deadline).verdict(d, c);
        }
        ClaimBody.Value b = (ClaimBody.Value) body;
        Expr e = defs.expand(b.expr());
        Map<String, Domain> domains = domains(d, c, null, e);
        if (!domains.isEmpty()) {
            return Verdict.error(c.position() + ": a value claim must not depend on variables (" + String.join(", ", domains.keySet()) + ")");
        }
        NumericOutcome numeric = numeric(deadline, () -> new ValueCheck(deadline).check(e, b.statedText(), b.digits()));
        return VerdictCombiner.combine(SymbolicOutcome.notAttempted("a stated decimal is checked numerically"), numeric);
    }

    private Verdict pointwise(Derivation d, Claim c, Expr l, Expr r, long claimSeed, Deadline deadline) {
        Map<String, Domain> domains = domains(d, c, null, l, r);
        return concurrently(deadline, () -> prover.reducesToZero(Expr.minus(l, r), domains, deadline),
                () -> new PointwiseCheck(claimSeed, deadline).check(l, r, domains));
    }

    private static IntegralCheck.Bound bound(Expr e) {
        Infinity inf = Infinity.of(e);
        return inf == null ? new IntegralCheck.Bound(e, 0) : new IntegralCheck.Bound(null, inf.sign());
    }

    /** The domains of the free variables of the expressions (claim overrides first), in declaration order. */
    public static Map<String, Domain> domains(Derivation d, Claim c, String bound, Expr... exprs) {
        Set<String> used = new LinkedHashSet<>();
        for (Expr e : exprs) {
            used.addAll(Substitution.symbols(e));
        }
        Map<String, Domain> out = new LinkedHashMap<>();
        for (Variable v : d.variables()) {
            if (used.contains(v.name()) && !v.name().equals(bound)) {
                out.put(v.name(), c.domains().getOrDefault(v.name(), v.domain()));
            }
        }
        return out;
    }

    private static NumericOutcome numeric(Deadline deadline, java.util.function.Supplier<NumericOutcome> run) {
        try {
            return run.get();
        } catch (Deadline.TimeLimitExceeded e) {
            return NumericOutcome.inconclusive("time limit reached during the numeric check");
        }
    }

    /**
     * The CAS on a thread of its own while the numerics run on this one, both under the claim's deadline:
     * the CAS mostly waits for its worker process, so on two cores the claim takes the longer of the two,
     * not their sum. Neither side sees the other's result before {@link VerdictCombiner} does. The CAS
     * call is always awaited, even when the numerics fail, so that no call of this claim overlaps the next claim's.
     */
    private static Verdict concurrently(Deadline deadline, java.util.function.Supplier<SymbolicOutcome> symbolic,
            java.util.function.Supplier<NumericOutcome> numeric) {
        java.util.concurrent.FutureTask<SymbolicOutcome> cas = new java.util.concurrent.FutureTask<>(symbolic::get);
        Thread t = new Thread(cas, "claim-cas");
        t.setDaemon(true);
        t.start();
        NumericOutcome n;
        try {
            n = numeric(deadline, numeric);
        } finally {
            awaitUninterruptibly(cas);
        }
        return VerdictCombiner.combine(outcome(cas), n);
    }

    private static void awaitUninterruptibly(java.util.concurrent.Future<?> f) {
        boolean interrupted = false;
        while (true) {
            try {
                f.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (java.util.concurrent.ExecutionException e) {
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The finished CAS call's outcome; its unchecked failure is rethrown here, as if the call had run on this thread. */
    private static SymbolicOutcome outcome(java.util.concurrent.Future<SymbolicOutcome> done) {
        try {
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SymbolicOutcome(SymbolicOutcome.Status.TIMEOUT, "", "interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}

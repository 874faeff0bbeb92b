package dev.proofscheck.cas;

import dev.proofscheck.expr.Expr;
import dev.proofscheck.model.Direction;
import dev.proofscheck.model.Domain;
import dev.proofscheck.numeric.Deadline;
import java.util.Map;

/**
 * The symbolic side of every check, through Symja: reduce {@code lhs - rhs} to zero (Together, then
 * Simplify under the domain's reparametrization), take limits, integrate. It only ever reports a
 * reduction Symja actually produced; whether to believe it is decided by the numeric cross-check.
 */
public final class SymjaProver implements Prover {
    /** Share of the remaining claim time one CAS call may take, so later strategies still get a turn. */
    private static final double CALL_SHARE = 0.5;
    /**
     * Cap on one Integrate call: past a few seconds Symja's integrator rarely finishes (measured: the
     * Marchenko–Pastur integral with a symbolic ratio ran 12-19 s to an unusable answer), and the
     * numeric quadrature decides anyway; this keeps the corpus fast enough for CI.
     */
    private static final double INTEGRATE_SECONDS = 3.0;
    /** The first Integrate of a session also loads Symja's rule set (measured 1.1-4 s on 2 cores). */
    private static final double FIRST_INTEGRATE_SECONDS = 5.0;

    /**
     * Cap on one Together/Simplify/Limit call. Identities Symja can prove it proves in well under a
     * second; measured in the corpus, a Simplify of Im[...] ran 10 s to no reduction while the numerics
     * had already verified the claim in 0.3 s.
     */
    private static final double REDUCTION_SECONDS = 3.0;
    /** The first such call of a session also loads Symja's rules. */
    private static final double FIRST_REDUCTION_SECONDS = 6.0;

    /** Heads left in an answer when the moment sum did not evaluate (then Integrate is tried). */
    private static final java.util.regex.Pattern UNEVALUATED = java.util.regex.Pattern.compile("\\b(If|Sum|Coefficient|Exponent|Factorial2|PolynomialQ)\\[");

    private boolean integrateWarm;
    private boolean reductionWarm;

    private final SymjaSession session;

    public SymjaProver(SymjaSession session) {
        this.session = session;
    }

    /** Tries to reduce {@code e} to 0 over the given domains. */
    @Override
    public SymbolicOutcome reducesToZero(Expr e, Map<String, Domain> domains, Deadline deadline) {
        SymjaForm names = new SymjaForm();
        Reparametrization rep = new Reparametrization(domains);
        String plain = names.write(e);
        CasAnswer a = reduce("Together[" + plain + "]", deadline, names);
        if (a.ok() && a.isZero()) {
            return new SymbolicOutcome(SymbolicOutcome.Status.REDUCED, "Together[lhs - rhs] = 0", "");
        }
        String lastText = a.text();
        boolean timedOut = a.status() == CasAnswer.Status.TIMEOUT;
        if (!rep.isTrivial()) {
            String re = names.write(rep.apply(e));
            a = reduce("Simplify[Together[" + re + "]," + rep.assumptions(names) + "]", deadline, names);
            if (a.ok() && a.isZero()) {
                return new SymbolicOutcome(SymbolicOutcome.Status.REDUCED,
                        "Simplify[Together[lhs - rhs]] = 0 after " + rep.describe(), "");
            }
            timedOut |= a.status() == CasAnswer.Status.TIMEOUT;
        } else {
            a = reduce("Simplify[" + plain + "]", deadline, names);
            if (a.ok() && a.isZero()) {
                return new SymbolicOutcome(SymbolicOutcome.Status.REDUCED, "Simplify[lhs - rhs] = 0", "");
            }
            timedOut |= a.status() == CasAnswer.Status.TIMEOUT;
        }
        if (timedOut && deadline.passed()) {
            return new SymbolicOutcome(SymbolicOutcome.Status.TIMEOUT, "", "time limit reached in Together/Simplify");
        }
        return new SymbolicOutcome(SymbolicOutcome.Status.NOT_REDUCED, "",
                "Together/Simplify left " + abbreviate(lastText.isEmpty() ? a.message() : lastText));
    }

    /**
     * Tries {@code Limit[f, var -> point]} from the given side and reduces its difference from
     * {@code value} to 0. {@code point} and {@code value} may be {@code Infinity}. Answers holding
     * Infinity-forms or an unevaluated Limit are discarded (Symja simplifies them to wrong values).
     */
    @Override
    public SymbolicOutcome limitEquals(Expr f, String var, Expr point, Direction direction, Expr value,
            Map<String, Domain> domains, Deadline deadline) {
        SymjaForm names = new SymjaForm();
        Reparametrization rep = new Reparametrization(domains);
        String fs = names.write(rep.apply(f));
        String ps = names.write(rep.apply(point));
        String vs = names.write(rep.apply(value));
        String v = names.name(var);
        StringBuilder method = new StringBuilder();
        for (Direction side : direction == Direction.BOTH ? new Direction[] {Direction.ABOVE, Direction.BELOW} : new Direction[] {direction}) {
            String dir = side == Direction.ABOVE ? "-1" : "1";
            String limit = "Limit[" + fs + ",Rule[" + v + "," + ps + "],Rule[Direction," + dir + "]]";
            CasAnswer a = reduce(limit, deadline, names);
            if (a.status() == CasAnswer.Status.TIMEOUT) {
                return new SymbolicOutcome(SymbolicOutcome.Status.TIMEOUT, "", "time limit reached in Limit");
            }
            if (!a.ok()) {
                return new SymbolicOutcome(SymbolicOutcome.Status.NOT_REDUCED, "", a.message());
            }
            boolean infiniteClaim = value instanceof Expr.Sym s && s.name().equals("Infinity");
            if (infiniteClaim) {
                if (!a.text().equals("Infinity")) {
                    return new SymbolicOutcome(SymbolicOutcome.Status.NOT_REDUCED, "", "Limit gave " + abbreviate(a.text()));
                }
            } else {
                if (a.suspicious()) {
                    return new SymbolicOutcome(SymbolicOutcome.Status.NOT_REDUCED, "",
                            "Limit gave no usable answer: " + abbreviate(a.text()));
                }
                String zero = zeroTest(names, rep, "Plus[" + a.casText() + ",Times[-1," + vs + "]]", deadline);
                if (zero == null) {
                    return new SymbolicOutcome(SymbolicOutcome.Status.NOT_REDUCED, "",
                            "Limit gave " + abbreviate(a.text()) + ", not reduced to the claimed value");
                }
            }
            if (method.length() > 0) {
                method.append("; ");
            }
            method.append("Limit from ").append(side == Direction.ABOVE ? "above" : "below").append(" = ").append(abbreviate(a.text()));
        }
        if (!rep.isTrivial()) {
            method.append(" (after ").append(rep.describe()).append(")");
        }
        return new SymbolicOutcome(SymbolicOutcome.Status.REDUCED, method.toString(), "");
    }

    /** Tries {@code Integrate} and reduces its difference from {@code value} to 0. */
    @Override
    public SymbolicOutcome integralEquals(Expr integrand, String var, Expr from, Expr to, boolean gaussian, Expr value,
            Map<String, Domain> domains, Deadline deadline) {
        SymjaForm names = new SymjaForm();
        Reparametrization rep = new Reparametrization(domains);
        String f = names.write(rep.apply(integrand));
        if (gaussian) {
            SymbolicOutcome byMoments = gaussianMoments(f, names.name(var), value, names, rep, deadline);
            if (byMoments.status() != SymbolicOutcome.Status.NOT_ATTEMPTED) {
                return byMoments;
            }
            f = "Times[" + f + ",Power[E,Times[Rational[-1,2],Power[" + names.name(var) + ",2]]],Power[Times[2,Pi],Rational[-1,2]]]";
        }
        // expanded first: sums of monomials times the Gaussian hit Symja's moment rules directly
        String integral = "Integrate[Expand[" + f + "],List[" + names.name(var) + "," + names.write(rep.apply(from)) + ","
                + names.write(rep.apply(to)) + "]]";
        double cap = integrateWarm ? INTEGRATE_SECONDS : FIRST_INTEGRATE_SECONDS;
        double limit = Math.min(cap, share(deadline));
        CasAnswer a = session.evaluate(integral, limit, names);
        integrateWarm |= a.status() != CasAnswer.Status.TIMEOUT;
        if (a.status() == CasAnswer.Status.TIMEOUT) {
            return new SymbolicOutcome(SymbolicOutcome.Status.TIMEOUT, "", "Integrate did not finish within " + String.format(java.util.Locale.ROOT, "%.1f", limit) + " s");
        }
        if (!a.ok() || a.suspicious()) {
            return new SymbolicOutcome(SymbolicOutcome.Status.NOT_REDUCED, "", "Integrate gave no usable answer: "
                    + abbreviate(a.ok() ? a.text() : a.message()));
        }
        String zero = zeroTest(names, rep, "Plus[" + a.casText() + ",Times[-1," + names.write(rep.apply(value)) + "]]", deadline);
        if (zero == null) {
            return new SymbolicOutcome(SymbolicOutcome.Status.NOT_REDUCED, "", "Integrate gave " + abbreviate(a.text())
                    + ", not reduced to the claimed value");
        }
        return new SymbolicOutcome(SymbolicOutcome.Status.REDUCED, "Integrate = " + abbreviate(a.text())
                + (rep.isTrivial() ? "" : " (after " + rep.describe() + ")"), "");
    }

    /**
     * E[p(z)] for a polynomial integrand p, exactly: the coefficients of its expansion in z against the
     * standard Gaussian moments E[z^k] = (k-1)!! (k even), 0 (k odd). Far faster than Symja's Integrate on
     * the Gaussian weight (which ran 2-5 s to an answer, or out of time, on Hermite products), and exact
     * with symbolic parameters. NOT_ATTEMPTED when the integrand is not a polynomial in z (or the CAS
     * gives no usable answer).
     */
    @Override
    public SymbolicOutcome gaussianMomentsEqual(Expr integrand, String var, Expr value, Map<String, Domain> domains, Deadline deadline) {
        SymjaForm names = new SymjaForm();
        Reparametrization rep = new Reparametrization(domains);
        return gaussianMoments(names.write(rep.apply(integrand)), names.name(var), value, names, rep, deadline);
    }

    private SymbolicOutcome gaussianMoments(String f, String z, Expr value, SymjaForm names, Reparametrization rep, Deadline deadline) {
        String k = names.name(" k"); // no user name contains a space: a fresh variable
        String p = "Expand[" + f + "]";
        String moments = "If[PolynomialQ[" + p + "," + z + "],Sum[Times[Coefficient[" + p + "," + z + "," + k + "],If[EvenQ[" + k
                + "],Factorial2[Plus[" + k + ",-1]],0]],List[" + k + ",0,Exponent[" + p + "," + z + "]]],Indeterminate]";
        CasAnswer a = reduce(moments, deadline, names);
        if (a.status() == CasAnswer.Status.TIMEOUT) {
            return new SymbolicOutcome(SymbolicOutcome.Status.TIMEOUT, "", "time limit reached in the Gaussian moments");
        }
        if (!a.ok() || a.suspicious() || UNEVALUATED.matcher(a.casText()).find()) {
            return SymbolicOutcome.notAttempted("the integrand is not a polynomial in the integration variable (no Gaussian moments)");
        }
        if (zeroTest(names, rep, "Plus[" + a.casText() + ",Times[-1," + names.write(rep.apply(value)) + "]]", deadline) == null) {
            return new SymbolicOutcome(SymbolicOutcome.Status.NOT_REDUCED, "", "the Gaussian moments of the polynomial integrand give "
                    + abbreviate(a.text()) + ", not reduced to the claimed value");
        }
        return new SymbolicOutcome(SymbolicOutcome.Status.REDUCED, "E[p(z)] = " + abbreviate(a.text())
                + " from the expanded polynomial integrand and the Gaussian moments E[z^k] = (k-1)!! (k even), 0 (k odd)"
                + (rep.isTrivial() ? "" : " (after " + rep.describe() + ")"), "");
    }

    /**
     * The Jacobian as {@code D} of each drift component by each state variable, evaluated at the point by
     * {@code ReplaceAll}, its {@code CharacteristicPolynomial} in a fresh variable t, and the coefficients of
     * t^0 .. t^(multiplicity-1) each reduced to 0 (Together, then Simplify under the domains).
     */
    @Override
    public SymbolicOutcome zeroEigenvalues(Map<String, Expr> drift, Map<String, Expr> at, int multiplicity,
            Map<String, Domain> domains, Deadline deadline) {
        SymjaForm names = new SymjaForm();
        Reparametrization rep = new Reparametrization(domains);
        java.util.StringJoiner rows = new java.util.StringJoiner(",", "List[", "]");
        java.util.StringJoiner rules = new java.util.StringJoiner(",", "List[", "]");
        for (Expr f : drift.values()) {
            java.util.StringJoiner row = new java.util.StringJoiner(",", "List[", "]");
            for (String x : drift.keySet()) {
                row.add("D[" + names.write(rep.apply(f)) + "," + names.name(x) + "]");
            }
            rows.add(row.toString());
        }
        at.forEach((x, value) -> rules.add("Rule[" + names.name(x) + "," + names.write(rep.apply(value)) + "]"));
        String t = names.name(" t"); // no user name contains a space: a fresh variable
        String poly = "CharacteristicPolynomial[ReplaceAll[" + rows + "," + rules + "]," + t + "]";
        for (int i = 0; i < multiplicity; i++) {
            if (zeroTest(names, rep, "Coefficient[" + poly + "," + t + "," + i + "]", deadline) == null) {
                return new SymbolicOutcome(deadline.passed() ? SymbolicOutcome.Status.TIMEOUT : SymbolicOutcome.Status.NOT_REDUCED, "",
                        "the coefficient of t^" + i + " of the Jacobian's characteristic polynomial was not reduced to 0");
            }
        }
        return new SymbolicOutcome(SymbolicOutcome.Status.REDUCED, "the CAS reduced the coefficient" + (multiplicity == 1 ? "" : "s")
                + " of t^0" + (multiplicity == 1 ? "" : "..t^" + (multiplicity - 1)) + " of the characteristic polynomial of the exact"
                + " Jacobian (D of the drift at the point" + (rep.isTrivial() ? "" : ", after " + rep.describe()) + ") to 0", "");
    }

    /** Returns the strategy that reduced {@code casExpr} to 0, or null. */
    private String zeroTest(SymjaForm names, Reparametrization rep, String casExpr, Deadline deadline) {
        CasAnswer a = reduce("Together[" + casExpr + "]", deadline, names);
        if (a.ok() && a.isZero()) {
            return "Together";
        }
        String assumptions = rep.isTrivial() ? "" : "," + rep.assumptions(names);
        a = reduce("Simplify[Together[" + casExpr + "]" + assumptions + "]", deadline, names);
        return a.ok() && a.isZero() ? "Simplify" : null;
    }

    /** One reduction call under its cap and its share of the claim's time. */
    private CasAnswer reduce(String input, Deadline deadline, SymjaForm names) {
        double cap = reductionWarm ? REDUCTION_SECONDS : FIRST_REDUCTION_SECONDS;
        CasAnswer a = session.evaluate(input, Math.min(cap, share(deadline)), names);
        reductionWarm |= a.status() != CasAnswer.Status.TIMEOUT;
        return a;
    }

    private static double share(Deadline deadline) {
        return Math.max(0, deadline.remainingSeconds() * CALL_SHARE);
    }

    static String abbreviate(String s) {
        String t = s.replaceAll("\\s+", " ").trim();
        return t.length() <= 160 ? t : t.substring(0, 157) + "...";
    }
}

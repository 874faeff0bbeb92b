package dev.proofscheck.mutate;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.Substitution;
import dev.proofscheck.model.Claim;
import dev.proofscheck.model.ClaimBody;
import dev.proofscheck.model.Derivation;
import dev.proofscheck.model.Domain;
import dev.proofscheck.numeric.EvaluationException;
import dev.proofscheck.numeric.Evaluator;
import dev.proofscheck.numeric.Numbers;
import dev.proofscheck.numeric.Point;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The independent route for an ODE claim. The drift at the state point (zero for a fixed point) is
 * compared component by component as an identity ({@link IndependentRoute#pointwise}). Stability is
 * decided without eigenvalues: the Jacobian by central differences at 160 digits (step 10^-50; the
 * checker: 100 digits, step 10^-25, and a QR eigenvalue iteration), its characteristic polynomial by
 * the Faddeev–LeVerrier recursion, and the number of roots in the right half-plane from the sign
 * changes of the first column of the Routh array. A zero (within 10^-30 relative) in that column leaves
 * the point undecided unless p(0) < 0 (a positive real root: unstable); so does a polynomial that is not real.
 */
final class OdeRoute {
    private static final int PRECISION = 160;
    private static final int STEP_DIGITS = 50;
    /** A Routh-array entry this small relative to the coefficients is treated as zero: undecided. */
    private static final int ZERO_DIGITS = 30;

    private OdeRoute() {}

    static Truth decide(IndependentRoute route, Derivation d, Claim c, ClaimBody.Ode o) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Expr> e : o.drift().entrySet()) {
            Expr value = Substitution.replace(e.getValue(), o.at());
            Truth t = route.pointwise(d, c, value, o.equals().getOrDefault(e.getKey(), Expr.num(0)));
            if (t.kind() != Truth.Kind.HOLDS) {
                return new Truth(t.kind(), "d" + e.getKey() + "/dt: " + t.reason());
            }
            parts.add("d" + e.getKey() + "/dt");
        }
        if (o.stable() == null) {
            return Truth.holds(String.join(", ", parts) + " as claimed at independent points");
        }
        List<Expr> all = new ArrayList<>(o.drift().values());
        all.addAll(o.at().values());
        Map<String, Domain> domains = IndependentRoute.domains(d, c, null, all.toArray(Expr[]::new));
        o.drift().keySet().forEach(domains::remove);
        int decided = 0;
        for (Point p : route.points(domains, IndependentRoute.POINTS)) {
            int unstable;
            try {
                unstable = rightHalfPlaneRoots(route, o, p);
            } catch (EvaluationException e) {
                continue;
            }
            if ((unstable == 0) != o.stable()) {
                return Truth.fails("at " + p + ": the Routh array shows " + unstable + " roots with positive real part, so the point is "
                        + (unstable == 0 ? "stable" : "unstable"));
            }
            decided++;
        }
        int needed = route.needed(domains);
        return decided >= needed ? Truth.holds("fixed point and " + (o.stable() ? "stable" : "unstable") + " (Routh-Hurwitz) at "
                + decided + " independent points") : Truth.undecided("stability decided at only " + decided + " points");
    }

    private static int rightHalfPlaneRoots(IndependentRoute route, ClaimBody.Ode o, Point p) throws EvaluationException {
        Evaluator ev = new Evaluator(PRECISION, route.deadline());
        MathContext mc = ev.mathContext();
        List<String> state = new ArrayList<>(o.drift().keySet());
        int n = state.size();
        Map<String, BigComplex> env = p.at(ev);
        BigComplex[] x = new BigComplex[n];
        for (int j = 0; j < n; j++) {
            x[j] = ev.evaluate(o.at().get(state.get(j)), env);
        }
        BigDecimal[][] jac = new BigDecimal[n][n];
        for (int j = 0; j < n; j++) {
            BigDecimal h = Numbers.tenTo(-STEP_DIGITS).multiply(Numbers.max(BigDecimal.ONE, Numbers.abs(x[j])));
            Map<String, BigComplex> plus = new LinkedHashMap<>(env);
            Map<String, BigComplex> minus = new LinkedHashMap<>(env);
            for (int k = 0; k < n; k++) {
                plus.put(state.get(k), k == j ? x[k].add(BigComplex.valueOf(h), mc) : x[k]);
                minus.put(state.get(k), k == j ? x[k].subtract(BigComplex.valueOf(h), mc) : x[k]);
            }
            for (int i = 0; i < n; i++) {
                Expr f = o.drift().get(state.get(i));
                BigComplex diff = ev.evaluate(f, plus).subtract(ev.evaluate(f, minus), mc);
                BigComplex v = diff.divide(BigComplex.valueOf(h.multiply(BigDecimal.valueOf(2))), mc);
                if (v.im.abs().compareTo(Numbers.abs(v).multiply(Numbers.tenTo(-ZERO_DIGITS)).add(Numbers.tenTo(-ZERO_DIGITS))) > 0) {
                    throw new EvaluationException("complex Jacobian");
                }
                jac[i][j] = v.re;
            }
        }
        return rightHalfPlaneRoots(characteristic(jac, mc), mc);
    }

    /**
     * The number of roots with Re > 0 of the monic characteristic polynomial, by Routh; where the Routh array
     * has a zero, at least 1 if p(0) < 0 (then p, which tends to +infinity, has a positive real root, e.g.
     * t^2 - 1/9 with its zero trace), otherwise undecided.
     */
    static int rightHalfPlaneRoots(BigDecimal[] c, MathContext mc) throws EvaluationException {
        try {
            return routhSignChanges(c, mc);
        } catch (EvaluationException zeroInArray) {
            if (c[c.length - 1].compareTo(zeroThreshold(c).negate()) < 0) {
                return 1;
            }
            throw zeroInArray;
        }
    }

    private static BigDecimal zeroThreshold(BigDecimal[] c) {
        BigDecimal scale = BigDecimal.ZERO;
        for (BigDecimal x : c) {
            scale = scale.max(x.abs());
        }
        return scale.multiply(Numbers.tenTo(-ZERO_DIGITS));
    }

    /**
     * Coefficients {@code c[0] = 1, c[1], ..., c[n]} of det(lambda I - A) = sum c[k] lambda^(n-k), by
     * Faddeev–LeVerrier: M_k = A M_(k-1) + c_(k-1) I, c_k = -tr(A M_k)/k.
     */
    static BigDecimal[] characteristic(BigDecimal[][] a, MathContext mc) {
        int n = a.length;
        BigDecimal[] c = new BigDecimal[n + 1];
        c[0] = BigDecimal.ONE;
        BigDecimal[][] m = new BigDecimal[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = BigDecimal.ZERO;
            }
        }
        for (int k = 1; k <= n; k++) {
            BigDecimal[][] next = multiply(a, m, mc);
            for (int i = 0; i < n; i++) {
                next[i][i] = next[i][i].add(c[k - 1], mc);
            }
            m = next;
            BigDecimal trace = BigDecimal.ZERO;
            BigDecimal[][] am = multiply(a, m, mc);
            for (int i = 0; i < n; i++) {
                trace = trace.add(am[i][i], mc);
            }
            c[k] = trace.negate().divide(BigDecimal.valueOf(k), mc);
        }
        return c;
    }

    /** The number of sign changes in the first column of the Routh array of the polynomial (its roots with Re > 0). */
    static int routhSignChanges(BigDecimal[] c, MathContext mc) throws EvaluationException {
        BigDecimal zero = zeroThreshold(c);
        int n = c.length - 1;
        int width = n / 2 + 1;
        BigDecimal[] upper = row(c, 0, width);
        BigDecimal[] lower = row(c, 1, width);
        List<BigDecimal> first = new ArrayList<>(List.of(upper[0]));
        for (int r = 1; r <= n; r++) {
            if (lower[0].abs().compareTo(zero) <= 0) {
                throw new EvaluationException("a zero in the Routh array");
            }
            first.add(lower[0]);
            BigDecimal[] next = new BigDecimal[width];
            for (int j = 0; j < width; j++) {
                BigDecimal u = j + 1 < width ? upper[j + 1] : BigDecimal.ZERO;
                BigDecimal l = j + 1 < width ? lower[j + 1] : BigDecimal.ZERO;
                next[j] = lower[0].multiply(u, mc).subtract(upper[0].multiply(l, mc), mc).divide(lower[0], mc);
            }
            upper = lower;
            lower = next;
        }
        int changes = 0;
        for (int i = 1; i < first.size(); i++) {
            if (first.get(i).signum() != first.get(i - 1).signum()) {
                changes++;
            }
        }
        return changes;
    }

    private static BigDecimal[] row(BigDecimal[] c, int from, int width) {
        BigDecimal[] r = new BigDecimal[width];
        for (int j = 0; j < width; j++) {
            int k = from + 2 * j;
            r[j] = k < c.length ? c[k] : BigDecimal.ZERO;
        }
        return r;
    }

    private static BigDecimal[][] multiply(BigDecimal[][] a, BigDecimal[][] b, MathContext mc) {
        int n = a.length;
        BigDecimal[][] out = new BigDecimal[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                BigDecimal s = BigDecimal.ZERO;
                for (int k = 0; k < n; k++) {
                    s = s.add(a[i][k].multiply(b[k][j], mc), mc);
                }
                out[i][j] = s;
            }
        }
        return out;
    }
}

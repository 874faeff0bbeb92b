package dev.proofscheck.numeric;

import dev.proofscheck.expr.Expr;
import dev.proofscheck.model.Domain;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ch.obermuhlner.math.big.BigComplex;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Checks a definite integral (or a Gaussian expectation) against its claimed value at sampled
 * parameter points, by double-exponential quadrature in high precision.
 */
public final class IntegralCheck {
    /** Working precision for quadrature: the target digits plus head-room for rounding in the sums. */
    private static final int PRECISION = Tolerances.QUADRATURE_DIGITS + 20;
    /** Digits the quadrature must reach at a point to decide it. */
    private static final int DECIDING_DIGITS = 20;

    private final long seed;
    private final Deadline deadline;

    public IntegralCheck(long seed, Deadline deadline) {
        this.seed = seed;
        this.deadline = deadline;
    }

    /** A bound of integration: a finite expression, or an infinity ({@code expr} null, {@code sign} ±1). */
    public record Bound(Expr expr, int sign) {
        public boolean infinite() {
            return expr == null;
        }
    }

    public NumericOutcome check(Expr integrand, String var, Bound from, Bound to, boolean gaussian, Expr value,
            Map<String, Domain> domains) {
        return check(integrand, var, from, to, gaussian, value, List.of(), domains);
    }

    /**
     * A parameter-free integral against a stated decimal: it must round or truncate to it at
     * {@code digits} significant digits (see {@link ValueCheck}).
     */
    public NumericOutcome checkStated(Expr integrand, String var, Bound from, Bound to, boolean gaussian, String statedText,
            int digits, List<Expr> splits) {
        DoubleExponentialQuadrature quad = new DoubleExponentialQuadrature(PRECISION, Tolerances.QUADRATURE_DIGITS, deadline);
        DoubleExponentialQuadrature.Result q;
        try {
            q = integrate(quad, integrand, var, from, to, gaussian, splits, Point.empty());
        } catch (EvaluationException e) {
            return NumericOutcome.noValue("the integral has no value: " + e.getMessage(), Point.empty(), e);
        }
        NumericOutcome o = ValueCheck.compare(new Estimate(q.value(), q.error(), PRECISION, false), statedText, digits);
        if (o.status() == NumericOutcome.Status.REFUTED) {
            try {
                q = confirmed(q, integrand, var, from, to, gaussian, splits, Point.empty());
            } catch (EvaluationException e) {
                return NumericOutcome.inconclusive("the integral has no value at twice the precision: " + e.getMessage());
            }
            o = ValueCheck.compare(new Estimate(q.value(), q.error(), 2 * PRECISION, false), statedText, digits);
        }
        return new NumericOutcome(o.status(), "quadrature (" + q.evaluations() + " evaluations, error <= " + Numbers.sci(q.error())
                + "): " + o.summary(), o.details());
    }

    /** As above, with the range cut at {@code splits} (kinks or jumps of the integrand). */
    public NumericOutcome check(Expr integrand, String var, Bound from, Bound to, boolean gaussian, Expr value,
            List<Expr> splits, Map<String, Domain> domains) {
        List<Point> candidates = new Sampler(seed).points(domains, domains.isEmpty() ? 1 : Tolerances.MAX_CANDIDATE_POINTS);
        int wanted = domains.isEmpty() ? 1 : Tolerances.SAMPLE_POINTS;
        PrecisionLadder ladder = new PrecisionLadder(deadline);
        DoubleExponentialQuadrature quad = new DoubleExponentialQuadrature(PRECISION, Tolerances.QUADRATURE_DIGITS, deadline);
        int agreeing = 0;
        int evaluations = 0;
        double minDigits = Double.POSITIVE_INFINITY;
        List<String> skipped = new ArrayList<>();
        NoValueTally none = new NoValueTally();
        for (Point p : candidates) {
            if (agreeing >= wanted) {
                break;
            }
            none.tried();
            Estimate claimed;
            DoubleExponentialQuadrature.Result q;
            try {
                claimed = ladder.estimate(value, p);
                q = integrate(quad, integrand, var, from, to, gaussian, splits, p);
            } catch (EvaluationException e) {
                NumericOutcome divergent = e.noValue() ? null : divergentTail(integrand, var, from, to, gaussian, value, ladder, p);
                if (divergent != null) {
                    return divergent;
                }
                skipped.add(p + " (" + e.getMessage() + ")");
                none.noValue(p, e);
                continue;
            }
            Comparison c = Comparison.of(q.value(), q.error(), claimed.value(), claimed.error(), Tolerances.QUADRATURE_DIGITS);
            if (c.result() == Comparison.Result.DIFFERENT) {
                try {
                    q = confirmed(q, integrand, var, from, to, gaussian, splits, p);
                } catch (EvaluationException e) {
                    skipped.add(p + " (" + e.getMessage() + ")");
                    continue;
                }
                c = Comparison.of(q.value(), q.error(), claimed.value(), claimed.error(), Tolerances.QUADRATURE_DIGITS);
            }
            evaluations += q.evaluations();
            // digits are counted against the integral of |f|: an integral that cancels to 0 has no other scale
            BigDecimal scale = Numbers.max(Numbers.max(Numbers.abs(claimed.value()), Numbers.abs(q.value())), q.absIntegral());
            double reached = Comparison.agreedDigits(q.error().add(claimed.error()), scale);
            if (c.result() == Comparison.Result.DIFFERENT) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("point", p.toString());
                details.put("integral", Numbers.show(q.value(), 20));
                details.put("claimed", Numbers.show(claimed.value(), 20));
                details.put("quadrature_error", Numbers.sci(q.error()));
                return new NumericOutcome(NumericOutcome.Status.REFUTED, "at " + p + ": integral = " + Numbers.show(q.value(), 16)
                        + " (quadrature error <= " + Numbers.sci(q.error()) + "), claimed " + Numbers.show(claimed.value(), 16)
                        + ", |difference| = " + Numbers.sci(c.difference()), details);
            }
            if (c.result() == Comparison.Result.UNDECIDED || reached < DECIDING_DIGITS) {
                NumericOutcome divergent = divergentTail(integrand, var, from, to, gaussian, value, ladder, p);
                if (divergent != null) {
                    return divergent;
                }
                skipped.add(p + " (quadrature reached only " + (int) reached + " digits)");
                continue;
            }
            agreeing++;
            minDigits = Math.min(minDigits, Math.min(reached, Comparison.agreedDigits(c.difference(), scale)));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("points", agreeing);
        details.put("method", (gaussian ? "double-exponential quadrature against the N(0,1) density" : "double-exponential quadrature")
                + (splits.isEmpty() ? "" : ", range cut at " + splits.size() + " point(s)"));
        details.put("working_precision_digits", PRECISION);
        details.put("integrand_evaluations", evaluations);
        details.put("min_digits", Double.isInfinite(minDigits) ? "all" : String.valueOf((int) Math.floor(minDigits)));
        PointDetails.putCounted(details, "skipped", skipped);
        if (agreeing < wanted) {
            return new NumericOutcome(NumericOutcome.Status.INCONCLUSIVE, "only " + agreeing + " of " + wanted
                    + " parameter points decided" + (skipped.isEmpty() ? "" : "; e.g. " + skipped.get(0)), details, none.fact());
        }
        String summary = details.get("method") + " at " + agreeing + " parameter point(s) (" + PRECISION + "-digit arithmetic, "
                + evaluations + " integrand evaluations): agrees to >= " + details.get("min_digits") + " digits (required "
                + DECIDING_DIGITS + ")" + (skipped.isEmpty() ? "" : "; " + skipped.size() + " points skipped");
        return new NumericOutcome(NumericOutcome.Status.AGREES, summary, details);
    }

    /**
     * A refutation when the quadrature stopped or did not converge (not for want of a value) and the integrand,
     * against the density for a Gaussian expectation, grows without bound toward an infinite end
     * ({@link DivergentTail}): the integral does not exist, so no finite claimed value is it. Null otherwise.
     */
    private NumericOutcome divergentTail(Expr integrand, String var, Bound from, Bound to, boolean gaussian, Expr value,
            PrecisionLadder ladder, Point p) {
        Expr f = gaussian ? DivergentTail.withGaussianDensity(integrand, var) : integrand;
        List<Integer> ends = new ArrayList<>();
        for (Bound b : gaussian ? List.of(new Bound(null, -1), new Bound(null, 1)) : List.of(from, to)) {
            if (b.infinite()) {
                ends.add(b.sign());
            }
        }
        DivergentTail tail = new DivergentTail(deadline);
        for (int sign : ends) {
            java.util.Optional<String> grows = tail.at(f, var, sign, p);
            if (grows.isPresent()) {
                Estimate claimed;
                try {
                    claimed = ladder.estimate(value, p);
                } catch (EvaluationException e) {
                    return null;
                }
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("point", p.toString());
                details.put("claimed", Numbers.show(claimed.value(), 20));
                return new NumericOutcome(NumericOutcome.Status.REFUTED, "at " + p + ": " + grows.get()
                        + "; so the integrand, of one sign, exceeds 1 on a whole tail of the infinite range and the integral"
                        + " does not exist, but the claimed value is "
                        + Numbers.show(claimed.value(), 16), details);
            }
        }
        return null;
    }

    private DoubleExponentialQuadrature.Result integrate(DoubleExponentialQuadrature quad, Expr integrand, String var,
            Bound from, Bound to, boolean gaussian, List<Expr> splits, Point p) throws EvaluationException {
        return integrate(quad, integrand, var, from, to, gaussian, splits, p, PRECISION);
    }

    /**
     * The quadrature redone at twice the precision, its value kept and the change added to its error:
     * the integrand's own rounding (e.g. {@code Exp[I x] - Cos[x] - I Sin[x]}, zero up to 1e-50) is
     * invisible at one precision, so no refutation rests on a single one.
     */
    private DoubleExponentialQuadrature.Result confirmed(DoubleExponentialQuadrature.Result first, Expr integrand, String var,
            Bound from, Bound to, boolean gaussian, List<Expr> splits, Point p) throws EvaluationException {
        DoubleExponentialQuadrature high = new DoubleExponentialQuadrature(2 * PRECISION, Tolerances.QUADRATURE_DIGITS, deadline);
        DoubleExponentialQuadrature.Result second = integrate(high, integrand, var, from, to, gaussian, splits, p, 2 * PRECISION);
        BigDecimal error = second.error().add(Numbers.abs(second.value().subtract(first.value())));
        return new DoubleExponentialQuadrature.Result(second.value(), error, second.levels(),
                first.evaluations() + second.evaluations(), second.absIntegral());
    }

    private DoubleExponentialQuadrature.Result integrate(DoubleExponentialQuadrature quad, Expr integrand, String var,
            Bound from, Bound to, boolean gaussian, List<Expr> splits, Point p, int precision) throws EvaluationException {
        Evaluator ev = new Evaluator(precision, deadline).freezeAllBut(integrand, var);
        MathContext mc = ev.mathContext();
        Map<String, BigComplex> env = p.at(ev);
        GaussianDensity density = new GaussianDensity(ev);
        DoubleExponentialQuadrature.Integrand f = x -> {
            if (gaussian) {
                BigDecimal w = density.at(x);
                if (w.signum() == 0) {
                    return BigComplex.ZERO;
                }
                env.put(var, BigComplex.valueOf(x));
                return ev.evaluate(integrand, env).multiply(w, mc);
            }
            env.put(var, BigComplex.valueOf(x));
            return ev.evaluate(integrand, env);
        };
        // ends as (value, infinity sign); orientation fixed so that lo < hi
        BigDecimal lo = gaussian ? null : (from.infinite() ? null : real(ev, from.expr(), p.at(ev)));
        BigDecimal hi = gaussian ? null : (to.infinite() ? null : real(ev, to.expr(), p.at(ev)));
        int loInf = gaussian ? -1 : (from.infinite() ? from.sign() : 0);
        int hiInf = gaussian ? 1 : (to.infinite() ? to.sign() : 0);
        if (loInf == hiInf && loInf != 0) {
            throw new EvaluationException("both bounds are the same infinity");
        }
        boolean reversed = loInf > 0 || hiInf < 0 || (lo != null && hi != null && lo.compareTo(hi) > 0);
        if (reversed) {
            BigDecimal t = lo;
            lo = hi;
            hi = t;
            int ti = loInf;
            loInf = hiInf;
            hiInf = ti;
        }
        List<BigDecimal> cuts = new ArrayList<>();
        for (Expr split : splits) {
            BigDecimal c = real(ev, split, p.at(ev));
            if (gaussian && density.beyondCutoff(c)) {
                // the integrand is taken as 0 out there, so the kink is invisible; cutting there would leave
                // the bulk to a half-line rule whose first nodes all fall in that zero region and end its march
                continue;
            }
            if ((lo == null || c.compareTo(lo) > 0) && (hi == null || c.compareTo(hi) < 0)
                    && cuts.stream().noneMatch(x -> x.compareTo(c) == 0)) {
                cuts.add(c);
            }
        }
        cuts.sort(null);
        List<BigDecimal> points = new ArrayList<>();
        points.add(lo);
        points.addAll(cuts);
        points.add(hi);
        DoubleExponentialQuadrature.Result r = piecewise(quad, f, points, mc);
        return reversed ? negate(r) : r;
    }

    /**
     * The integral of {@code f} from the first to the last of {@code points}, cut at the ones between
     * (ascending); a null end is the infinity on its side.
     */
    static DoubleExponentialQuadrature.Result piecewise(DoubleExponentialQuadrature quad, DoubleExponentialQuadrature.Integrand f,
            List<BigDecimal> points, MathContext mc) throws EvaluationException {
        BigComplex total = BigComplex.ZERO;
        BigDecimal error = BigDecimal.ZERO;
        BigDecimal abs = BigDecimal.ZERO;
        int evaluations = 0;
        int levels = 0;
        for (int i = 0; i + 1 < points.size(); i++) {
            DoubleExponentialQuadrature.Result r = segment(quad, f, points.get(i), points.get(i + 1));
            total = total.add(r.value(), mc);
            error = error.add(r.error());
            abs = abs.add(r.absIntegral());
            evaluations += r.evaluations();
            levels = Math.max(levels, r.levels());
        }
        return new DoubleExponentialQuadrature.Result(total, error, levels, evaluations, abs);
    }

    /** One piece between two cut points; a null end is the infinity on its side. */
    private static DoubleExponentialQuadrature.Result segment(DoubleExponentialQuadrature quad, DoubleExponentialQuadrature.Integrand f,
            BigDecimal a, BigDecimal b) throws EvaluationException {
        if (a == null && b == null) {
            return quad.integrate(f, DoubleExponentialQuadrature.Range.WHOLE_LINE, null, null);
        }
        if (a == null) {
            // integral over (-inf, b] of f(x) = integral over [-b, inf) of f(-u)
            return quad.integrate(u -> f.at(u.negate()), DoubleExponentialQuadrature.Range.TO_INFINITY, b.negate(), null);
        }
        if (b == null) {
            return quad.integrate(f, DoubleExponentialQuadrature.Range.TO_INFINITY, a, null);
        }
        return quad.integrate(f, DoubleExponentialQuadrature.Range.FINITE, a, b);
    }

    private static DoubleExponentialQuadrature.Result negate(DoubleExponentialQuadrature.Result r) {
        return new DoubleExponentialQuadrature.Result(r.value().negate(), r.error(), r.levels(), r.evaluations(), r.absIntegral());
    }

    private static BigDecimal real(Evaluator ev, Expr e, Map<String, BigComplex> env) throws EvaluationException {
        BigComplex v = ev.evaluate(e, env);
        if (v.im.signum() != 0) {
            throw new EvaluationException("a bound of integration is not real: " + Numbers.show(v, 12));
        }
        return v.re;
    }
}

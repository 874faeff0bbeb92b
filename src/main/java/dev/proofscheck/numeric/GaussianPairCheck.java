package dev.proofscheck.numeric;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.expr.Expr;
import dev.proofscheck.model.Domain;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks E[f(U, V)] for a standard Gaussian pair of correlation rho against its claimed value at
 * sampled parameter points. Each expectation is computed twice, in two parametrizations of the pair
 * whose quadrature nodes and cut lines differ ({@link GaussianPairQuadrature}): a disagreement beyond
 * their error bounds means the quadrature cannot be trusted there, and the claim is INCONCLUSIVE.
 * Their gap is added to the error; a refutation is confirmed at twice the precision.
 */
public final class GaussianPairCheck {
    /** Working precision: the required digits plus head-room for the sums. */
    static final int PRECISION = 32;
    /** Digits of agreement (between the parametrizations, and with the claim) that decide a point. */
    public static final int REQUIRED_DIGITS = 15;
    /**
     * Where the two frames agree to fewer than {@link #REQUIRED_DIGITS} digits (a kink off the declared lines),
     * their gap still bounds the error: a claim farther than this many times the gap from both is refuted.
     */
    static final int FAR_BEYOND_DISAGREEMENT = 1000;
    /** ... provided the frames agree to at least this many digits (else nothing is trusted). */
    static final int MIN_CROSS_DIGITS_TO_REFUTE = 2;
    /** Parameter points decided per claim (each costs ~10^4 integrand evaluations; the ends of the range included). */
    public static final int SAMPLE_POINTS = 4;
    private static final int MAX_CANDIDATES = 24;

    private final long seed;
    private final Deadline deadline;

    public GaussianPairCheck(long seed, Deadline deadline) {
        this.seed = seed;
        this.deadline = deadline;
    }

    /** What is integrated: f(u, v), the correlation, and the kinks of f at u = c and v = c (expressions of the variables). */
    public record Pair(Expr integrand, String u, String v, Expr correlation, List<Expr> uKinks, List<Expr> vKinks) {
        public Pair {
            uKinks = List.copyOf(uKinks);
            vKinks = List.copyOf(vKinks);
        }
    }

    public NumericOutcome check(Pair pair, Expr value, Map<String, Domain> domains) {
        int wanted = domains.isEmpty() ? 1 : SAMPLE_POINTS;
        List<Point> candidates = new Sampler(seed).points(domains, domains.isEmpty() ? 1 : MAX_CANDIDATES, wanted);
        PrecisionLadder ladder = new PrecisionLadder(deadline);
        int agreeing = 0;
        int evaluations = 0;
        double minDigits = Double.POSITIVE_INFINITY;
        double minCross = Double.POSITIVE_INFINITY;
        List<String> skipped = new ArrayList<>();
        int degenerate = 0;
        for (Point p : candidates) {
            if (agreeing >= wanted) {
                break;
            }
            Estimate claimed;
            Setup s;
            GaussianPairQuadrature.Result a;
            GaussianPairQuadrature.Result b;
            try {
                claimed = ladder.estimate(value, p);
                s = setup(pair, p);
                a = s.compute(pair, PRECISION, true, deadline);
                b = s.compute(pair, PRECISION, false, deadline);
            } catch (EvaluationException e) {
                skipped.add(p + " (" + e.getMessage() + ")");
                continue;
            }
            evaluations += a.evaluations() + b.evaluations();
            if (a.absIntegral().signum() == 0 && b.absIntegral().signum() == 0) {
                // no node of either frame met the integrand's support (e.g. the wedge u > 0, v > 0 at rho = -0.999998
                // without declared kinks): 0 here is not a value, and a refutation on it would be unfounded
                skipped.add(p + " (the integrand is 0 at every node of both frames: its support may lie between them)");
                continue;
            }
            BigDecimal scale = Numbers.max(Numbers.max(Numbers.abs(claimed.value()), Numbers.abs(a.value())), a.absIntegral());
            BigDecimal gap = Numbers.abs(a.value().subtract(b.value()));
            double crossDigits = Comparison.agreedDigits(gap, scale);
            if (crossDigits < REQUIRED_DIGITS) {
                BigDecimal offA = Numbers.abs(a.value().subtract(claimed.value()));
                BigDecimal offB = Numbers.abs(b.value().subtract(claimed.value()));
                BigDecimal clear = gap.multiply(BigDecimal.valueOf(FAR_BEYOND_DISAGREEMENT)).add(claimed.error());
                if (crossDigits >= MIN_CROSS_DIGITS_TO_REFUTE && offA.compareTo(clear) > 0 && offB.compareTo(clear) > 0) {
                    // the frames' gap is this check's error estimate: a claim far outside it is refuted by both
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("point", p.toString());
                    details.put(s.names()[0], Numbers.show(a.value(), 20));
                    details.put(s.names()[1], Numbers.show(b.value(), 20));
                    details.put("claimed", Numbers.show(claimed.value(), 20));
                    details.put("error_bound", Numbers.sci(gap));
                    return new NumericOutcome(NumericOutcome.Status.REFUTED, "at " + p + " (rho = " + Numbers.showReal(s.rho(), 12)
                            + "): E = " + Numbers.show(a.value(), 16) + " (" + s.names()[1] + ": " + Numbers.show(b.value(), 16)
                            + "; the two agree to only " + (int) crossDigits + " digits, |difference| = " + Numbers.sci(gap)
                            + ", e.g. a kink off the declared lines), claimed " + Numbers.show(claimed.value(), 16)
                            + ": both are more than " + FAR_BEYOND_DISAGREEMENT + " times their difference away", details);
                }
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("point", p.toString());
                details.put(s.names()[0], Numbers.show(a.value(), 25));
                details.put(s.names()[1], Numbers.show(b.value(), 25));
                NumericOutcome untrusted = new NumericOutcome(NumericOutcome.Status.INCONCLUSIVE, "at " + p + " the two quadratures disagree ("
                        + s.names()[0] + ": " + Numbers.show(a.value(), 16) + ", " + s.names()[1] + ": " + Numbers.show(b.value(), 16)
                        + ", |difference| = " + Numbers.sci(gap) + ", " + (int) Math.max(0, crossDigits) + " digits, " + REQUIRED_DIGITS
                        + " required): the expectation is not trusted", details);
                // not decided: the first such point ends the check (going on to other points was tried: near
                // |rho| = 1 an undeclared kink's thin wedge can then be missed by every node of both frames)
                return untrusted;
            }
            // the gap between the two rules is the error estimate, plus the rounding of the sums
            BigDecimal error = gap.add(a.absIntegral().multiply(Numbers.tenTo(-(PRECISION - 5))));
            Comparison c = Comparison.of(a.value(), error, claimed.value(), claimed.error(), REQUIRED_DIGITS);
            BigComplex estimate = a.value();
            if (c.result() == Comparison.Result.DIFFERENT) {
                GaussianPairQuadrature.Result high;
                try {
                    high = s.compute(pair, 2 * PRECISION, true, deadline);
                } catch (EvaluationException e) {
                    skipped.add(p + " (at twice the precision: " + e.getMessage() + ")");
                    continue;
                }
                evaluations += high.evaluations();
                error = error.add(Numbers.abs(high.value().subtract(a.value())));
                estimate = high.value();
                c = Comparison.of(estimate, error, claimed.value(), claimed.error(), REQUIRED_DIGITS);
            }
            if (c.result() == Comparison.Result.DIFFERENT) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("point", p.toString());
                details.put("expectation", Numbers.show(estimate, 20));
                details.put(s.names()[1], Numbers.show(b.value(), 20));
                details.put("claimed", Numbers.show(claimed.value(), 20));
                details.put("error_bound", Numbers.sci(error));
                return new NumericOutcome(NumericOutcome.Status.REFUTED, "at " + p + " (rho = " + Numbers.showReal(s.rho(), 12)
                        + "): E = " + Numbers.show(estimate, 16) + " (" + s.names()[1] + ": " + Numbers.show(b.value(), 16)
                        + "; error <= " + Numbers.sci(error) + "), claimed " + Numbers.show(claimed.value(), 16)
                        + ", |difference| = " + Numbers.sci(c.difference()), details);
            }
            double reached = Comparison.agreedDigits(error.add(claimed.error()), scale);
            if (c.result() == Comparison.Result.UNDECIDED || reached < REQUIRED_DIGITS) {
                skipped.add(p + " (quadrature reached only " + (int) reached + " digits)");
                continue;
            }
            agreeing++;
            degenerate += s.degenerate() ? 1 : 0;
            minDigits = Math.min(minDigits, Math.min(reached, Comparison.agreedDigits(c.difference(), scale)));
            minCross = Math.min(minCross, crossDigits);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("points", agreeing);
        details.put("method", "composite Gauss-Legendre in polar coordinates of U = Z1, V = rho Z1 + sqrt(1-rho^2) Z2, "
                + "cross-checked in those of U, V = a X +- b Y (a, b = sqrt((1 +- rho)/2)) with other panels" + (pair.uKinks().size() + pair.vKinks().size() == 0 ? ""
                : ", ranges cut at " + (pair.uKinks().size() + pair.vKinks().size()) + " kink line(s)"));
        details.put("working_precision_digits", PRECISION);
        details.put("integrand_evaluations", evaluations);
        details.put("min_digits", digits(minDigits));
        details.put("min_digits_between_parametrizations", digits(minCross));
        if (degenerate > 0) {
            details.put("degenerate_points", degenerate + " (|rho| = 1: one-dimensional, Gauss-Legendre cross-checked by double-exponential quadrature)");
        }
        PointDetails.putCounted(details, "skipped", skipped);
        if (agreeing < wanted) {
            return new NumericOutcome(NumericOutcome.Status.INCONCLUSIVE, "only " + agreeing + " of " + wanted
                    + " parameter points decided" + (skipped.isEmpty() ? "" : "; e.g. " + skipped.get(0)), details);
        }
        String summary = "two-Gaussian expectation at " + agreeing + " parameter point(s) by two quadratures in two "
                + "parametrizations (" + PRECISION + "-digit arithmetic, " + evaluations + " integrand evaluations): they agree "
                + "with each other to >= " + details.get("min_digits_between_parametrizations") + " digits and with the claim to >= "
                + details.get("min_digits") + " digits (required " + REQUIRED_DIGITS + ")"
                + (skipped.isEmpty() ? "" : "; " + skipped.size() + " points skipped");
        return new NumericOutcome(NumericOutcome.Status.AGREES, summary, details);
    }

    private static String digits(double d) {
        return Double.isInfinite(d) ? "all" : String.valueOf((int) Math.floor(d));
    }

    /** The correlation and kinks at one parameter point, exact enough for any working precision used. */
    private Setup setup(Pair pair, Point p) throws EvaluationException {
        Evaluator ev = new Evaluator(4 * PRECISION, deadline);
        Map<String, BigComplex> env = p.at(ev);
        BigDecimal rho = real(ev, pair.correlation(), env, "the correlation");
        int unit = rho.abs().compareTo(BigDecimal.ONE);
        if (unit > 0) {
            throw new EvaluationException("the correlation " + Numbers.showReal(rho, 12) + " is outside [-1, 1]");
        }
        List<BigDecimal> uk = new ArrayList<>();
        for (Expr k : pair.uKinks()) {
            uk.add(real(ev, k, env, "a kink"));
        }
        List<BigDecimal> vk = new ArrayList<>();
        for (Expr k : pair.vKinks()) {
            vk.add(real(ev, k, env, "a kink"));
        }
        PairKinks.find(pair.integrand(), pair.u(), pair.v(), ev, env, uk, vk);
        return new Setup(p, rho, uk, vk, unit == 0);
    }

    private static BigDecimal real(Evaluator ev, Expr e, Map<String, BigComplex> env, String what) throws EvaluationException {
        BigComplex z = ev.evaluate(e, env);
        if (z.im.signum() != 0) {
            throw new EvaluationException(what + " is not real: " + Numbers.show(z, 12));
        }
        return z.re;
    }

    /** One parameter point's correlation and kinks; computes the expectation one way or the other. */
    private record Setup(Point p, BigDecimal rho, List<BigDecimal> uKinks, List<BigDecimal> vKinks, boolean degenerate) {
        String[] names() {
            return degenerate ? new String[] {"Gauss-Legendre", "double-exponential"} : new String[] {"first frame", "symmetric frame"};
        }

        GaussianPairQuadrature.Result compute(Pair pair, int precision, boolean first, Deadline deadline) throws EvaluationException {
            GaussianPairQuadrature q = new GaussianPairQuadrature(precision, deadline);
            Map<String, BigComplex> env = p.at(new Evaluator(precision, deadline));
            if (degenerate) {
                return first ? q.degenerate(pair.integrand(), pair.u(), pair.v(), env, rho, uKinks, vKinks)
                        : q.degenerateByDoubleExponential(pair.integrand(), pair.u(), pair.v(), env, rho, uKinks, vKinks);
            }
            return q.polar(pair.integrand(), pair.u(), pair.v(), env, rho, uKinks, vKinks, first);
        }
    }
}

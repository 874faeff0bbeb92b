package dev.proofscheck.numeric;

import dev.proofscheck.expr.Expr;
import dev.proofscheck.model.Direction;
import dev.proofscheck.model.Domain;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ch.obermuhlner.math.big.BigComplex;
import java.math.BigDecimal;

/**
 * Checks {@code lim f = value} at sampled parameter points by numeric approach from the requested
 * side(s). A limit that converges to another value, or diverges where a finite value is claimed,
 * refutes; a claimed {@code Infinity} needs a real value growing without bound.
 */
public final class LimitCheck {
    private final long seed;
    private final Deadline deadline;

    public LimitCheck(long seed, Deadline deadline) {
        this.seed = seed;
        this.deadline = deadline;
    }

    /**
     * @param point the finite limit point, or null for an infinite one
     * @param infiniteSign +1 or -1 when {@code point} is null
     * @param value the claimed limit; null means +Infinity (or -Infinity with {@code valueSign} -1)
     */
    public NumericOutcome check(Expr f, String var, Expr point, int infiniteSign, Direction direction,
            Expr value, int valueSign, Map<String, Domain> domains) {
        List<Point> candidates = new Sampler(seed).points(domains, domains.isEmpty() ? 1 : Tolerances.MAX_CANDIDATE_POINTS);
        int wanted = domains.isEmpty() ? 1 : Tolerances.SAMPLE_POINTS;
        List<Integer> sides = new ArrayList<>();
        if (point == null) {
            sides.add(-infiniteSign);
        } else {
            if (direction != Direction.BELOW) {
                sides.add(1);
            }
            if (direction != Direction.ABOVE) {
                sides.add(-1);
            }
        }
        LimitApproach approach = new LimitApproach(deadline);
        PrecisionLadder ladder = new PrecisionLadder(deadline);
        int agreeing = 0;
        double minDigits = Double.POSITIVE_INFINITY;
        List<String> skipped = new ArrayList<>();
        NoValueTally none = new NoValueTally();
        for (Point p : candidates) {
            if (agreeing >= wanted) {
                break;
            }
            none.tried();
            Estimate claimed = null;
            if (value != null) {
                try {
                    claimed = ladder.estimate(value, p);
                } catch (EvaluationException e) {
                    skipped.add(p + " (claimed value: " + e.getMessage() + ")");
                    none.noValue(p + " (claimed value)", e);
                    continue;
                }
            }
            boolean pointOk = true;
            double pointDigits = Double.POSITIVE_INFINITY;
            for (int side : sides) {
                LimitApproach.Result r = approach.approach(f, var, point, point == null ? infiniteSign : side, p);
                String where = "at " + p + (point == null ? "" : ", from " + (side > 0 ? "above" : "below"));
                if (r.kind() == LimitApproach.Kind.UNDEFINED) {
                    // beyond even the wide range: a finite limit is refuted only by a magnitude that outgrows it in the log domain
                    java.util.Optional<LogDomainApproach.Growth> unbounded = value == null || r.noValue() ? java.util.Optional.empty()
                            : new LogDomainApproach(deadline).unbounded(f, var, point, point == null ? infiniteSign : side, p);
                    if (unbounded.isPresent()) {
                        return refuted(where + ": " + unbounded.get().evidence() + "; no finite limit, but the claimed limit is "
                                + Numbers.show(claimed.value(), 16) + " (the ordinary approach: " + r.trail() + ")", p);
                    }
                    skipped.add(p + " (" + r.trail() + ")");
                    none.noValue(where, r.trail(), r.noValue() && noValueOnTheOtherSides(approach, f, var, point, side, sides, p));
                    pointOk = false;
                    break;
                }
                if (value == null) {
                    boolean ok = r.kind() == LimitApproach.Kind.DIVERGES && isRealWithSign(r.value(), valueSign);
                    if (!ok && r.kind() == LimitApproach.Kind.CONVERGED) {
                        return refuted(where + ": the approach converges to " + Numbers.show(r.value(), 16)
                                + " (error <= " + Numbers.sci(r.error()) + "), not to " + (valueSign > 0 ? "" : "-") + "Infinity; " + r.trail(), p);
                    }
                    if (!ok) {
                        skipped.add(p + " (no clear divergence: " + r.trail() + ")");
                        pointOk = false;
                        break;
                    }
                    continue;
                }
                if (r.kind() == LimitApproach.Kind.DIVERGES) {
                    return refuted(where + ": the approach diverges (" + r.trail() + "), but the claimed limit is "
                            + Numbers.show(claimed.value(), 16), p);
                }
                if (r.kind() == LimitApproach.Kind.DRIFTS) {
                    return refuted(where + ": the approach drifts one way by steps that do not shrink (" + r.trail()
                            + "): no finite limit, but the claimed limit is " + Numbers.show(claimed.value(), 16), p);
                }
                if (r.kind() == LimitApproach.Kind.NO_CONVERGENCE) {
                    skipped.add(p + " (no convergence: " + r.trail() + ")");
                    pointOk = false;
                    break;
                }
                BigDecimal scale = Numbers.max(r.scale(), claimed.magnitude());
                Comparison c = Comparison.of(r.value(), r.error(), claimed.value(), claimed.error(), Tolerances.REQUIRED_DIGITS);
                double reached = Comparison.agreedDigits(Numbers.sum(r.error(), claimed.error()), scale);
                if (c.result() == Comparison.Result.DIFFERENT) {
                    return refuted(where + ": limit ~ " + Numbers.show(r.value(), 16) + " (approach error <= "
                            + Numbers.sci(r.error()) + "), claimed " + Numbers.show(claimed.value(), 16) + ", |difference| = "
                            + Numbers.sci(c.difference()) + "; " + r.trail(), p);
                }
                if (c.result() == Comparison.Result.UNDECIDED || reached < Tolerances.LIMIT_REQUIRED_DIGITS) {
                    skipped.add(p + " (approach reached only " + (int) reached + " digits)");
                    pointOk = false;
                    break;
                }
                pointDigits = Math.min(pointDigits, Math.min(reached, Comparison.agreedDigits(c.difference(), scale)));
            }
            if (pointOk) {
                agreeing++;
                minDigits = Math.min(minDigits, pointDigits);
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("points", agreeing);
        details.put("sides", sides.size() == 2 ? "both" : (sides.get(0) > 0 ? "above" : "below"));
        details.put("approach", point == null ? "x = 10^(2k), k = 1.." + Tolerances.LIMIT_STEPS
                : "h = 10^(-" + Tolerances.LIMIT_STEP_DIGITS + "k), k = 1.." + Tolerances.LIMIT_STEPS);
        details.put("min_digits", Double.isInfinite(minDigits) ? "all" : String.valueOf((int) Math.floor(minDigits)));
        PointDetails.putCounted(details, "skipped", skipped);
        if (agreeing < wanted) {
            return new NumericOutcome(NumericOutcome.Status.INCONCLUSIVE, "only " + agreeing + " of " + wanted
                    + " parameter points decided" + (skipped.isEmpty() ? "" : "; e.g. " + skipped.get(0)), details, none.fact());
        }
        String digits = value == null ? "diverges to " + (valueSign > 0 ? "" : "-") + "Infinity"
                : "agrees to >= " + (Double.isInfinite(minDigits) ? "all" : String.valueOf(Math.min(60, (int) Math.floor(minDigits)))) + " digits";
        String summary = "approach " + details.get("approach") + " from " + details.get("sides") + " side(s) at "
                + agreeing + " parameter point(s): " + digits + " (required " + Tolerances.LIMIT_REQUIRED_DIGITS + ")"
                + (skipped.isEmpty() ? "" : "; " + skipped.size() + " points skipped");
        return new NumericOutcome(NumericOutcome.Status.AGREES, summary, details);
    }

    /**
     * The approach from {@code side} had no value at any step: whether it was the first side tried and the
     * others (a two-sided limit tries above first) have none either, so that the point has no value from
     * any side the claim names.
     */
    private static boolean noValueOnTheOtherSides(LimitApproach approach, Expr f, String var, Expr point, int side,
            List<Integer> sides, Point p) {
        if (sides.indexOf(side) != 0) {
            return false;
        }
        for (int other : sides.subList(1, sides.size())) {
            if (!approach.approach(f, var, point, other, p).noValue()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRealWithSign(BigComplex v, int sign) {
        boolean realEnough = v.im.signum() == 0 || Numbers.log10(v.im.abs()) < Numbers.log10(v.re.abs()) - 6;
        return realEnough && v.re.signum() == sign;
    }

    private static NumericOutcome refuted(String summary, Point p) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("point", p.toString());
        return new NumericOutcome(NumericOutcome.Status.REFUTED, summary, details);
    }
}

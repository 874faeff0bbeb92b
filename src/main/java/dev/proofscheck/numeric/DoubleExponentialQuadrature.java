package dev.proofscheck.numeric;

import ch.obermuhlner.math.big.BigComplex;
import ch.obermuhlner.math.big.BigDecimalMath;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * High-precision quadrature by double-exponential substitution (Takahasi–Mori): tanh-sinh on a finite
 * interval, exp-sinh on a half-line, sinh-sinh on the whole line. Robust to integrable end-point
 * singularities; the step is halved until two levels agree, and their difference is the error bound
 * (a generous one: the method roughly doubles its digits per level).
 */
public final class DoubleExponentialQuadrature {
    /** Abscissae beyond |t| = T_MAX carry weights far below any working precision used here. */
    private static final double T_MAX = 6.0;
    /** Terms smaller than 10^-(precision + NEGLIGIBLE_MARGIN) of the largest one end the march outward. */
    private static final int NEGLIGIBLE_MARGIN = 5;
    private static final int MIN_LEVELS = 3;

    /** Shape of the range being integrated over. */
    public enum Range { FINITE, TO_INFINITY, WHOLE_LINE }

    /**
     * Result: value, error bound (level difference + rounding + truncated tail), levels used, integrand
     * evaluations, and the integral of |f| (the scale against which cancellation is measured).
     */
    public record Result(BigComplex value, BigDecimal error, int levels, int evaluations, BigDecimal absIntegral) {
        public Result(BigComplex value, BigDecimal error, int levels, int evaluations) {
            this(value, error, levels, evaluations, Numbers.abs(value));
        }
    }

    /** Rounding of the sums: each term carries ~10^-precision relative error; 10^3 covers accumulation over the nodes. */
    private static final int ROUNDING_MARGIN_DIGITS = 3;

    /** A node of the standard rule: offset {@code u} (its meaning depends on the range) and weight. */
    private record Node(BigDecimal u, BigDecimal weight) {}

    private static final Map<String, List<Node>> NODE_CACHE = new ConcurrentHashMap<>();

    private final int precision;
    private final MathContext mc;
    private final int targetDigits;
    private final Deadline deadline;

    public DoubleExponentialQuadrature(int precision, int targetDigits, Deadline deadline) {
        this.precision = precision;
        this.mc = new MathContext(precision);
        this.targetDigits = targetDigits;
        this.deadline = deadline;
    }

    /** Something that gives the integrand's value at an abscissa. */
    @FunctionalInterface
    public interface Integrand {
        BigComplex at(BigDecimal x) throws EvaluationException;
    }

    /** Integrates over [a, b] (FINITE), [a, inf) (TO_INFINITY; b ignored) or the whole line (a, b ignored). */
    public Result integrate(Integrand f, Range range, BigDecimal a, BigDecimal b) throws EvaluationException {
        BigComplex previous = null;
        BigComplex sum = BigComplex.ZERO;
        BigDecimal absSum = BigDecimal.ZERO;
        BigDecimal tail = BigDecimal.ZERO;
        boolean untrustedTail = false;
        int evaluations = 0;
        BigDecimal half = b == null || a == null ? null : b.subtract(a).divide(BigDecimal.valueOf(2), mc);
        for (int level = 0; level <= Tolerances.QUADRATURE_MAX_LEVELS; level++) {
            BigDecimal h = BigDecimal.ONE.divide(BigDecimal.valueOf(2).pow(level));
            BigComplex levelSum = BigComplex.ZERO;
            BigDecimal levelAbs = BigDecimal.ZERO;
            for (int side : new int[] {1, -1}) {
                BigDecimal largest = BigDecimal.ZERO;
                BigDecimal lastTerm = null;
                int negligibleRun = 0;
                boolean endedEarly = false;
                for (Node n : nodes(range, level, side)) {
                    deadline.check();
                    BigDecimal x = abscissa(range, n.u(), side, a, b, half);
                    if (x == null) {
                        endedEarly = true;
                        break;
                    }
                    BigComplex fx;
                    try {
                        fx = f.at(x);
                    } catch (EvaluationException e) {
                        // far out, where the terms have already died away, an overflow (e.g. Exp[-x^2/2] at
                        // x = 6704) ends the march; the last term then bounds what is cut off
                        boolean diedAway = lastTerm != null && largest.signum() > 0
                                && Numbers.log10(lastTerm) < Numbers.log10(largest) - targetDigits - NEGLIGIBLE_MARGIN;
                        if (negligibleRun > 0 || diedAway) {
                            tail = tail.add(lastTerm == null ? BigDecimal.ZERO : lastTerm);
                            endedEarly = true;
                            break;
                        }
                        throw new EvaluationException("integrand has no value at x = " + Numbers.showReal(x, 12) + ": " + e.getMessage());
                    }
                    evaluations++;
                    BigComplex term = fx.multiply(n.weight(), mc);
                    levelSum = levelSum.add(term, mc);
                    BigDecimal m = Numbers.abs(term);
                    levelAbs = levelAbs.add(m);
                    lastTerm = m;
                    if (m.compareTo(largest) > 0) {
                        largest = m;
                    }
                    boolean negligible = largest.signum() == 0 || Numbers.log10(m) < Numbers.log10(largest) - precision - NEGLIGIBLE_MARGIN;
                    negligibleRun = negligible ? negligibleRun + 1 : 0;
                    if (negligibleRun >= 3) {
                        endedEarly = true;
                        break;
                    }
                }
                if (!endedEarly && negligibleRun == 0 && range != Range.FINITE && lastTerm != null) {
                    boolean towardsInfinity = range == Range.WHOLE_LINE || side > 0;
                    boolean diedAway = largest.signum() > 0
                            && Numbers.log10(lastTerm) < Numbers.log10(largest) - targetDigits - NEGLIGIBLE_MARGIN;
                    if (towardsInfinity || !diedAway) {
                        // the nodes ran out while the terms were still significant (a slowly decaying tail such as
                        // t^-1.005): what lies beyond is unknown, so the result is not trusted at all
                        untrustedTail = true;
                    } else {
                        // towards the finite end of a half-line the weights fall double-exponentially (at twice
                        // the precision the last node, t = -5.5 at level 1, is ~1e-83 of the largest term, above
                        // 10^-precision but far below the target): the last term bounds what the nodes leave out
                        tail = tail.add(lastTerm);
                    }
                }
            }
            BigComplex scaledLevel = levelSum.multiply(h, mc);
            if (range == Range.FINITE) {
                scaledLevel = scaledLevel.multiply(half, mc);
            }
            BigDecimal scaledAbs = levelAbs.multiply(h, mc);
            if (range == Range.FINITE) {
                scaledAbs = scaledAbs.multiply(half.abs(), mc);
            }
            sum = level == 0 ? scaledLevel : sum.divide(BigDecimal.valueOf(2), mc).add(scaledLevel, mc);
            absSum = level == 0 ? scaledAbs : absSum.divide(BigDecimal.valueOf(2), mc).add(scaledAbs, mc);
            BigDecimal rounding = absSum.multiply(Numbers.tenTo(-(precision - ROUNDING_MARGIN_DIGITS)));
            if (previous != null && level >= MIN_LEVELS) {
                BigDecimal err = Numbers.abs(sum.subtract(previous));
                // converged relative to the integral of |f|: for an integral that cancels to 0 that is the only scale
                if (untrustedTail) {
                    return new Result(sum, absSum.add(Numbers.abs(sum)), level, evaluations, absSum);
                }
                if (err.signum() == 0 || Numbers.log10(err) <= Numbers.log10(Numbers.max(Numbers.abs(sum), absSum)) - targetDigits) {
                    return new Result(sum, err.add(rounding).add(tail), level, evaluations, absSum);
                }
            }
            previous = sum;
        }
        BigDecimal err = Numbers.abs(sum.subtract(previous)).add(absSum.multiply(Numbers.tenTo(-(precision - ROUNDING_MARGIN_DIGITS)))).add(tail);
        if (untrustedTail) {
            err = err.add(absSum).add(Numbers.abs(sum));
        }
        return new Result(sum, err, Tolerances.QUADRATURE_MAX_LEVELS, evaluations, absSum);
    }

    /** Maps a standard node to an abscissa; null when it can no longer be told apart from the end point. */
    private BigDecimal abscissa(Range range, BigDecimal u, int side, BigDecimal a, BigDecimal b, BigDecimal half) {
        switch (range) {
            case FINITE: {
                // u is the complement 1 - |tanh(...)|: x = b - half*u on the right, a + half*u on the left
                BigDecimal offset = half.multiply(u, mc);
                BigDecimal end = side > 0 ? b : a;
                BigDecimal x = side > 0 ? b.subtract(offset, mc) : a.add(offset, mc);
                return x.compareTo(end) == 0 ? null : x;
            }
            case TO_INFINITY: {
                BigDecimal x = a.add(u, mc);
                return x.compareTo(a) == 0 ? null : x;
            }
            default:
                return u;
        }
    }

    /**
     * Standard nodes for one level and one side, in order of increasing |t| (for levels above 0, only
     * the new odd multiples of the step). Weights include the substitution's Jacobian.
     */
    private List<Node> nodes(Range range, int level, int side) {
        String key = range + "/" + precision + "/" + level + "/" + side;
        return NODE_CACHE.computeIfAbsent(key, k -> computeNodes(range, level, side));
    }

    private List<Node> computeNodes(Range range, int level, int side) {
        List<Node> out = new ArrayList<>();
        MathContext wide = new MathContext(precision + 10);
        BigDecimal halfPi = BigDecimalMath.pi(wide).divide(BigDecimal.valueOf(2), wide);
        BigDecimal h = BigDecimal.ONE.divide(BigDecimal.valueOf(2).pow(level));
        int stride = level == 0 ? 1 : 2;
        int first = level == 0 ? (side > 0 ? 0 : 1) : 1;
        BigDecimal tiny = Numbers.tenTo(-3 * precision);
        for (int j = first; j * h.doubleValue() <= T_MAX; j += stride) {
            BigDecimal t = h.multiply(BigDecimal.valueOf(j));
            if (side < 0) {
                t = t.negate();
            }
            BigDecimal et = BigDecimalMath.exp(t, wide);
            BigDecimal eMinusT = BigDecimal.ONE.divide(et, wide);
            BigDecimal sinhT = et.subtract(eMinusT).divide(BigDecimal.valueOf(2), wide);
            BigDecimal coshT = et.add(eMinusT).divide(BigDecimal.valueOf(2), wide);
            BigDecimal s = halfPi.multiply(sinhT, wide);
            switch (range) {
                case FINITE: {
                    // |x| -> 1 as |t| grows; keep the complement 1 - tanh(|s|) = 2/(1 + e^(2|s|)) exactly
                    BigDecimal e2 = BigDecimalMath.exp(s.abs().multiply(BigDecimal.valueOf(2)), wide);
                    BigDecimal complement = BigDecimal.valueOf(2).divide(BigDecimal.ONE.add(e2), wide);
                    // sech^2(s) = complement * (2 - complement)
                    BigDecimal sech2 = complement.multiply(BigDecimal.valueOf(2).subtract(complement), wide);
                    out.add(new Node(complement.round(mc), halfPi.multiply(coshT, wide).multiply(sech2, mc)));
                    if (complement.compareTo(tiny) < 0) {
                        return out;
                    }
                    break;
                }
                case TO_INFINITY: {
                    BigDecimal e = BigDecimalMath.exp(s, wide);
                    out.add(new Node(e.round(mc), halfPi.multiply(coshT, wide).multiply(e, mc)));
                    break;
                }
                default: {
                    BigDecimal es = BigDecimalMath.exp(s, wide);
                    BigDecimal eMinusS = BigDecimal.ONE.divide(es, wide);
                    BigDecimal x = es.subtract(eMinusS).divide(BigDecimal.valueOf(2), mc);
                    BigDecimal coshS = es.add(eMinusS).divide(BigDecimal.valueOf(2), wide);
                    out.add(new Node(x, halfPi.multiply(coshT, wide).multiply(coshS, mc)));
                }
            }
        }
        return out;
    }
}

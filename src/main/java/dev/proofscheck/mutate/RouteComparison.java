package dev.proofscheck.mutate;

import ch.obermuhlner.math.big.BigComplex;
import dev.proofscheck.model.Relation;
import dev.proofscheck.numeric.Numbers;
import java.math.BigDecimal;

/**
 * The independent route's decision of {@code lhs op rhs} at one point, from each side evaluated at two
 * precisions (their change is the rounding noise). Its thresholds are its own, not the checker's
 * ({@code Comparison}/{@code RelationCheck}): equal within {@link #EQUAL_REL} relative or
 * {@link #NOISE_MARGIN} times the noise, different beyond {@link #DIFFERENT_REL}; anything between is
 * undecided. An inequality between values that are clearly not real fails (as the claim kind defines).
 */
final class RouteComparison {
    /** Sides equal when they differ by at most this relative amount (far below any edit, far above rounding). */
    static final double EQUAL_REL = 1e-40;
    /** A difference within this many times the rounding noise is rounding (the noise over-estimates the error). */
    static final int NOISE_MARGIN = 1000;
    /** Sides differ when they differ by more than this relative amount (a one-edit change is O(1)). */
    static final double DIFFERENT_REL = 1e-12;

    private RouteComparison() {}

    /** A decision and, when it is not HOLDS, why. */
    record AtPoint(Truth.Kind kind, String why) {}

    /**
     * {@code l[1] op r[1]}, with {@code l[0]}, {@code r[0]} the same values at half the precision.
     * Equalities compare the complex values, inequalities the real parts.
     */
    static AtPoint decide(BigComplex[] l, Relation.Operator op, BigComplex[] r) {
        BigDecimal noise = Numbers.abs(l[1].subtract(l[0])).add(Numbers.abs(r[1].subtract(r[0])))
                .multiply(BigDecimal.valueOf(NOISE_MARGIN));
        BigDecimal scale = Numbers.max(Numbers.abs(l[1]), Numbers.abs(r[1]));
        String shown = Numbers.show(l[1], 12) + " vs " + Numbers.show(r[1], 12);
        if (op.isEquality()) {
            AtPoint a = equality(Numbers.abs(l[1].subtract(r[1])), noise, scale);
            return a.kind() == Truth.Kind.FAILS ? new AtPoint(Truth.Kind.FAILS, shown) : a;
        }
        for (BigComplex side : new BigComplex[] {l[1], r[1]}) {
            BigDecimal im = side.im.abs();
            if (im.compareTo(noise) > 0 && relative(im, Numbers.abs(side)) > DIFFERENT_REL) {
                return new AtPoint(Truth.Kind.FAILS, Numbers.show(side, 12) + " is not real");
            }
            if (im.compareTo(noise) > 0 && relative(im, Numbers.abs(side)) > EQUAL_REL) {
                return new AtPoint(Truth.Kind.UNDECIDED, "a side has a small imaginary part");
            }
        }
        boolean lessWanted = op == Relation.Operator.LESS || op == Relation.Operator.LESS_EQUAL;
        BigDecimal gap = lessWanted ? r[1].re.subtract(l[1].re) : l[1].re.subtract(r[1].re);
        BigDecimal equalBand = Numbers.max(noise, scale.multiply(BigDecimal.valueOf(EQUAL_REL)));
        if (gap.compareTo(equalBand) > 0) {
            return new AtPoint(Truth.Kind.HOLDS, null);
        }
        if (gap.abs().compareTo(equalBand) <= 0) {
            return op.strict() ? new AtPoint(Truth.Kind.UNDECIDED, "sides equal: a strict inequality is not confirmed")
                    : new AtPoint(Truth.Kind.HOLDS, null);
        }
        BigDecimal clear = Numbers.max(noise, scale.multiply(BigDecimal.valueOf(DIFFERENT_REL)));
        return gap.negate().compareTo(clear) > 0 ? new AtPoint(Truth.Kind.FAILS, shown + ", so " + op.symbol() + " fails")
                : new AtPoint(Truth.Kind.UNDECIDED, "violated by less than " + DIFFERENT_REL + " relative");
    }

    /**
     * Equality from the size of the difference, the rounding noise (already multiplied by
     * {@link #NOISE_MARGIN}) and the size of the values.
     */
    static AtPoint equality(BigDecimal diff, BigDecimal noise, BigDecimal scale) {
        boolean aboveNoise = diff.compareTo(noise) > 0;
        if (aboveNoise && relative(diff, scale) > DIFFERENT_REL) {
            return new AtPoint(Truth.Kind.FAILS, "differ by " + Numbers.sci(diff) + " relative to " + Numbers.sci(scale));
        }
        return !aboveNoise || relative(diff, scale) <= EQUAL_REL ? new AtPoint(Truth.Kind.HOLDS, null)
                : new AtPoint(Truth.Kind.UNDECIDED, "differ by " + Numbers.sci(diff) + ": between the thresholds");
    }

    /** |diff| / scale as a double (0 when diff is 0), valid far outside double range. */
    static double relative(BigDecimal diff, BigDecimal scale) {
        if (diff.signum() == 0) {
            return 0;
        }
        if (scale.signum() == 0) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.pow(10, Numbers.log10(diff) - Numbers.log10(scale));
    }
}

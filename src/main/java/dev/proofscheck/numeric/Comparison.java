package dev.proofscheck.numeric;

import ch.obermuhlner.math.big.BigComplex;
import java.math.BigDecimal;

/**
 * Compares two estimated values: equal within their measured rounding errors plus a relative
 * tolerance of 10^-digits, different when the gap is clearly beyond both, undecided in between.
 */
public final class Comparison {
    /** The verdict on one pair of values. */
    public enum Result { EQUAL, DIFFERENT, UNDECIDED }

    private final Result result;
    private final BigDecimal difference;
    private final BigDecimal tolerance;
    private final double agreedDigits;
    private final boolean withinRoundingOnly;

    private Comparison(Result result, BigDecimal difference, BigDecimal tolerance, double agreedDigits, boolean withinRoundingOnly) {
        this.result = result;
        this.difference = difference;
        this.tolerance = tolerance;
        this.agreedDigits = agreedDigits;
        this.withinRoundingOnly = withinRoundingOnly;
    }

    /** Compares {@code a} and {@code b}, asking for {@code digits} digits of relative agreement. */
    public static Comparison of(Estimate a, Estimate b, int digits) {
        return of(a.value(), a.error(), b.value(), b.error(), digits);
    }

    public static Comparison of(BigComplex a, BigDecimal errA, BigComplex b, BigDecimal errB, int digits) {
        // every sum rounded: the values may be as large as 10^(4e8) beside errors of 10^-100
        BigDecimal diff = Numbers.abs(Numbers.difference(a, b));
        BigDecimal scale = Numbers.max(Numbers.abs(a), Numbers.abs(b));
        BigDecimal relTol = scale.multiply(Numbers.tenTo(-digits));
        BigDecimal noise = Numbers.sum(errA, errB);
        BigDecimal tol = Numbers.sum(relTol, noise);
        double agreed = agreedDigits(diff, scale);
        if (diff.compareTo(tol) <= 0) {
            return new Comparison(Result.EQUAL, diff, tol, agreed, diff.compareTo(relTol) > 0);
        }
        BigDecimal clearGap = Numbers.sum(relTol, noise.multiply(BigDecimal.valueOf(Tolerances.DISAGREEMENT_NOISE_FACTOR)));
        Result r = diff.compareTo(clearGap) > 0 ? Result.DIFFERENT : Result.UNDECIDED;
        return new Comparison(r, diff, tol, agreed, false);
    }

    static double agreedDigits(BigDecimal diff, BigDecimal scale) {
        if (diff.signum() == 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (scale.signum() == 0) {
            return 0;
        }
        return Numbers.log10(scale) - Numbers.log10(diff);
    }

    public Result result() {
        return result;
    }

    public BigDecimal difference() {
        return difference;
    }

    public BigDecimal tolerance() {
        return tolerance;
    }

    /**
     * Equal only because the gap is below the measured rounding error, not within the relative
     * tolerance: typical when both sides are (near) zero, where relative digits mean nothing.
     */
    public boolean withinRoundingOnly() {
        return withinRoundingOnly;
    }

    /** Relative digits of agreement (infinite when the values coincide at working precision). */
    public double agreedDigits() {
        return agreedDigits;
    }
}

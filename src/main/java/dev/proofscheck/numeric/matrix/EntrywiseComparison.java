package dev.proofscheck.numeric.matrix;

import dev.proofscheck.numeric.Comparison;
import dev.proofscheck.numeric.Numbers;
import dev.proofscheck.numeric.Tolerances;
import java.math.BigDecimal;

/**
 * Compares two evaluated matrices entry by entry. The relative tolerance is 10^-30 of the largest entry
 * magnitude of either side (an entry that should be 0 is judged against the matrix's scale, not its
 * own), plus the two entries' measured rounding errors; an entry differs only when its gap is beyond the
 * relative tolerance plus {@link Tolerances#DISAGREEMENT_NOISE_FACTOR} times the rounding errors, the
 * same rule as the scalar {@link Comparison}. Reports the worst entry.
 *
 * @param row 0-based position of the worst entry (largest gap relative to its tolerance)
 * @param agreedDigits digits of agreement relative to the scale (infinite when equal at working precision)
 */
public record EntrywiseComparison(Comparison.Result result, int row, int col, BigDecimal difference,
        BigDecimal tolerance, BigDecimal scale, double agreedDigits, boolean withinRoundingOnly) {

    public static EntrywiseComparison of(MatrixEstimate l, MatrixEstimate r) {
        BigMatrix a = l.value();
        BigMatrix b = r.value();
        if (a.rows() != b.rows() || a.cols() != b.cols()) {
            throw new IllegalArgumentException("sides of different shapes: " + a.shape() + " and " + b.shape());
        }
        BigDecimal scale = a.maxAbs().max(b.maxAbs());
        BigDecimal relTol = scale.multiply(Numbers.tenTo(-Tolerances.REQUIRED_DIGITS));
        Comparison.Result result = Comparison.Result.EQUAL;
        int wi = 0;
        int wj = 0;
        BigDecimal worstDiff = BigDecimal.ZERO;
        BigDecimal worstTol = relTol;
        double worstRatio = Double.NEGATIVE_INFINITY;
        BigDecimal maxDiff = BigDecimal.ZERO;
        boolean roundingOnly = false;
        for (int i = 0; i < a.rows(); i++) {
            for (int j = 0; j < a.cols(); j++) {
                BigDecimal diff = Numbers.abs(a.get(i, j).subtract(b.get(i, j)));
                BigDecimal noise = l.error()[i][j].add(r.error()[i][j]);
                BigDecimal tol = relTol.add(noise);
                maxDiff = maxDiff.max(diff);
                Comparison.Result here;
                if (diff.compareTo(tol) <= 0) {
                    here = Comparison.Result.EQUAL;
                    roundingOnly |= diff.compareTo(relTol) > 0;
                } else if (diff.compareTo(relTol.add(noise.multiply(BigDecimal.valueOf(Tolerances.DISAGREEMENT_NOISE_FACTOR)))) > 0) {
                    here = Comparison.Result.DIFFERENT;
                } else {
                    here = Comparison.Result.UNDECIDED;
                }
                double ratio = tol.signum() == 0 ? (diff.signum() == 0 ? 0 : Double.MAX_VALUE)
                        : Numbers.log10(diff.max(Numbers.tenTo(-100_000))) - Numbers.log10(tol);
                if (rank(here) > rank(result) || (rank(here) == rank(result) && ratio > worstRatio)) {
                    result = rank(here) > rank(result) ? here : result;
                    wi = i;
                    wj = j;
                    worstDiff = diff;
                    worstTol = tol;
                    worstRatio = ratio;
                }
            }
        }
        double digits = maxDiff.signum() == 0 ? Double.POSITIVE_INFINITY
                : scale.signum() == 0 ? 0 : Numbers.log10(scale) - Numbers.log10(maxDiff);
        return new EntrywiseComparison(result, wi, wj, worstDiff, worstTol, scale, digits, roundingOnly);
    }

    private static int rank(Comparison.Result r) {
        return switch (r) {
            case EQUAL -> 0;
            case UNDECIDED -> 1;
            case DIFFERENT -> 2;
        };
    }
}

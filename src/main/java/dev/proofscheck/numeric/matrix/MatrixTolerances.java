package dev.proofscheck.numeric.matrix;

/**
 * The constants of the matrix-identity check, each with the reason for its value. The precisions, the
 * 30 required digits and the noise factor are the scalar checker's ({@link dev.proofscheck.numeric.Tolerances}).
 */
public final class MatrixTolerances {
    private MatrixTolerances() {}

    /** Random draws per choice of sizes: a false identity fails on almost every draw, so three is ample; more
     *  draws per size buy less than more sizes. */
    public static final int DRAWS_PER_SIZE = 3;

    /** Most draws a claim may ask for per choice of sizes (keeps a claim within its time limit). */
    public static final int MAX_DRAWS_PER_SIZE = 10;

    /** Attempts per wanted draw before a choice of sizes is given up (draws on which a side has no value,
     *  e.g. an Inverse of a singular matrix, are skipped). */
    public static final int ATTEMPTS_PER_DRAW = 3;

    /** Most combinations of sizes a claim may ask for (the sizes lists are crossed): bounds the run time. */
    public static final int MAX_SIZE_COMBINATIONS = 36;

    /** Largest dimension a size may take: an 8 x 8 elimination at 100 digits takes milliseconds, 40 x 40 still
     *  well under a second even after two precision raises. */
    public static final int MAX_SIZE = 40;

    /** Significant digits of drawn entries (uniform on (-1, 1)): short exact decimals. */
    public static final int ENTRY_DIGITS = 6;

    /**
     * A rank decision (pseudo-inverse) counts a pivot as zero below 10^-(p/RANK_PRECISION_DIVISOR) times the
     * largest entry, p the lower working precision: at p = 50 that is 1e-25, far above the rounding residue
     * of a dependent column (about 1e-45 for the moderately conditioned matrices drawn here) and far below
     * the pivots of independent ones. Both precisions of a check use the same threshold, so they take the
     * same rank decision and their difference stays a measure of rounding only.
     */
    public static final int RANK_PRECISION_DIVISOR = 2;

    /**
     * An Inverse is refused as singular when a pivot is below 10^-(p - INVERSE_GUARD_DIGITS) times the largest
     * entry: within 10 digits of the rounding level a pivot cannot be told from zero. A genuinely nearly
     * singular matrix (a regularisation delta of 1e-40, say) is then retried at a raised precision.
     */
    public static final int INVERSE_GUARD_DIGITS = 10;

    /**
     * A side counts as zero at the working precision p (and its precision is not raised) when its value at
     * 2p is below its rounding error times 10^-(p/ZERO_PRECISION_DIVISOR): a true value does not shrink by
     * 25 orders of magnitude when the precision is doubled, rounding residue of an exact zero (such as
     * I - S^+ S for an invertible S) does. Raising the precision would only push the residue further down.
     * A genuine value that small is still told from zero by the comparison: the 2p value is accurate far
     * below the 50-digit rounding error that sets the tolerance.
     */
    public static final int ZERO_PRECISION_DIVISOR = 2;

    /** Largest |k| of MatrixPower[A, k]: repeated products beyond this are an input mistake, not a claim. */
    public static final int MAX_MATRIX_POWER = 64;
}

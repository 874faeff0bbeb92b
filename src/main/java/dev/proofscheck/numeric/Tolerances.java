package dev.proofscheck.numeric;

/**
 * Every precision and tolerance the numeric checker uses, with the reason for its value. Working
 * precisions are in significant decimal digits.
 */
public final class Tolerances {
    private Tolerances() {}

    /** Digits of relative agreement a claim must reach at every point to count as verified (issue: at least 30). */
    public static final int REQUIRED_DIGITS = 30;

    /**
     * Base working precision. Each value is computed at this precision and at twice it; their difference
     * is the value's rounding error. 50 digits leaves 20 digits of head-room above {@link #REQUIRED_DIGITS}
     * for moderate cancellation before the precision has to be raised.
     */
    public static final int BASE_PRECISION = 50;

    /** When cancellation eats the head-room, the precision is raised by this factor, at most this often. */
    public static final int PRECISION_RAISE_FACTOR = 4;
    public static final int MAX_PRECISION_RAISES = 2;

    /**
     * A point disagrees only when the difference exceeds this many times the combined rounding errors
     * (plus the relative tolerance): the rounding-error estimate is the distance between the two
     * precisions, itself far larger than the error of the higher one, so a factor 10 above it is
     * already a wide margin.
     */
    public static final int DISAGREEMENT_NOISE_FACTOR = 10;

    /** Points sampled per claim (issue: at least 20, including points near the domain's ends). */
    public static final int SAMPLE_POINTS = 20;

    /** Candidate points tried at most, to find {@link #SAMPLE_POINTS} where both sides have a value. */
    public static final int MAX_CANDIDATE_POINTS = 60;

    /** Relative distance from an open end at which the near-end points are taken. */
    public static final String NEAR_END_OFFSET = "0.000001";

    /**
     * Approach sequence for limits: h_k = 10^(-LIMIT_STEP_DIGITS*k), k = 1..LIMIT_STEPS (down to 1e-40).
     * Differences of successive values bound the error of the last one when the approach converges
     * like a positive power of h.
     */
    public static final int LIMIT_STEPS = 10;
    public static final int LIMIT_STEP_DIGITS = 4;

    /** Digits a limit estimate must reach (after the approach error) to decide agreement. */
    public static final int LIMIT_REQUIRED_DIGITS = 10;

    /** Target digits for quadrature; the error estimate is the change between refinement levels. */
    public static final int QUADRATURE_DIGITS = 30;
    public static final int QUADRATURE_MAX_LEVELS = 8;
}

package dev.proofscheck.numeric;

/**
 * The constants of the fixed-point, inequality, rate and ODE checks, each with the reason for its value
 * (the common ones, such as the 30 required digits, are in {@link Tolerances}).
 */
public final class SolverTolerances {
    private SolverTolerances() {}

    /**
     * Newton iterations allowed per solve. From a reasonable start Newton needs about 10 iterations to
     * reach the basin and then doubles its digits each step; 60 leaves room for the damped phase, while
     * a start that wanders for longer is reported as not converging rather than trusted.
     */
    public static final int NEWTON_MAX_ITERATIONS = 60;

    /**
     * Newton has converged when the last step is below 10^-(precision - NEWTON_GUARD_DIGITS) relative:
     * the Jacobian is a finite-difference one (accurate to about 2/3 of the working digits), so the last
     * few digits of a step are noise; 10 guard digits leave 40 of 50 digits, well above the 30 required.
     */
    public static final int NEWTON_GUARD_DIGITS = 10;

    /** Step halvings allowed when a Newton step increases the residual (damping far from the root). */
    public static final int NEWTON_MAX_HALVINGS = 30;

    /**
     * Damped fixed-point iterations allowed before Newton is retried, and the relative step at which they
     * stop: they only need to bring the start into Newton's basin (a few digits), not to converge.
     */
    public static final int PICARD_MAX_ITERATIONS = 2000;
    public static final int PICARD_DIGITS = 8;

    /** A Newton iterate beyond this magnitude is taken to diverge: such a solution is no longer the one meant. */
    public static final double NEWTON_DIVERGENCE = 1e40;

    /**
     * Two roots found from different starts are the same root when they agree to this many digits
     * (relative): both are accurate to about 40 digits, and distinct roots of the systems we meet differ
     * in the first few.
     */
    public static final int SAME_ROOT_DIGITS = 20;

    /**
     * A fixed-point claim is inconclusive when more sampled points than this are undecided (no root on
     * the branch, several roots, or a relation within rounding): the verdict would otherwise rest on the
     * part of the domain where the solver happened to work. A quarter of the 20 points.
     */
    public static final int MAX_UNDECIDED_POINTS = Tolerances.SAMPLE_POINTS / 4;

    /** The rate's variable runs over 10^RATE_FROM_DECADE .. 10^RATE_TO_DECADE in half-decade steps. */
    public static final int RATE_FROM_DECADE = 2;
    public static final int RATE_TO_DECADE = 8;

    /**
     * The local log-log slope over the last decade must be within this of the exponent to verify.
     * Corrections n^-c to a pure power change the slope at n = 10^8 by about c 10^(-8c): below 10^-4
     * for c >= 1/2; a correction of relative size 1/log n (a lower-order log term) by about
     * 1/log(n)^2 = 3e-3. So 0.01 accepts a power law with such corrections and no more.
     */
    public static final double RATE_SLOPE_TOLERANCE = 0.01;

    /**
     * A rate is refuted when the slopes over the last two decades all differ from the exponent by more
     * than this (5x the verification tolerance): a missing log factor (log n)^b shifts the slope by
     * b/log n = 0.054 b at n = 10^8, so a claimed pure power of something with a log factor is refuted,
     * as it should be; in between the verdict is inconclusive, and the evidence suggests a log power.
     */
    public static final double RATE_REFUTE_GAP = 0.05;

    /**
     * For {@code constant: true}: the ratio expr/(n^a log^b n) must change by less than this (relative)
     * over the last decade. With a pure power law and corrections n^-c, c >= 1/2, the change is below
     * 10^-3.5; a leftover log factor changes it by log(10)/log(10^7.5) = 0.13 or more.
     */
    public static final double RATE_RATIO_DRIFT = 0.01;

    /**
     * Stability margin: an eigenvalue of the Jacobian with |Re| below this (times max(1, largest entry
     * of the Jacobian)) is neither stable nor unstable, and the point is undecided. The Jacobian is
     * computed by central differences at 100 digits with step 10^-25 (error ~10^-50) and its eigenvalues
     * in 100-digit arithmetic; even a 3x3 Jordan block, whose eigenvalues move by the cube root of a
     * perturbation, leaves them accurate to ~10^-16. 10^-12 is four orders above that, and far below any
     * rate we claim about.
     */
    public static final double STABILITY_MARGIN = 1e-12;

    /** Working precision of the Jacobian and its eigenvalues (digits). */
    public static final int JACOBIAN_PRECISION = 100;

    /** Step of the central differences of the Jacobian, relative to max(1, |x|): error ~ step^2 = 10^-50. */
    public static final int JACOBIAN_STEP_DIGITS = 25;

    /**
     * Points an inequality must hold at (ends included), five times the identities' 20: a violation of an
     * inequality often lives on a small region of the domain (a corner, a piece of a piecewise side), and
     * mutation testing found one-edit violations that 20 points missed and 64 found. Two evaluations per
     * point keep this cheap.
     */
    public static final int INEQUALITY_POINTS = 100;

    /**
     * The {@link MarginSearch} after an inequality's sample held: 16 spread points, up to 8 corners, then
     * coordinate descent from the 2 tightest points (6 values and 6 compass steps per line), at most 60
     * evaluations in all (the sample is 100 points). Measured on the 17 corpus files with inequality or
     * fixed-point claims, --threads 1, both versions at once under a load of 13-17: the 26 searched
     * inequality claims took 47 s instead of 32 s, about +4% of those files' 376 s (less for the whole
     * corpus); 40 evaluations missed the violations the search is for (MarginSearchTest). Fixed-point
     * claims are not searched: 8 more Newton solves cost +70% on their 21 claims with an inequality at the
     * solution and found no violation the sample had missed.
     */
    public static final MarginSearch.Budget INEQUALITY_SEARCH = new MarginSearch.Budget(16, 8, 2, 6, 6, 60);

    /**
     * The {@link MarginSearch} after a fixed-point claim's sample held an inequality at the solution
     * ({@link FixedPointMarginSearch}): each point costs a Newton solve (and its derivatives), screened at
     * {@link #SCREEN_PRECISION} digits. 20 spread points, 4 corners, one line scan from the tightest point
     * (3 values and 1 compass step), at most 28 evaluations after the 20 sampled points: just above the 18
     * points the corpus's one such survivor needed (a cost trade-off, measured in docs/guarantees.md).
     */
    public static final MarginSearch.Budget FIXED_POINT_SEARCH = new MarginSearch.Budget(20, 4, 1, 3, 1, 28);

    /**
     * Working precision of the fixed-point margin search's screen (and twice it): enough to see a violation
     * of 10^-6 relative (a derivative's central difference, step 10^-(16/3), is good to ~10^-10), a third of
     * the check's 50/100-digit cost. Only chooses points: the check's own precision decides them.
     */
    public static final int SCREEN_PRECISION = 16;

    /** Digits the screen's ladder asks for before it raises its precision (the check asks for 30). */
    public static final int SCREEN_DIGITS = 8;
}

package dev.proofscheck.sim;

/**
 * How fast a statistic's mean approaches its large-n limit, and how far from it it may be at finite n:
 * the gap is taken to be {@code O(x(n))} with {@code x(n) = n^-rate}, times {@code log n} when
 * {@code logFactor}. The allowance at size n is {@code allowance * scale * x(n)}, where the scale is
 * {@code max(|prediction|, unit)}: a statistic whose limit may be 0 (a distance, an overlap) declares
 * the unit its finite-size gap is measured in.
 *
 * <p>Each statistic declares its own, with the reason (the known finite-size correction it covers) in
 * {@code why}, because the decision rule ({@link DecisionRule}) cannot tell a slow but correct
 * convergence from a wrong limit without knowing the expected order.
 *
 * @param rate exponent of the leading finite-size correction (1 for smooth linear spectral statistics,
 *     2/3 for eigenvalues at a soft edge)
 * @param allowance the constant in front of {@code scale * x(n)}: a bound on the correction, with margin
 * @param unit the smallest scale (0 when the gap is relative to the prediction)
 * @param why the finite-size result the allowance is based on
 */
public record FiniteSize(double rate, boolean logFactor, double allowance, double unit, String why) {
    public FiniteSize {
        if (!(rate > 0) || !(allowance >= 0) || !(unit >= 0)) {
            throw new IllegalArgumentException("rate must be positive and allowance non-negative");
        }
    }

    /** {@code n^-rate}, times {@code log n} when declared. */
    public double x(int n) {
        double v = Math.pow(n, -rate);
        return logFactor ? v * Math.log(n) : v;
    }

    /** The finite-size allowance at size n around {@code prediction}. */
    public double allowance(int n, double prediction) {
        return allowance * Math.max(Math.abs(prediction), unit) * x(n);
    }

    /** {@code n^-1}, {@code n^-2/3}, {@code log(n)/n}: for evidence. */
    public String describe() {
        String r = Math.abs(rate - 1) < 1e-12 ? "n^-1" : Math.abs(rate - 2.0 / 3) < 1e-12 ? "n^-2/3"
                : "n^-" + rate;
        return logFactor ? "log(n) " + r : r;
    }
}

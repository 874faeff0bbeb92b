package dev.proofscheck.sim;

/**
 * The trials at one size: their mean and its standard error (sample standard deviation / sqrt(trials)).
 *
 * @param requested the trials the claim asked for; more than {@code trials} when the budget scaled them down
 */
public record SizeEstimate(int n, int trials, int requested, double mean, double standardError, double seconds) {

    /** Mean and standard error of {@code values}, summed in index order (the same on any thread count). */
    public static SizeEstimate of(int n, int requested, double[] values, double seconds) {
        int t = values.length;
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / t;
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        double se = t > 1 ? Math.sqrt(ss / (t - 1) / t) : Double.NaN;
        return new SizeEstimate(n, t, requested, mean, se, seconds);
    }

    public boolean scaledDown() {
        return trials < requested;
    }
}

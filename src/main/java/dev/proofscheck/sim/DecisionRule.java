package dev.proofscheck.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Decides whether simulated means at increasing sizes support a predicted limit (docs/simulation.md).
 *
 * <p>With gaps {@code g_k = mean_k - prediction}, standard errors {@code s_k}, Student-t quantiles
 * {@code t_k} at {@link #CONFIDENCE} (two-sided, {@code trials - 1} degrees of freedom) and the statistic's
 * finite-size allowance {@code a_k} and form {@code x(n)} ({@link FiniteSize}):
 * <ul>
 *   <li><b>SUPPORTED</b> when (band) {@code |g_K| <= t_K s_K + a_K} at the largest size, and (rate) the gaps
 *   are consistent with {@code g_k = c x(n_k)} for some c, i.e. with a gap that vanishes at the statistic's
 *   rate: the weighted residual sum of squares of that one-parameter fit, with variances
 *   {@code s_k^2 + (RATE_FORM_SLACK a_k x(n_k)/x(n_1))^2}, is within the chi-square quantile at {@link #CONFIDENCE} with
 *   K - 1 degrees of freedom;</li>
 *   <li><b>REFUTED</b> when {@code |g_K| > MANY_STANDARD_ERRORS s_K + a_K} and the gap does not shrink to 0:
 *   either even its lower confidence end at the largest size exceeds what decay at half the declared rate would
 *   leave of the upper end at the smallest, {@code |g_K| - t_K s_K > sqrt(x(n_K)/x(n_1)) (|g_1| + t_1 s_1)}, or
 *   (three sizes or more) the means fitted to {@code L + c x(n)} with the same variances as the rate test
 *   ({@link LimitFit}; the fit's chi-square within its quantile) extrapolate to a limit L more than
 *   {@code MANY_STANDARD_ERRORS} of its standard errors from the prediction;</li>
 *   <li><b>INCONCLUSIVE</b> otherwise, with the test that failed.</li>
 * </ul>
 */
public final class DecisionRule {
    /** Two-sided confidence level of the band at each size. */
    public static final double CONFIDENCE = 0.99;
    /**
     * A refutation needs the gap beyond this many standard errors plus the allowance: at 5 SE a Gaussian
     * mean is off by chance with probability 6e-7, so a corpus of hundreds of claims sees no false refutation.
     */
    public static final double MANY_STANDARD_ERRORS = 5;
    /**
     * The finite-size correction is c x(n) only to leading order: the rate fit tolerates a next-order term of
     * up to half the allowance at the smallest size, shrinking like x(n)^2 (so by x(n_k)/x(n_1) relative to
     * the allowance at size k).
     */
    public static final double RATE_FORM_SLACK = 0.5;
    /** Standard errors are floored at this fraction of the scale: a statistic that is exact in every trial (a bias of 0) has SE 0. */
    static final double SE_FLOOR_RELATIVE = 1e-12;

    private DecisionRule() {}

    public static SimulationDecision decide(List<SizeEstimate> sizes, double prediction, FiniteSize finiteSize) {
        if (sizes.size() < 2) {
            throw new IllegalArgumentException("the decision needs at least two sizes");
        }
        int k = sizes.size();
        double[] g = new double[k];
        double[] s = new double[k];
        double[] t = new double[k];
        double[] a = new double[k];
        double[] x = new double[k];
        List<EvidenceRow> rows = new ArrayList<>();
        double floor = SE_FLOOR_RELATIVE * Math.max(Math.max(Math.abs(prediction), finiteSize.unit()), Double.MIN_NORMAL);
        for (int i = 0; i < k; i++) {
            SizeEstimate e = sizes.get(i);
            g[i] = e.mean() - prediction;
            s[i] = Math.max(e.standardError(), floor);
            t[i] = tQuantile(e.trials());
            a[i] = finiteSize.allowance(e.n(), prediction);
            x[i] = finiteSize.x(e.n());
            rows.add(new EvidenceRow(e.n(), e.trials(), e.requested(), e.mean(), e.standardError(), prediction, g[i],
                    t[i] * s[i] + a[i], a[i]));
        }
        int last = k - 1;
        boolean inBand = Math.abs(g[last]) <= t[last] * s[last] + a[last];
        // one-parameter weighted fit g = c x through the origin
        double num = 0;
        double den = 0;
        double[] v = new double[k];
        for (int i = 0; i < k; i++) {
            // floored: a statistic exact in every trial, predicted exactly, has s = a = 0 and must not give 0/0
            v[i] = Math.max(s[i] * s[i] + Math.pow(RATE_FORM_SLACK * a[i] * x[i] / x[0], 2), Double.MIN_NORMAL);
            num += g[i] * x[i] / v[i];
            den += x[i] * x[i] / v[i];
        }
        double c = num / den;
        double chi2 = 0;
        for (int i = 0; i < k; i++) {
            chi2 += Math.pow(g[i] - c * x[i], 2) / v[i];
        }
        double chi2Limit = new ChiSquaredDistribution(null, k - 1).inverseCumulativeProbability(CONFIDENCE);
        boolean rateOk = chi2 <= chi2Limit;
        String band = String.format(Locale.ROOT, "|gap| %.3g %s %.3g (%.0f%% band %.3g + finite-size allowance %.3g, %s) at n = %d",
                Math.abs(g[last]), inBand ? "<=" : ">", t[last] * s[last] + a[last], 100 * CONFIDENCE, t[last] * s[last], a[last],
                finiteSize.describe(), sizes.get(last).n());
        String rate = String.format(Locale.ROOT, "gaps %s a vanishing c %s (c = %.3g, chi2 = %.2f %s %.2f with %d dof)",
                rateOk ? "consistent with" : "not consistent with", finiteSize.describe(), c, chi2, rateOk ? "<=" : ">", chi2Limit, k - 1);
        if (inBand && rateOk) {
            return new SimulationDecision(SimulationDecision.Outcome.SUPPORTED, band + "; " + rate, rows);
        }
        boolean many = Math.abs(g[last]) > MANY_STANDARD_ERRORS * s[last] + a[last];
        String beyond = String.format(Locale.ROOT, "gap %.3g at n = %d is %.1f standard errors (> %.0f) beyond the allowance %.3g",
                g[last], sizes.get(last).n(), (Math.abs(g[last]) - a[last]) / s[last], MANY_STANDARD_ERRORS, a[last]);
        double halfRate = Math.sqrt(x[last] / x[0]);
        boolean notShrinking = Math.abs(g[last]) - t[last] * s[last] > halfRate * (Math.abs(g[0]) + t[0] * s[0]);
        if (many && notShrinking) {
            return new SimulationDecision(SimulationDecision.Outcome.REFUTED, String.format(Locale.ROOT,
                    "%s and does not shrink (lower end %.3g > %.3g, the upper end %.3g at n = %d decayed at half the rate %s)",
                    beyond, Math.abs(g[last]) - t[last] * s[last], halfRate * (Math.abs(g[0]) + t[0] * s[0]),
                    Math.abs(g[0]) + t[0] * s[0], sizes.get(0).n(), finiteSize.describe()), rows);
        }
        String extrapolation = "";
        if (k >= 3) {
            double[] m = new double[k];
            for (int i = 0; i < k; i++) {
                m[i] = sizes.get(i).mean();
            }
            LimitFit fit = LimitFit.of(m, x, v);
            double fitChi2Limit = new ChiSquaredDistribution(null, fit.degreesOfFreedom()).inverseCumulativeProbability(CONFIDENCE);
            boolean fits = fit.chi2() <= fitChi2Limit;
            double off = Math.abs(fit.limit() - prediction) / fit.standardError();
            extrapolation = String.format(Locale.ROOT, "the means extrapolate to %.4g +- %.2g (fit L + c %s over n = %d ... %d, chi2 = %.2f %s %.2f "
                    + "with %d dof), %.1f standard errors from the prediction %.4g", fit.limit(), fit.standardError(), finiteSize.describe(),
                    sizes.get(0).n(), sizes.get(last).n(), fit.chi2(), fits ? "<=" : ">", fitChi2Limit, fit.degreesOfFreedom(), off, prediction);
            if (many && fits && off > MANY_STANDARD_ERRORS) {
                return new SimulationDecision(SimulationDecision.Outcome.REFUTED, beyond + ", and " + extrapolation, rows);
            }
        }
        String why = !inBand ? band + " (not many standard errors off, or still shrinking)" : rate;
        return new SimulationDecision(SimulationDecision.Outcome.INCONCLUSIVE, extrapolation.isEmpty() ? why : why + "; " + extrapolation, rows);
    }

    /** Two-sided Student t quantile at {@link #CONFIDENCE} for the mean of {@code trials} values. */
    static double tQuantile(int trials) {
        return new TDistribution(null, Math.max(1, trials - 1)).inverseCumulativeProbability(0.5 + CONFIDENCE / 2);
    }
}

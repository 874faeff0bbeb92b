package dev.proofscheck.sim;

/**
 * The means at growing sizes fitted to {@code L + c x(n)}, x the statistic's declared finite-size form: the
 * limit L they extrapolate to, its standard error, and whether that two-parameter form describes them at all
 * (the fit's chi-square, K - 2 degrees of freedom). Weighted least squares with the variances the decision
 * rule gives each size ({@link DecisionRule}: sampling variance plus a next-order term).
 */
record LimitFit(double limit, double standardError, double slope, double chi2, int degreesOfFreedom) {

    /**
     * @param m the means
     * @param x the form x(n_k) at each size (at least two distinct values)
     * @param v the variance of each mean (positive)
     */
    static LimitFit of(double[] m, double[] x, double[] v) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double t0 = 0;
        double t1 = 0;
        for (int k = 0; k < m.length; k++) {
            double w = 1 / v[k];
            s0 += w;
            s1 += w * x[k];
            s2 += w * x[k] * x[k];
            t0 += w * m[k];
            t1 += w * x[k] * m[k];
        }
        double det = s0 * s2 - s1 * s1;
        double limit = (s2 * t0 - s1 * t1) / det;
        double slope = (s0 * t1 - s1 * t0) / det;
        double chi2 = 0;
        for (int k = 0; k < m.length; k++) {
            chi2 += Math.pow(m[k] - limit - slope * x[k], 2) / v[k];
        }
        return new LimitFit(limit, Math.sqrt(s2 / det), slope, chi2, m.length - 2);
    }
}

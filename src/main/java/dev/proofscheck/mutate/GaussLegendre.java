package dev.proofscheck.mutate;

/**
 * Adaptive Gauss–Legendre quadrature in double precision on a finite interval: a panel is accepted
 * when its 10-point value agrees with the sum over its two halves. Deliberately a different method
 * (and arithmetic) from the checker's double-exponential quadrature, so that the two can vouch for
 * each other. Open rule: the ends, where integrands of the corpus are singular, are never evaluated.
 */
final class GaussLegendre {
    /** Nodes per panel: exact for polynomials of degree 19, ample for the smooth pieces of a panel. */
    private static final int NODES = 10;
    /** Panels refined at most (about 2 x 10 evaluations each): a bound on the work for divergent integrals. */
    static final int MAX_PANELS = 4000;
    /** Smallest panel width relative to the interval: below it a singularity is not integrable in double. */
    private static final double MIN_RELATIVE_WIDTH = 1e-13;

    private static final double[] X = new double[NODES];
    private static final double[] W = new double[NODES];

    static {
        for (int i = 0; i < NODES; i++) {
            double x = Math.cos(Math.PI * (i + 0.75) / (NODES + 0.5));
            for (int it = 0; it < 100; it++) {
                double p0 = 1;
                double p1 = x;
                for (int k = 2; k <= NODES; k++) {
                    double p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
                    p0 = p1;
                    p1 = p2;
                }
                double dp = NODES * (x * p1 - p0) / (x * x - 1);
                double dx = p1 / dp;
                x -= dx;
                if (Math.abs(dx) < 1e-16) {
                    double q0 = 1;
                    double q1 = x;
                    for (int k = 2; k <= NODES; k++) {
                        double q2 = ((2 * k - 1) * x * q1 - (k - 1) * q0) / k;
                        q0 = q1;
                        q1 = q2;
                    }
                    double d = NODES * (x * q1 - q0) / (x * x - 1);
                    W[i] = 2 / ((1 - x * x) * d * d);
                    break;
                }
            }
            X[i] = x;
        }
    }

    /** A complex-valued integrand of a real variable; throws when it has no value at t. */
    interface Integrand {
        double[] at(double t) throws Exception;
    }

    /** The integral's real and imaginary parts, or null when it did not converge within {@link #MAX_PANELS}. */
    static double[] integrate(Integrand f, double a, double b, double relTol) throws Exception {
        double[] whole = panel(f, a, b);
        double[] total = {0, 0};
        java.util.ArrayDeque<double[]> todo = new java.util.ArrayDeque<>();
        todo.push(new double[] {a, b, whole[0], whole[1]});
        int panels = 0;
        double width = Math.abs(b - a);
        double scale = Math.max(1e-300, Math.hypot(whole[0], whole[1]));
        while (!todo.isEmpty()) {
            if (++panels > MAX_PANELS) {
                return null;
            }
            double[] p = todo.pop();
            double m = 0.5 * (p[0] + p[1]);
            double[] l = panel(f, p[0], m);
            double[] r = panel(f, m, p[1]);
            double re = l[0] + r[0];
            double im = l[1] + r[1];
            double err = Math.hypot(re - p[2], im - p[3]);
            double localTol = relTol * scale * Math.abs(p[1] - p[0]) / width;
            if (err <= localTol || Math.abs(p[1] - p[0]) < MIN_RELATIVE_WIDTH * width) {
                if (err > localTol && err > relTol * scale) {
                    return null;
                }
                total[0] += re;
                total[1] += im;
            } else {
                todo.push(new double[] {p[0], m, l[0], l[1]});
                todo.push(new double[] {m, p[1], r[0], r[1]});
            }
            scale = Math.max(scale, Math.hypot(total[0], total[1]));
        }
        return total;
    }

    private static double[] panel(Integrand f, double a, double b) throws Exception {
        double half = 0.5 * (b - a);
        double mid = 0.5 * (a + b);
        double re = 0;
        double im = 0;
        for (int i = 0; i < NODES; i++) {
            double[] v = f.at(mid + half * X[i]);
            re += W[i] * v[0];
            im += W[i] * v[1];
        }
        return new double[] {re * half, im * half};
    }
}

package dev.proofscheck.mutate;

import dev.proofscheck.numeric.EvaluationException;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Globally adaptive Gauss–Legendre quadrature in double precision on a finite interval: a panel's error
 * estimate is the distance between its 10-point value and the sum over its two halves. Deliberately a different method
 * (and arithmetic) from the checker's double-exponential quadrature, so that the two can vouch for
 * each other. Open rule: the ends, where integrands of the corpus are singular, are never evaluated.
 */
final class GaussLegendre {
    /** Nodes per panel: exact for polynomials of degree 19, ample for the smooth pieces of a panel. */
    private static final int NODES = 10;
    /** Panels evaluated at most (2 x 10 evaluations each): a bound on the work for divergent integrals. */
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
        double[] at(double t) throws EvaluationException;
    }

    /**
     * An integral's real and imaginary parts and the integral of the integrand's modulus: the scale of
     * its errors (each value is rounded to double, relative 2^-53, and summed with positive weights).
     */
    record Sum(double re, double im, double magnitude) {
        static final Sum ZERO = new Sum(0, 0, 0);

        Sum plus(Sum o) {
            return new Sum(re + o.re, im + o.im, magnitude + o.magnitude);
        }

        Sum times(double k) {
            return new Sum(re * k, im * k, magnitude * Math.abs(k));
        }

        double modulus() {
            return Math.hypot(re, im);
        }
    }

    /**
     * The integral over [a, b], or null when it did not converge within {@link #MAX_PANELS}. Globally
     * adaptive: the panel with the largest error estimate (its 10-point value against the sum over its
     * halves) is bisected until the estimates add up to at most {@code relTol} of the larger of |integral|
     * and the integral of |f| (so an integral that is 0 by cancellation converges). A panel narrower than
     * {@link #MIN_RELATIVE_WIDTH} of the range is not bisected again: its nodes are no longer resolved in
     * double, and if the sum is still too large the integral is not given.
     */
    static Sum integrate(Integrand f, double a, double b, double relTol) throws EvaluationException {
        if (a == b) {
            return Sum.ZERO;
        }
        double width = Math.abs(b - a);
        PriorityQueue<Panel> open = new PriorityQueue<>((x, y) -> Double.compare(y.err(), x.err()));
        List<Panel> done = new ArrayList<>();
        open.add(Panel.of(f, a, b, panel(f, a, b)));
        int panels = 1;
        while (true) {
            Sum total = Sum.ZERO;
            double err = 0;
            for (Panel p : open) {
                total = total.plus(p.fine());
                err += p.err();
            }
            for (Panel p : done) {
                total = total.plus(p.fine());
                err += p.err();
            }
            if (err <= relTol * Math.max(total.modulus(), total.magnitude())) {
                return total;
            }
            Panel worst = open.poll();
            if (worst == null || panels + 2 > MAX_PANELS) {
                return null;
            }
            if (worst.hi() - worst.lo() < MIN_RELATIVE_WIDTH * width) {
                done.add(worst);
                if (worst.err() > relTol * Math.max(total.modulus(), total.magnitude())) {
                    return null; // a panel that cannot be bisected again holds more error than the whole may
                }
                continue;
            }
            double m = 0.5 * (worst.lo() + worst.hi());
            open.add(Panel.of(f, worst.lo(), m, worst.left()));
            open.add(Panel.of(f, m, worst.hi(), worst.right()));
            panels += 2;
        }
    }

    /** A panel [lo, hi]: its 10-point values on each half, their sum, and its distance from the 10-point value of the whole. */
    private record Panel(double lo, double hi, Sum left, Sum right, Sum fine, double err) {
        static Panel of(Integrand f, double lo, double hi, Sum coarse) throws EvaluationException {
            double m = 0.5 * (lo + hi);
            Sum l = panel(f, lo, m);
            Sum r = panel(f, m, hi);
            Sum fine = l.plus(r);
            return new Panel(lo, hi, l, r, fine, Math.hypot(fine.re() - coarse.re(), fine.im() - coarse.im()));
        }
    }

    private static Sum panel(Integrand f, double a, double b) throws EvaluationException {
        double half = 0.5 * (b - a);
        double mid = 0.5 * (a + b);
        double re = 0;
        double im = 0;
        double abs = 0;
        for (int i = 0; i < NODES; i++) {
            double[] v = f.at(mid + half * X[i]);
            re += W[i] * v[0];
            im += W[i] * v[1];
            abs += W[i] * Math.hypot(v[0], v[1]);
        }
        return new Sum(re * half, im * half, abs * Math.abs(half));
    }
}

package dev.proofscheck.numeric;

import dev.proofscheck.expr.Rational;
import dev.proofscheck.model.Domain;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A second, directed look for a counterexample to an inequality after its random sample held at every
 * point: a violation confined to a small region (one variable in a narrow band, two near their ends
 * together) is easily missed by random points. Three stages, each a fixed number of evaluations, so the
 * same seed explores the same points:
 * <ol>
 * <li><b>spread</b>: a Halton sequence (shifted by the seed) in <em>stretched</em> coordinates of every
 *     variable: a bounded range linearly in its middle 90% and in log scale towards both ends (down to
 *     5x10^-7 of its width), a half-line log-uniformly over 10^-6..10^6 from its end (the first sample
 *     covers 10^-3..10^3), an integer range uniformly;</li>
 * <li><b>corners</b>: every variable at an end of its range at once (closed ends exactly), a seeded
 *     choice when there are more corners than the budget;</li>
 * <li><b>line scans</b>: from each of the points of smallest relative margin found so far, each variable
 *     in turn swept over its whole range and the best value refined by a compass search (a step kept
 *     while it improves, halved when it does not); the next variable is swept through the best point
 *     (coordinate descent).</li>
 * </ol>
 * The search stops at the first point with a negative margin; the caller decides that point by its own
 * rule, so the search can only add points, never a different way of judging them.
 */
public final class MarginSearch {
    /** Significant digits of a coordinate (or of its distance from a range's end). */
    private static final MathContext COORDINATE = new MathContext(8);
    /** Decades a half-line is searched over on each side of 1. */
    private static final double DECADES = 6;
    /** Share of a bounded range's width at each end that is searched in log scale. */
    private static final double EDGE = 0.05;
    /** Decades below {@link #EDGE} that the log-scale part reaches. */
    private static final double EDGE_DECADES = 5;
    private static final int[] PRIMES = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53};

    /** The relative margin at a point (> 0 holds, < 0 violated by the caller's own rule), or null when undecided or without a value. */
    @FunctionalInterface
    public interface Margin {
        Double at(Point p);
    }

    /**
     * Evaluations per stage (spread points, corners, points whose lines are scanned, values per line,
     * refinement steps per line) and at most {@code total} in all.
     */
    public record Budget(int spread, int corners, int scanned, int perLine, int refinements, int total) {}

    /** A point with its relative margin. */
    public record Scored(Point point, double margin) {}

    /**
     * What the search found.
     *
     * @param violation the first point with a negative margin, or null
     * @param evaluated points evaluated by the search
     * @param tightest the point of smallest margin among them (null if none had a value)
     * @param cut whether the claim's time limit stopped the search early
     */
    public record Result(Point violation, int evaluated, Scored tightest, boolean cut) {
        /** A sentence for the evidence. */
        public String describe() {
            return evaluated + " more points searched (spread, corners, line scans)"
                    + (tightest == null ? "" : ", smallest relative margin " + String.format(java.util.Locale.ROOT, "%.2g", tightest.margin())
                            + " at " + tightest.point())
                    + (cut ? " (cut short by the time limit)" : "");
        }
    }

    /** One searched coordinate: a real variable, an integer one, or the real or imaginary part of a complex one. */
    private record Coordinate(String name, boolean imaginary, Domain.RealInterval interval, Domain.IntegerRange integers) {}

    private final SplittableRandom random;
    private final Budget budget;
    private final List<Coordinate> coordinates = new ArrayList<>();

    public MarginSearch(long seed, Map<String, Domain> domains, Budget budget) {
        this.random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        this.budget = budget;
        domains.forEach((name, d) -> {
            if (d instanceof Domain.ComplexBox box) {
                coordinates.add(new Coordinate(name, false, box.re(), null));
                coordinates.add(new Coordinate(name, true, box.im(), null));
            } else if (d instanceof Domain.IntegerRange r) {
                coordinates.add(new Coordinate(name, false, null, r));
            } else {
                coordinates.add(new Coordinate(name, false, (Domain.RealInterval) d, null));
            }
        });
    }

    /** Searches on from {@code sampled} (the first sample's points and margins). */
    public Result search(List<Scored> sampled, Margin margin) {
        List<Scored> seen = new ArrayList<>(sampled);
        Tally t = new Tally(margin, budget.total());
        if (coordinates.isEmpty()) {
            return t.result();
        }
        try {
            double[] shift = new double[coordinates.size()];
            for (int c = 0; c < shift.length; c++) {
                shift[c] = random.nextDouble();
            }
            for (int i = 1; i <= budget.spread() && !t.done(); i++) {
                double[] u = new double[coordinates.size()];
                for (int c = 0; c < u.length; c++) {
                    u[c] = (radicalInverse(i, PRIMES[c % PRIMES.length]) + shift[c]) % 1.0;
                }
                t.visit(point(u), seen);
            }
            for (long corner : corners()) {
                if (t.done()) {
                    break;
                }
                double[] u = new double[coordinates.size()];
                for (int c = 0; c < u.length; c++) {
                    u[c] = (corner >> c & 1) == 0 ? 0 : 1;
                }
                t.visit(point(u), seen);
            }
            List<Scored> starts = seen.stream().sorted(Comparator.comparingDouble(Scored::margin)).limit(budget.scanned()).toList();
            for (Scored s : starts) {
                Scored at = s;
                for (int c = 0; c < coordinates.size() && !t.done(); c++) {
                    at = scanLine(at, c, t);
                }
            }
        } catch (Deadline.TimeLimitExceeded e) {
            t.cut = true;
        }
        return t.result();
    }

    /**
     * Sweeps coordinate {@code c} of {@code through} over its range, refines around the best value by
     * halving steps, and returns the best point of the line (coordinate descent: the next coordinate is
     * swept through it).
     */
    private Scored scanLine(Scored through, int c, Tally t) {
        Scored best = through;
        double bestU = position(coordinates.get(c), through.point());
        for (int j = 0; j < budget.perLine() && !t.done(); j++) {
            double u = (j + 0.5) / budget.perLine();
            Point q = moved(through.point(), c, u);
            Double m = t.visit(q, null);
            if (m != null && m < best.margin()) {
                best = new Scored(q, m);
                bestU = u;
            }
        }
        double step = 0.5 / budget.perLine();
        for (int k = 0; k < budget.refinements() && !t.done(); k++) {
            boolean moved = false;
            double centre = bestU;
            for (double u : new double[] {centre - step, centre + step}) {
                Point q = u <= 0 || u >= 1 ? null : moved(through.point(), c, u);
                Double m = t.visit(q, null);
                if (m != null && m < best.margin()) {
                    best = new Scored(q, m);
                    bestU = u;
                    moved = true;
                }
            }
            if (!moved) {
                step /= 2; // compass search: keep the step while it improves, halve it when it does not
            }
        }
        return best;
    }

    /** The corners to visit: all of them when they fit the budget, else a seeded choice. */
    private List<Long> corners() {
        List<Long> out = new ArrayList<>();
        int n = coordinates.size();
        if (n < 20 && (1L << n) <= budget.corners()) {
            for (long k = 0; k < 1L << n; k++) {
                out.add(k);
            }
            return out;
        }
        for (int k = 0; k < budget.corners(); k++) {
            out.add(random.nextLong());
        }
        return out;
    }

    private Point point(double[] u) {
        Map<String, Rational> re = new LinkedHashMap<>();
        Map<String, Rational> im = new LinkedHashMap<>();
        for (int c = 0; c < coordinates.size(); c++) {
            Coordinate k = coordinates.get(c);
            Rational v = value(k, u[c]);
            if (v == null) {
                return null;
            }
            (k.imaginary() ? im : re).put(k.name(), v);
        }
        return new Point(re, im);
    }

    /** {@code through} with coordinate {@code c} moved to stretched position {@code u}. */
    private Point moved(Point through, int c, double u) {
        Coordinate k = coordinates.get(c);
        Rational v = value(k, u);
        if (v == null) {
            return null;
        }
        Map<String, Rational> re = new LinkedHashMap<>(through.re());
        Map<String, Rational> im = new LinkedHashMap<>(through.im());
        (k.imaginary() ? im : re).put(k.name(), v);
        return new Point(re, im);
    }

    /** The coordinate's value at stretched position {@code u} in [0, 1]; null when rounding left the range. */
    static Rational value(Coordinate k, double u) {
        if (k.integers() != null) {
            Domain.IntegerRange r = k.integers();
            return Rational.of(r.lo() + Math.round(u * (r.hi() - r.lo())));
        }
        Domain.RealInterval d = k.interval();
        Rational lo = d.lo();
        Rational hi = d.hi();
        Rational v;
        if (lo != null && hi != null) {
            if (u == 0 && d.loClosed()) {
                return lo;
            }
            if (u == 1 && d.hiClosed()) {
                return hi;
            }
            double width = hi.subtract(lo).toDouble();
            double s = stretch(u);
            v = s <= 0.5 ? lo.add(decimal(width * s)) : hi.subtract(decimal(width * (1 - s)));
        } else if (lo != null) {
            v = lo.add(decimal(Math.pow(10, (2 * u - 1) * DECADES)));
        } else if (hi != null) {
            v = hi.subtract(decimal(Math.pow(10, (1 - 2 * u) * DECADES)));
        } else {
            double s = 2 * u - 1;
            Rational m = decimal(Math.pow(10, (2 * Math.abs(s) - 1) * DECADES));
            v = s < 0 ? m.negate() : m;
        }
        return d.contains(v) ? v : null;
    }

    /** The stretched position in [0, 1] of the point's value of {@code k} (bisection: the map is increasing). */
    private static double position(Coordinate k, Point p) {
        Rational v = (k.imaginary() ? p.im() : p.re()).get(k.name());
        if (v == null) {
            return 0.5;
        }
        double target = v.toDouble();
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 50; i++) {
            double mid = (lo + hi) / 2;
            Rational m = value(k, mid);
            if (m != null && m.toDouble() < target) {
                lo = mid;
            } else if (m != null) {
                hi = mid;
            } else if (mid < 0.5) {
                lo = mid; // rounded onto the lower end: the value lies above
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    /** Linear in the middle of [0, 1], log scale over {@link #EDGE_DECADES} decades in each outer quarter. */
    private static double stretch(double u) {
        if (u < 0.25) {
            return EDGE * Math.pow(10, -EDGE_DECADES * (1 - 4 * u));
        }
        if (u > 0.75) {
            return 1 - EDGE * Math.pow(10, -EDGE_DECADES * (4 * u - 3));
        }
        return EDGE + (1 - 2 * EDGE) * (u - 0.25) * 2;
    }

    private static double radicalInverse(int i, int base) {
        double f = 1.0 / base;
        double r = 0;
        for (int n = i; n > 0; n /= base) {
            r += f * (n % base);
            f /= base;
        }
        return r;
    }

    private static Rational decimal(double x) {
        return Rational.of(new BigDecimal(x).round(COORDINATE));
    }

    /** Counts the evaluations, keeps the tightest point and stops at the first violation. */
    private static final class Tally {
        private final Margin margin;
        private final int total;
        private int evaluated;
        private Scored tightest;
        private Point violation;
        private boolean cut;

        Tally(Margin margin, int total) {
            this.margin = margin;
            this.total = total;
        }

        /** A violation was found or the budget is spent. */
        boolean done() {
            return violation != null || evaluated >= total;
        }

        Double visit(Point p, List<Scored> seen) {
            if (p == null || done()) {
                return null;
            }
            evaluated++;
            Double m = margin.at(p);
            if (m == null || m.isNaN()) {
                return null;
            }
            Scored s = new Scored(p, m);
            if (seen != null) {
                seen.add(s);
            }
            if (tightest == null || m < tightest.margin()) {
                tightest = s;
            }
            if (m < 0) {
                violation = p;
            }
            return m;
        }

        Result result() {
            return new Result(violation, evaluated, tightest, cut);
        }
    }
}

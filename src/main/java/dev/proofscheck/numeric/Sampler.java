package dev.proofscheck.numeric;

import dev.proofscheck.expr.Rational;
import dev.proofscheck.model.Domain;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Draws reproducible points from a claim's domain: first points with one variable at each end of its
 * range (near an open end, at a closed one), then random points (uniform on bounded ranges,
 * log-uniform on unbounded ones). Coordinates are short exact decimals.
 */
public final class Sampler {
    /** Significant digits of sampled coordinates: exact, short, and not special. */
    private static final MathContext COORDINATE = new MathContext(8);
    /** Unbounded ranges are sampled over this many decades on each side of 1, plus points at the far scale. */
    private static final double DECADES = 3;
    private static final Rational FAR = Rational.of(1000);

    private final SplittableRandom random;

    public Sampler(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * {@code count} points over the given variables (in order). The points with a variable at an end
     * of its range come just before position {@link Tolerances#SAMPLE_POINTS}, so that a check that
     * decides the first SAMPLE_POINTS points always covers them, while a counterexample is first
     * looked for at ordinary interior points.
     */
    public List<Point> points(Map<String, Domain> domains, int count) {
        return points(domains, count, Tolerances.SAMPLE_POINTS);
    }

    /** As above, with the end points just before position {@code decided} (for checks that decide fewer points). */
    public List<Point> points(Map<String, Domain> domains, int count, int decided) {
        List<Point> raw = rawPoints(domains, count);
        int ends = Math.min(2 * domains.size(), raw.size());
        int slot = Math.max(0, Math.min(decided, raw.size()) - ends);
        List<Point> out = new ArrayList<>(raw.subList(ends, ends + slot));
        out.addAll(raw.subList(0, ends));
        out.addAll(raw.subList(ends + slot, raw.size()));
        return out;
    }

    private List<Point> rawPoints(Map<String, Domain> domains, int count) {
        List<Point> out = new ArrayList<>();
        List<String> names = new ArrayList<>(domains.keySet());
        if (names.isEmpty()) {
            out.add(Point.empty());
            return out;
        }
        for (int i = 0; out.size() < count; i++) {
            Map<String, Rational> re = new LinkedHashMap<>();
            Map<String, Rational> im = new LinkedHashMap<>();
            int endVar = i / 2;
            boolean lowEnd = i % 2 == 0;
            for (int v = 0; v < names.size(); v++) {
                String name = names.get(v);
                Domain d = domains.get(name);
                Integer end = endVar == v && i < 2 * names.size() ? (lowEnd ? 0 : 1) : null;
                if (d instanceof Domain.ComplexBox box) {
                    re.put(name, real(box.re(), end));
                    im.put(name, real(box.im(), end));
                } else if (d instanceof Domain.IntegerRange r) {
                    re.put(name, integer(r, end));
                } else {
                    re.put(name, real((Domain.RealInterval) d, end));
                }
            }
            out.add(new Point(re, im));
        }
        return out;
    }

    private Rational integer(Domain.IntegerRange r, Integer end) {
        if (end != null) {
            return Rational.of(end == 0 ? r.lo() : r.hi());
        }
        return Rational.of(r.lo() + random.nextLong(r.hi() - r.lo() + 1));
    }

    /** A value in the interval; {@code end} 0 or 1 asks for the low or high end. */
    Rational real(Domain.RealInterval d, Integer end) {
        Rational lo = d.lo();
        Rational hi = d.hi();
        if (end != null) {
            if (end == 0) {
                return lo == null ? (hi == null ? FAR.negate() : hi.subtract(FAR)) : nearEnd(lo, d.loClosed(), hi, true);
            }
            return hi == null ? (lo == null ? FAR : lo.add(FAR)) : nearEnd(hi, d.hiClosed(), lo, false);
        }
        if (lo != null && hi != null) {
            return inside(lo.add(hi.subtract(lo).multiply(fraction())), d);
        }
        Rational magnitude = decimal(Math.pow(10, (random.nextDouble() * 2 - 1) * DECADES));
        if (lo != null) {
            return inside(lo.add(magnitude), d);
        }
        if (hi != null) {
            return inside(hi.subtract(magnitude), d);
        }
        return random.nextBoolean() ? magnitude : magnitude.negate();
    }

    private static Rational nearEnd(Rational end, boolean closed, Rational other, boolean low) {
        if (closed) {
            return end;
        }
        Rational width = other == null ? Rational.ONE : other.subtract(end).multiply(low ? Rational.ONE : Rational.of(-1));
        Rational scale = other == null ? max(Rational.ONE, abs(end)) : width;
        Rational offset = scale.multiply(Rational.parseDecimal(Tolerances.NEAR_END_OFFSET));
        return low ? end.add(offset) : end.subtract(offset);
    }

    private Rational fraction() {
        // stay clear of the exact ends; they are covered by the end points
        return decimal(0.001 + 0.998 * random.nextDouble());
    }

    private Rational inside(Rational x, Domain.RealInterval d) {
        return d.contains(x) ? x : real(d, null);
    }

    private static Rational decimal(double x) {
        return Rational.of(new BigDecimal(x).round(COORDINATE));
    }

    private static Rational abs(Rational r) {
        return r.signum() < 0 ? r.negate() : r;
    }

    private static Rational max(Rational a, Rational b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}

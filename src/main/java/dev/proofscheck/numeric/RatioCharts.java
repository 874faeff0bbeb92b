package dev.proofscheck.numeric;

import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.PowerScaling;
import dev.proofscheck.expr.Substitution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Boxes at infinity in ratio coordinates, for {@link RootExclusion}. Where {@code v, a1 >= 10^6} every
 * residual's enclosure may hold 0 although none vanishes: only the ratio {@code v/a1} decides. A box whose
 * unbounded sides all stay away from 0 is covered by one chart per unbounded unknown {@code x_k}: the part
 * where {@code |x_k|} is the largest of the unbounded unknowns, there each other unbounded
 * {@code x_j = x_k r_j} with {@code r_j} in {@code (0, 1]} or {@code [-1, 0)}. A chart box is excluded by an
 * equation when its residual, with {@code x_j = x_k r_j} and divided by its leading power of {@code x_k}
 * ({@link PowerScaling}: exact, as {@code x_k != 0} on the box), misses 0; or when the residual itself
 * misses 0 over the box's image ({@code x_j} enclosed by {@code x_k r_j} within the box it covers).
 */
final class RatioCharts {
    private final List<String> unknowns;
    private final List<Expr> residuals;
    private final Map<List<Integer>, Chart> charts = new HashMap<>();

    RatioCharts(List<String> unknowns, List<Expr> residuals) {
        this.unknowns = List.copyOf(unknowns);
        this.residuals = List.copyOf(residuals);
    }

    /** How many boxes of a proof were in ratio coordinates, and how many of those lay outside the box they cover. */
    record Tally(int boxes, int outside) {
        static final Tally NONE = new Tally(0, 0);

        /** A clause for the proof's summary: empty when no box was at infinity. */
        String summary() {
            if (boxes == 0) {
                return "";
            }
            return "; " + boxes + " of the boxes at infinity in ratio coordinates (the unbounded unknowns as ratios to the largest of them,"
                    + " each equation divided by its leading power of it" + (outside == 0 ? ")" : "), " + outside + " of them outside the box they cover");
        }
    }

    /**
     * A box: {@code x} its sides, in the chart's coordinates when {@code chart} is not null ({@code x_k} at
     * the pivot, {@code r_j} at each ratio), and {@code within} the box of the unknowns it helps cover.
     */
    record Box(Interval[] x, Chart chart, Interval[] within) {
        static Box plain(Interval[] x) {
            return new Box(x, null, x);
        }

        /** The same chart and cover, other sides (a half of this box). */
        Box with(Interval[] sides) {
            return new Box(sides, chart, within);
        }
    }

    /**
     * Unknown {@code pivot} kept, each unknown in {@code ratios} replaced by {@code pivot} times its ratio
     * to it, and the residuals so rewritten divided by their leading powers of the pivot.
     */
    record Chart(int pivot, List<Integer> ratios, List<Expr> scaled) {
        /** The chart's name of side {@code j}: the unknown, or its ratio to the pivot. */
        String name(List<String> unknowns, int j) {
            return ratios.contains(j) ? ratioName(unknowns, j, pivot) : unknowns.get(j);
        }
    }

    private static String ratioName(List<String> unknowns, int j, int pivot) {
        return unknowns.get(j) + "/" + unknowns.get(pivot);
    }

    /**
     * The chart boxes covering {@code box}, one per unbounded side; none when no side is unbounded or an
     * unbounded side holds 0 (or comes arbitrarily close to it).
     */
    List<Box> cover(Interval[] box) {
        List<Integer> unbounded = new ArrayList<>();
        for (int j = 0; j < box.length; j++) {
            Interval x = box[j];
            if (Double.isInfinite(x.lo()) || Double.isInfinite(x.hi())) {
                if (!(x.lo() > 0 || x.hi() < 0)) {
                    return List.of();
                }
                unbounded.add(j);
            }
        }
        List<Box> out = new ArrayList<>();
        for (int k : unbounded) {
            List<Integer> ratios = new ArrayList<>(unbounded);
            ratios.remove(Integer.valueOf(k));
            Interval[] sides = box.clone();
            for (int j : ratios) {
                // |x_j| <= |x_k| in this chart; x_j != 0 and x_k finite, so r_j != 0
                boolean positive = (box[j].lo() > 0) == (box[k].lo() > 0);
                sides[j] = positive ? new Interval(0, 1, true, false) : new Interval(-1, 0, false, true);
            }
            out.add(new Box(sides, chart(k, ratios), box));
        }
        return out;
    }

    private Chart chart(int pivot, List<Integer> ratios) {
        List<Integer> key = new ArrayList<>(ratios);
        key.add(0, pivot);
        return charts.computeIfAbsent(key, kk -> {
            Map<String, Expr> substitution = new LinkedHashMap<>();
            for (int j : ratios) {
                substitution.put(unknowns.get(j), Expr.times(Expr.sym(unknowns.get(pivot)), Expr.sym(ratioName(unknowns, j, pivot))));
            }
            List<Expr> scaled = new ArrayList<>();
            for (Expr r : residuals) {
                scaled.add(PowerScaling.divideByLeadingPower(Substitution.replace(r, substitution), unknowns.get(pivot)));
            }
            return new Chart(pivot, List.copyOf(ratios), List.copyOf(scaled));
        });
    }

    /** The chart's variables over a chart box: the pivot, the ratios and the other unknowns. */
    Map<String, Interval> scaledEnv(Map<String, Interval> params, Box box) {
        Map<String, Interval> env = new LinkedHashMap<>(params);
        for (int j = 0; j < box.x().length; j++) {
            env.put(box.chart().name(unknowns, j), box.x()[j]);
        }
        return env;
    }

    /**
     * The unknowns over the image of a chart box within the box it covers ({@code x_j} in
     * {@code x_k r_j}, cut to its side there), or null when that image is empty.
     */
    Map<String, Interval> plainEnv(Map<String, Interval> params, Box box) {
        Map<String, Interval> env = new LinkedHashMap<>(params);
        Interval[] x = box.x();
        for (int j = 0; j < x.length; j++) {
            Interval side = x[j];
            if (box.chart().ratios().contains(j)) {
                side = intersection(x[box.chart().pivot()].multiply(x[j]), box.within()[j]);
                if (side == null) {
                    return null;
                }
            }
            env.put(unknowns.get(j), side);
        }
        return env;
    }

    /** The common part of two intervals, or null when they have none. */
    static Interval intersection(Interval a, Interval b) {
        boolean aLo = a.lo() > b.lo() || a.lo() == b.lo() && a.loOpen();
        double lo = aLo ? a.lo() : b.lo();
        boolean loOpen = aLo ? a.loOpen() : b.loOpen();
        boolean aHi = a.hi() < b.hi() || a.hi() == b.hi() && a.hiOpen();
        double hi = aHi ? a.hi() : b.hi();
        boolean hiOpen = aHi ? a.hiOpen() : b.hiOpen();
        return lo < hi || lo == hi && !loOpen && !hiOpen ? new Interval(lo, hi, loOpen, hiOpen) : null;
    }
}

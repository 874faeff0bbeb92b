package dev.proofscheck.numeric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Where roots may lie once a proof of "no root" has failed: the bounded boxes of the first cover are
 * refined breadth first, a box dropped when some residual's enclosure misses 0, and of each level only
 * the most promising boxes are kept and halved: those whose residuals at the centre are smallest (summed
 * magnitudes of their enclosures there; a box where one has none comes last).
 * A search for Newton starts, not a proof: what it drops may still hold a root, and a box it keeps need
 * not. Deterministic: the same cover gives the same boxes in the same order.
 */
final class RootCandidates {
    /** Boxes returned at most (each a Newton start). */
    static final int MAX_CANDIDATES = 8;
    /** Boxes kept and halved per level. */
    private static final int KEPT_PER_LEVEL = 32;
    /** Levels of halving: a side of the first cover is cut to about 2^-(LEVELS / dimensions) of its width. */
    private static final int LEVELS = 14;
    /** Enclosures computed at most after the first cover (which is always enclosed whole: at most a quarter of the proof's budget). */
    private static final int MAX_BOXES = 1500;

    private RootCandidates() {}

    /** A box with the summed magnitudes of its residuals at the centre (infinite when one is not finite or missing). */
    private record Scored(Interval[] box, double atCentre) {}

    /**
     * The candidate boxes, best first. {@code enclosures} gives every residual's enclosure over a box
     * (null where one has none), {@code bisect} halves a box (null when it cannot).
     */
    static List<Interval[]> search(List<Interval[]> cover, Function<Interval[], Interval[]> enclosures,
            Function<Interval[], Interval[][]> bisect, Deadline deadline) {
        List<Interval[]> level = cover.stream().filter(RootCandidates::bounded).toList();
        List<Scored> best = List.of();
        int evaluated = 0;
        for (int depth = 0; depth <= LEVELS && !level.isEmpty(); depth++) {
            List<Scored> kept = new ArrayList<>();
            for (Interval[] box : level) {
                if (depth > 0 && evaluated++ >= MAX_BOXES || deadline.passed()) {
                    return firstBoxes(best);
                }
                Scored s = scored(box, enclosures.apply(box), enclosures);
                if (s != null) {
                    kept.add(s);
                }
            }
            kept.sort(Comparator.comparingDouble(Scored::atCentre)); // stable: ties keep the cover's order
            best = kept.subList(0, Math.min(KEPT_PER_LEVEL, kept.size()));
            List<Interval[]> next = new ArrayList<>();
            for (Scored s : best) {
                Interval[][] halves = bisect.apply(s.box());
                if (halves == null) {
                    next.add(s.box());
                } else {
                    next.add(halves[0]);
                    next.add(halves[1]);
                }
            }
            level = next;
        }
        return firstBoxes(best);
    }

    private static List<Interval[]> firstBoxes(List<Scored> scored) {
        return scored.stream().limit(MAX_CANDIDATES).map(Scored::box).toList();
    }

    /** Null when some enclosure over the box misses 0 (no root in it); otherwise the box and its score. */
    private static Scored scored(Interval[] box, Interval[] overBox, Function<Interval[], Interval[]> enclosures) {
        for (Interval e : overBox) {
            if (e != null && !e.containsZero()) {
                return null;
            }
        }
        double[] c = centre(box);
        Interval[] point = new Interval[c.length];
        for (int j = 0; j < c.length; j++) {
            point[j] = Interval.point(c[j]);
        }
        double sum = 0;
        for (Interval e : enclosures.apply(point)) {
            sum += e == null ? Double.POSITIVE_INFINITY : Math.max(Math.abs(e.lo()), Math.abs(e.hi()));
        }
        return new Scored(box, Double.isNaN(sum) ? Double.POSITIVE_INFINITY : sum);
    }

    private static boolean bounded(Interval[] box) {
        for (Interval x : box) {
            if (Double.isInfinite(x.lo()) || Double.isInfinite(x.hi())) {
                return false;
            }
        }
        return true;
    }

    /** A Newton start in the box: its centre. */
    static double[] centre(Interval[] box) {
        double[] c = new double[box.length];
        for (int j = 0; j < box.length; j++) {
            c[j] = box[j].lo() / 2 + box[j].hi() / 2;
        }
        return c;
    }
}

package dev.proofscheck.numeric;

import dev.proofscheck.expr.Expr;
import dev.proofscheck.expr.Rational;
import dev.proofscheck.model.Relation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tries to prove that a system of equations has no real root in the region its branch allows, at one
 * parameter point: the region (simple bounds {@code x > c}, {@code x >= c}, {@code x < c},
 * {@code x <= c} of the branch; other conditions are left out, which only enlarges it) is covered by
 * boxes, cut at 0 (which is a box of its own) and at +-1, +-10, ..., +-10^6, and every box must be
 * excluded by some equation whose {@code lhs - rhs} encloses no 0 ({@link IntervalEvaluator});
 * a box that is not is bisected, except a box at infinity (an unbounded side), which is first covered
 * by {@link RatioCharts} (the unknowns as ratios to the largest, each equation divided by its leading
 * power). Succeeds only when every box is excluded within the box budget and the deadline; otherwise
 * gives up and says why.
 */
public final class RootExclusion {
    /** Boxes evaluated at most, per point. */
    static final int BOX_BUDGET = 40_000;
    /**
     * The first cover cuts each unbounded direction at 0, +-1, +-10, ..., +-10^DECADES (fewer decades when
     * many unknowns would make that cover exceed the budget): a root's scale is not known in advance.
     */
    private static final int DECADES = 6;

    private final List<String> unknowns;
    private final boolean complex;
    private final List<Expr> residuals = new ArrayList<>();
    private final List<Relation> branch;
    private final Deadline deadline;
    /** {@code jacobian.get(i).get(j)}: d residual i / d unknown j, or null when one has no rule. */
    private final List<List<Expr>> jacobian;
    /** Ratio coordinates for boxes at infinity (real unknowns only), or null. */
    private final RatioCharts charts;

    public RootExclusion(List<String> unknowns, List<Relation> equations, List<Relation> branch, Deadline deadline) {
        this(unknowns, equations, branch, deadline, false);
    }

    /**
     * With {@code complex}, every unknown is complex: the boxes are over real and imaginary parts, the
     * branch bounds {@code Re[x]} and {@code Im[x]} (an ordering {@code x > c} of the unknown itself makes
     * it real: {@code Re[x] > c}, {@code Im[x] = 0}), parameters may be complex, and a box is excluded when
     * the real or the imaginary part of some residual misses 0 ({@link ComplexIntervalEvaluator}; no
     * uniqueness step).
     */
    public RootExclusion(List<String> unknowns, List<Relation> equations, List<Relation> branch, Deadline deadline, boolean complex) {
        this.complex = complex;
        this.unknowns = List.copyOf(unknowns);
        equations.forEach(eq -> residuals.add(Expr.minus(eq.lhs(), eq.rhs())));
        this.branch = List.copyOf(branch);
        this.deadline = deadline;
        List<List<Expr>> jac = new ArrayList<>();
        for (Expr r : residuals) {
            List<Expr> row = new ArrayList<>();
            for (String u : unknowns) {
                row.add(dev.proofscheck.expr.Derivative.of(r, u));
            }
            jac.add(row.contains(null) ? null : row);
        }
        this.jacobian = jac.contains(null) || complex ? null : jac;
        this.charts = complex ? null : new RatioCharts(unknowns, residuals);
    }

    /**
     * What was shown: with {@code proved}, that no root (real unless {@code complex}) lies in {@code region}, using
     * {@code boxes} boxes, {@code byEquation[i]} of them excluded by equation i + 1, {@code atInfinity} of all
     * in ratio coordinates; otherwise why not.
     */
    public record Result(boolean proved, boolean complex, String region, int boxes, int[] byEquation, int byUniqueness, String root, String why,
            RatioCharts.Tally atInfinity) {
        Result(boolean proved, boolean complex, String region, int boxes, int[] byEquation, int byUniqueness, String root, String why) {
            this(proved, complex, region, boxes, byEquation, byUniqueness, root, why, RatioCharts.Tally.NONE);
        }

        public String summary() {
            StringBuilder b = new StringBuilder("the system has no " + (complex() ? "" : "real ") + "root with " + region + ": interval arithmetic over " + boxes
                    + " boxes covering it, every box excluded by some equation (");
            for (int i = 0; i < byEquation.length; i++) {
                b.append(i == 0 ? "" : ", ").append("equation ").append(i + 1).append(": ").append(byEquation[i]);
            }
            if (byUniqueness > 0) {
                b.append(", and ").append(byUniqueness).append(" next to the exact root ").append(root)
                        .append(" off the branch, whose only root they hold: the interval Jacobian over the box and the root is regular");
            }
            return b.append(')').append(atInfinity.summary()).toString();
        }
    }

    /** True when the unknowns are complex (boxes over their real and imaginary parts). */
    public boolean complex() {
        return complex;
    }

    /** Attempts the proof at the parameter point {@code p}. */
    public Result at(Point p) {
        IntervalEvaluator ev = new IntervalEvaluator(deadline);
        Map<String, Interval> params = new LinkedHashMap<>();
        Map<String, ComplexIntervalEvaluator.Rect> complexParams = new LinkedHashMap<>(); // non-real values, part by part
        for (Map.Entry<String, Rational> e : p.re().entrySet()) {
            Rational im = p.im().get(e.getKey());
            if (im != null && im.signum() != 0) {
                if (!complex) {
                    return new Result(false, complex, "", 0, new int[0], 0, null, "complex parameter " + e.getKey());
                }
                complexParams.put(e.getKey(), new ComplexIntervalEvaluator.Rect(IntervalEvaluator.enclose(e.getValue()), IntervalEvaluator.enclose(im)));
                continue;
            }
            params.put(e.getKey(), IntervalEvaluator.enclose(e.getValue()));
        }
        Interval[] region = region(ev, params);
        String described = describe(region);
        for (Interval r : region) {
            if (r == null) {
                return new Result(true, complex, described, 0, new int[residuals.size()], 0, null, null); // empty region: nothing to cover
            }
        }
        double[] root = exactRootOff(ev, params, region);
        String rootText = root == null ? null : show(pointBox(root));
        int byUniqueness = 0;
        int[] byEquation = new int[residuals.size()];
        List<Interval[]> first = cover(region);
        if (first == null) {
            return new Result(false, complex, described, 0, byEquation, 0, rootText, "too many unknowns to cover within the box budget");
        }
        Deque<RatioCharts.Box> todo = new ArrayDeque<>(first.stream().map(RatioCharts.Box::plain).toList());
        int boxes = 0;
        int atInfinity = 0;
        int outside = 0;
        while (!todo.isEmpty()) {
            RatioCharts.Tally tally = new RatioCharts.Tally(atInfinity, outside);
            if (boxes >= BOX_BUDGET || deadline.passed()) {
                return new Result(false, complex, described, boxes, byEquation, byUniqueness, rootText, todo.size() + " boxes left unexcluded after " + boxes
                        + (deadline.passed() ? " (time limit)" : " (box budget)") + ", e.g. " + show(todo.peek()), tally);
            }
            RatioCharts.Box box = todo.pop();
            boxes++;
            atInfinity += box.chart() == null ? 0 : 1;
            int by = excludedBy(ev, params, complexParams, box);
            if (by == HOPELESS) {
                return new Result(false, complex, described, boxes, byEquation, byUniqueness, rootText,
                        "no equation can be enclosed (a function without an interval rule)", tally);
            }
            if (by == OUTSIDE) {
                outside++;
                continue;
            }
            if (by >= 0) {
                byEquation[by]++;
                continue;
            }
            if (box.chart() == null && root != null && onlyRootIs(ev, params, box.x(), root)) {
                byUniqueness++;
                continue;
            }
            List<RatioCharts.Box> inCharts = box.chart() == null && charts != null ? charts.cover(box.x()) : List.of();
            for (int i = inCharts.size() - 1; i >= 0; i--) {
                todo.push(inCharts.get(i));
            }
            if (!inCharts.isEmpty()) {
                continue;
            }
            Interval[][] halves = bisect(box);
            if (halves == null) {
                return new Result(false, complex, described, boxes, byEquation, byUniqueness, rootText, "box " + show(box) + " cannot be cut further and no equation excludes it", tally);
            }
            todo.push(box.with(halves[1]));
            todo.push(box.with(halves[0]));
        }
        return new Result(true, complex, described, boxes, byEquation, byUniqueness, rootText, null, new RatioCharts.Tally(atInfinity, outside));
    }

    /** The region the branch's simple bounds allow (a null side: empty). */
    private Interval[] region(IntervalEvaluator ev, Map<String, Interval> params) {
        Interval[] region = new Interval[dims()];
        java.util.Arrays.fill(region, Interval.WHOLE);
        for (Relation cond : branch) {
            bound(ev, params, cond, region);
        }
        return region;
    }

    /**
     * Where roots may lie at {@code p} when {@link #at} could not exclude them: a few small boxes of the
     * region's bounded part that no equation excludes ({@link RootCandidates}), best first; empty when the
     * parameters are not real or the region is empty. Each box is in the unknowns' coordinates (real and
     * imaginary parts when complex).
     */
    public List<Interval[]> candidates(Point p) {
        if (p.im().values().stream().anyMatch(v -> v.signum() != 0)) {
            return List.of();
        }
        IntervalEvaluator ev = new IntervalEvaluator(deadline);
        Map<String, Interval> params = new LinkedHashMap<>();
        p.re().forEach((name, value) -> params.put(name, IntervalEvaluator.enclose(value)));
        Interval[] region = region(ev, params);
        List<Interval[]> first = java.util.Arrays.asList(region).contains(null) ? null : cover(region);
        return first == null ? List.of() : RootCandidates.search(first, box -> enclosures(ev, params, box), RootExclusion::bisect, deadline);
    }

    /**
     * A point outside the region (each coordinate 0 or a finite end of the region) where every residual
     * is exactly 0, or null: the root Newton finds on the branch's boundary (v = 0, a1 = 0).
     */
    private double[] exactRootOff(IntervalEvaluator ev, Map<String, Interval> params, Interval[] region) {
        if (jacobian == null) {
            return null;
        }
        List<List<Double>> values = new ArrayList<>();
        for (Interval r : region) {
            java.util.Set<Double> v = new java.util.LinkedHashSet<>(List.of(0.0));
            if (!Double.isInfinite(r.lo())) {
                v.add(r.lo());
            }
            if (!Double.isInfinite(r.hi())) {
                v.add(r.hi());
            }
            values.add(List.copyOf(v));
        }
        List<double[]> candidates = product(values).stream().map(c -> c.stream().mapToDouble(Double::doubleValue).toArray()).toList();
        for (double[] c : candidates) {
            boolean inRegion = true;
            for (int j = 0; j < c.length; j++) {
                inRegion &= region[j].contains(c[j]);
            }
            if (!inRegion && allZero(ev, params, pointBox(c))) {
                return c;
            }
        }
        return null;
    }

    private boolean allZero(IntervalEvaluator ev, Map<String, Interval> params, Interval[] box) {
        Map<String, Interval> env = env(params, box);
        try {
            for (Expr r : residuals) {
                Interval v = ev.evaluate(r, env);
                if (!(v.isPoint() && v.lo() == 0)) {
                    return false;
                }
            }
            return true;
        } catch (IntervalEvaluator.Unbounded e) {
            return false;
        }
    }

    /**
     * True when {@code root} is the only root in the hull of {@code box} and {@code root}: the residuals
     * are defined there and their interval Jacobian is regular (interval Gaussian elimination never meets
     * a pivot that may be 0), so by the mean value theorem {@code F(x) = M (x - root)} with M regular.
     */
    private boolean onlyRootIs(IntervalEvaluator ev, Map<String, Interval> params, Interval[] box, double[] root) {
        Interval[] hull = new Interval[box.length];
        for (int j = 0; j < box.length; j++) {
            Interval x = box[j];
            double r = root[j];
            hull[j] = new Interval(Math.min(x.lo(), r), Math.max(x.hi(), r), x.loOpen() && r > x.lo(), x.hiOpen() && r < x.hi());
        }
        Map<String, Interval> env = env(params, hull);
        int n = residuals.size();
        Interval[][] m = new Interval[n][n];
        try {
            // residuals with a real enclosure and bounded derivatives on the hull: a pole or a point without
            // a derivative (Sqrt at 0) would make some derivative unbounded, and its enclosure infinite
            for (int i = 0; i < n; i++) {
                ev.evaluate(residuals.get(i), env);
                for (int j = 0; j < n; j++) {
                    m[i][j] = ev.evaluate(jacobian.get(i).get(j), env);
                    if (!finite(m[i][j])) {
                        return false;
                    }
                }
            }
        } catch (IntervalEvaluator.Unbounded e) {
            return false;
        }
        return regular(m);
    }

    private static boolean finite(Interval x) {
        return !Double.isInfinite(x.lo()) && !Double.isInfinite(x.hi());
    }

    /** Interval Gaussian elimination with pivoting by mignitude: success shows every member matrix regular. */
    static boolean regular(Interval[][] a) {
        int n = a.length;
        Interval[][] m = new Interval[n][];
        for (int i = 0; i < n; i++) {
            m[i] = a[i].clone();
        }
        for (int k = 0; k < n; k++) {
            int pivot = -1;
            double best = 0;
            for (int i = k; i < n; i++) {
                Interval x = m[i][k];
                boolean zeroFree = !x.containsZero() && !(x.lo() < 0 && x.hi() > 0);
                double mig = Math.min(Math.abs(x.lo()), Math.abs(x.hi()));
                if (zeroFree && (pivot < 0 || mig > best)) {
                    pivot = i;
                    best = mig;
                }
            }
            if (pivot < 0) {
                return false;
            }
            Interval[] t = m[k];
            m[k] = m[pivot];
            m[pivot] = t;
            Interval inverse = m[k][k].reciprocal();
            for (int i = k + 1; i < n; i++) {
                Interval factor = m[i][k].multiply(inverse);
                for (int j = k + 1; j < n; j++) {
                    m[i][j] = m[i][j].subtract(factor.multiply(m[k][j]));
                }
            }
        }
        return true;
    }

    /** The parameters and, for real unknowns, the box (complex unknowns go to the complex evaluator instead). */
    private Map<String, Interval> env(Map<String, Interval> params, Interval[] box) {
        Map<String, Interval> env = new LinkedHashMap<>(params);
        for (int j = 0; j < box.length && !complex; j++) {
            env.put(unknowns.get(j), box[j]);
        }
        return env;
    }

    private static Interval[] pointBox(double[] x) {
        Interval[] box = new Interval[x.length];
        for (int j = 0; j < x.length; j++) {
            box[j] = Interval.point(x[j]);
        }
        return box;
    }

    /** The width of a chart's ratios below which its unbounded pivot is cut (at 10^3 times its finite end). */
    private static final double TAMED_WIDTH = 1.0 / 64;

    /** {@link #excludedBy}: every equation has a function without an interval rule. */
    private static final int HOPELESS = -2;
    /** {@link #excludedBy}: a chart box whose image misses the box it helps cover. */
    private static final int OUTSIDE = -3;

    /**
     * The index of an equation whose residual over {@code box} encloses no 0, or -1, or {@link #HOPELESS},
     * or {@link #OUTSIDE}; over a chart box, the residual divided by its leading power may miss 0 instead.
     */
    private int excludedBy(IntervalEvaluator ev, Map<String, Interval> params, Map<String, ComplexIntervalEvaluator.Rect> complexParams,
            RatioCharts.Box box) {
        if (box.chart() == null) {
            return excludedBy(ev, params, complexParams, box.x());
        }
        Map<String, Interval> plain = charts.plainEnv(params, box);
        if (plain == null) {
            return OUTSIDE;
        }
        Map<String, Interval> scaled = charts.scaledEnv(params, box);
        for (int i = 0; i < residuals.size(); i++) {
            if (missesZero(ev, box.chart().scaled().get(i), scaled) || missesZero(ev, residuals.get(i), plain)) {
                return i;
            }
        }
        return -1;
    }

    /** True when the enclosure of {@code e} over {@code env} exists and holds no 0. */
    private static boolean missesZero(IntervalEvaluator ev, Expr e, Map<String, Interval> env) {
        try {
            return !ev.evaluate(e, env).containsZero();
        } catch (IntervalEvaluator.Unbounded u) {
            return false;
        }
    }

    private int excludedBy(IntervalEvaluator ev, Map<String, Interval> params, Map<String, ComplexIntervalEvaluator.Rect> complexParams,
            Interval[] box) {
        boolean structural = true;
        for (int i = 0; i < residuals.size(); i++) {
            Interval[] parts;
            try {
                parts = enclosure(ev, params, complexParams, box, i);
            } catch (IntervalEvaluator.Unbounded e) {
                structural &= e.structural(); // this equation says nothing here; another may
                continue;
            }
            for (Interval part : parts) {
                if (!part.containsZero()) {
                    return i;
                }
            }
            structural = false;
        }
        return structural ? HOPELESS : -1;
    }

    /** Residual {@code i} over {@code box}: its enclosure, or its real and imaginary parts' when complex. */
    private Interval[] enclosure(IntervalEvaluator ev, Map<String, Interval> params, Map<String, ComplexIntervalEvaluator.Rect> complexParams,
            Interval[] box, int i) throws IntervalEvaluator.Unbounded {
        if (!complex) {
            return new Interval[] {ev.evaluate(residuals.get(i), env(params, box))};
        }
        Map<String, ComplexIntervalEvaluator.Rect> z = new LinkedHashMap<>(complexParams);
        for (int j = 0; j < unknowns.size(); j++) {
            z.put(unknowns.get(j), new ComplexIntervalEvaluator.Rect(box[2 * j], box[2 * j + 1]));
        }
        ComplexIntervalEvaluator.Rect r = new ComplexIntervalEvaluator(ev, z.keySet()).evaluate(residuals.get(i), params, z);
        return new Interval[] {r.re(), r.im()};
    }

    /** The enclosures of every residual over {@code box} (both parts when complex; null for one that cannot be enclosed). */
    private Interval[] enclosures(IntervalEvaluator ev, Map<String, Interval> params, Interval[] box) {
        int parts = complex ? 2 : 1;
        Interval[] out = new Interval[parts * residuals.size()];
        for (int i = 0; i < residuals.size(); i++) {
            try {
                System.arraycopy(enclosure(ev, params, Map.of(), box, i), 0, out, parts * i, parts);
            } catch (IntervalEvaluator.Unbounded e) {
                // stays null: this residual says nothing over the box
            }
        }
        return out;
    }

    /** Narrows {@code region} by {@code cond} when it bounds one unknown by an expression of the parameters; a null entry: empty. */
    private void bound(IntervalEvaluator ev, Map<String, Interval> params, Relation cond, Interval[] region) {
        int j = unknownIndex(cond.lhs());
        Expr other = cond.rhs();
        boolean below = cond.op() == Relation.Operator.LESS || cond.op() == Relation.Operator.LESS_EQUAL; // x < c
        if (j < 0) {
            j = unknownIndex(cond.rhs());
            other = cond.lhs();
            below = !below;
        }
        if (j < 0 || cond.op().isEquality() || region[j] == null) {
            return;
        }
        if (complex && (other == cond.rhs() ? cond.lhs() : cond.rhs()) instanceof Expr.Sym) {
            // an ordering holds between real numbers only: x > c puts x on the real line
            region[j + 1] = region[j + 1] != null && region[j + 1].containsZero() ? Interval.ZERO : null;
        }
        Interval c;
        try {
            c = ev.evaluate(other, params);
        } catch (IntervalEvaluator.Unbounded e) {
            return;
        }
        Interval r = region[j];
        boolean strict = cond.op().strict();
        double lo = r.lo();
        double hi = r.hi();
        boolean loOpen = r.loOpen();
        boolean hiOpen = r.hiOpen();
        if (below && (c.hi() < hi || c.hi() == hi && strict)) {
            hi = c.hi();
            hiOpen = strict || c.hiOpen();
        } else if (!below && (c.lo() > lo || c.lo() == lo && strict)) {
            lo = c.lo();
            loOpen = strict || c.loOpen();
        }
        region[j] = lo < hi || lo == hi && !loOpen && !hiOpen ? new Interval(lo, hi, loOpen, hiOpen) : null;
    }

    /** The box dimension {@code e} is (an unknown; with complex unknowns {@code Re[x]} or {@code Im[x]}), or -1. */
    private int unknownIndex(Expr e) {
        if (e instanceof Expr.Sym s) {
            return complex ? 2 * unknowns.indexOf(s.name()) : unknowns.indexOf(s.name()); // x > c: Re[x] > c, Im[x] = 0
        }
        if (!complex) {
            return -1;
        }
        if (e instanceof Expr.Call c && c.args().size() == 1 && c.arg(0) instanceof Expr.Sym s && unknowns.contains(s.name())
                && (c.head().equals("Re") || c.head().equals("Im"))) {
            return 2 * unknowns.indexOf(s.name()) + (c.head().equals("Im") ? 1 : 0);
        }
        return -1;
    }

    private int dims() {
        return complex ? 2 * unknowns.size() : unknowns.size();
    }

    private String dimName(int d) {
        return complex ? (d % 2 == 0 ? "Re[" : "Im[") + unknowns.get(d / 2) + "]" : unknowns.get(d);
    }

    /**
     * The first boxes: each unknown's range cut at 0 (a piece of its own) and at +-10^k, k = 0..6, or
     * fewer decades when that would take more than a quarter of the box budget (many unknowns); null
     * when even cuts at 0 and +-1 would.
     */
    private static List<Interval[]> cover(Interval[] region) {
        List<List<Interval>> pieces = null;
        for (int decades = DECADES; decades >= 0 && pieces == null; decades = decades > 1 ? decades / 2 : decades - 1) {
            List<List<Interval>> ps = new ArrayList<>();
            long count = 1;
            for (Interval r : region) {
                ps.add(pieces(r, decades));
                count *= ps.get(ps.size() - 1).size();
            }
            pieces = count <= BOX_BUDGET / 4 ? ps : null;
        }
        if (pieces == null) {
            return null;
        }
        return product(pieces).stream().map(b -> b.toArray(Interval[]::new)).toList();
    }

    /** Every choice of one element from each list, in order. */
    private static <T> List<List<T>> product(List<List<T>> factors) {
        List<List<T>> out = List.of(List.of());
        for (List<T> f : factors) {
            List<List<T>> next = new ArrayList<>();
            for (List<T> prefix : out) {
                for (T x : f) {
                    List<T> longer = new ArrayList<>(prefix);
                    longer.add(x);
                    next.add(longer);
                }
            }
            out = next;
        }
        return out;
    }

    static List<Interval> pieces(Interval r, int decades) {
        List<Double> cuts = new ArrayList<>();
        for (int k = decades; k >= 0; k--) {
            cuts.add(-Math.pow(10, k));
        }
        cuts.add(0.0);
        for (int k = 0; k <= decades; k++) {
            cuts.add(Math.pow(10, k));
        }
        List<Interval> out = new ArrayList<>();
        double lo = r.lo();
        boolean loOpen = r.loOpen();
        for (double c : cuts) {
            if (!(c > lo && c < r.hi()) && !(c == 0 && r.contains(0))) {
                continue;
            }
            if (c > lo) {
                out.add(new Interval(lo, c, loOpen, c == 0));
            }
            if (c == 0) {
                out.add(Interval.ZERO);
            }
            lo = c;
            loOpen = c == 0;
        }
        if (lo < r.hi() || lo == r.hi() && !loOpen && !r.hiOpen() && out.isEmpty()) {
            out.add(new Interval(lo, r.hi(), loOpen, r.hiOpen()));
        }
        return out;
    }

    /**
     * The box cut in two across its widest side (relative to its distance from 0), or null for a point. An
     * unbounded side is the widest, except the pivot of a chart with ratios, which the chart already tames:
     * there the ratios are cut first, down to {@link #TAMED_WIDTH}.
     */
    private static Interval[][] bisect(Interval[] box) {
        return bisect(RatioCharts.Box.plain(box));
    }

    private static Interval[][] bisect(RatioCharts.Box chartBox) {
        Interval[] box = chartBox.x();
        int tamed = chartBox.chart() == null || chartBox.chart().ratios().isEmpty() ? -1 : chartBox.chart().pivot();
        int widest = -1;
        double score = 0;
        for (int j = 0; j < box.length; j++) {
            Interval x = box[j];
            if (x.isPoint()) {
                continue;
            }
            double s = Double.isInfinite(x.lo()) || Double.isInfinite(x.hi()) ? (j == tamed ? TAMED_WIDTH : Double.POSITIVE_INFINITY)
                    : (x.hi() - x.lo()) / (1 + Math.min(Math.abs(x.lo()), Math.abs(x.hi())));
            if (widest < 0 || s > score) {
                widest = j;
                score = s;
            }
        }
        if (widest < 0) {
            return null;
        }
        Interval x = box[widest];
        double m = split(x);
        if (!(m > x.lo() && m < x.hi())) {
            return null; // no double strictly inside: cannot cut further
        }
        Interval[] a = box.clone();
        Interval[] b = box.clone();
        a[widest] = new Interval(x.lo(), m, x.loOpen(), false);
        b[widest] = new Interval(m, x.hi(), false, x.hiOpen());
        return new Interval[][] {a, b};
    }

    private static double split(Interval x) {
        if (x.hi() == Double.POSITIVE_INFINITY) {
            return x.lo() > 0 ? Math.min(x.lo() * 1e3, Double.MAX_VALUE) : x.lo() + 1;
        }
        if (x.lo() == Double.NEGATIVE_INFINITY) {
            return x.hi() < 0 ? Math.max(x.hi() * 1e3, -Double.MAX_VALUE) : x.hi() - 1;
        }
        if (x.lo() > 0 && x.hi() > 4 * x.lo()) {
            return Math.sqrt(x.lo()) * Math.sqrt(x.hi());
        }
        if (x.hi() < 0 && x.lo() < 4 * x.hi()) {
            return -Math.sqrt(-x.lo()) * Math.sqrt(-x.hi());
        }
        return x.lo() / 2 + x.hi() / 2;
    }

    private String describe(Interval[] region) {
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < region.length; j++) {
            b.append(j == 0 ? "" : ", ").append(dimName(j)).append(" in ").append(region[j] == null ? "(empty)" : region[j]);
        }
        return b.toString();
    }

    /** The box in the unknowns' names, e.g. {@code v in [-1, -0.5], a1 in [0.5, 1]}. */
    String show(Interval[] box) {
        return show(RatioCharts.Box.plain(box));
    }

    private String show(RatioCharts.Box box) {
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < box.x().length; j++) {
            b.append(j == 0 ? "" : ", ").append(box.chart() == null ? dimName(j) : box.chart().name(unknowns, j)).append(" in ").append(box.x()[j]);
        }
        return b.toString();
    }
}

package dev.proofscheck.numeric;

import ch.obermuhlner.math.big.BigComplex;
import ch.obermuhlner.math.big.BigDecimalMath;
import dev.proofscheck.expr.Expr;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * E[f(U, V)] for a standard Gaussian pair of correlation rho, written as (U, V) = A (Z1, Z2) with Z1, Z2
 * independent N(0,1), in polar coordinates of (Z1, Z2): composite Gauss–Legendre in the angle and the
 * radius. A kink of f at u = 0 or v = 0 is a ray, where the angular range is cut; a kink at u = c is a
 * radial cut that moves with the angle. So no rule ever meets a kink inside a panel, and a peaked pair
 * (|rho| near 1) is only a narrow angular panel between two close rays, not a peak.
 * <p>
 * Two frames, with panels at different places: U = Z1, V = rho Z1 + sqrt(1-rho^2) Z2 (the FIRST), and
 * U, V = a X +- b Y with a, b = sqrt((1 +- rho)/2) (the SYMMETRIC). No rule here reports its own error:
 * the gap between the two frames is the error estimate (see {@link GaussianPairCheck}).
 */
final class GaussianPairQuadrature {
    /** Radial panels on [0, 11.5] (the tail beyond has mass e^(-66)) and their numbers of nodes, per frame. */
    private static final double[][] RADIAL = {{0, 1, 2, 3, 4, 5, 6, 7.5, 9, 11.5}, {0, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 8, 11.5}};
    private static final int[][] RADIAL_NODES = {{10, 10, 10, 10, 10, 10, 10, 10, 8}, {12, 10, 10, 10, 10, 10, 10, 10}};
    /** Angular panels of at most pi/2, starting at 0 (FIRST frame) or pi/4 (SYMMETRIC), and nodes per panel. */
    private static final int ANGULAR_NODES = 12;
    /** Nodes per panel of the one-dimensional (degenerate) rule, on the panels of {@link #LINE}. */
    private static final double[] LINE = {0, 1, 2, 3, 4, 5.5, 7, 8.5, 10, 11.5};
    private static final int NODES = 12;

    /** The value and the integral of |f| times the density (the scale for relative digits). */
    record Result(BigComplex value, BigDecimal absIntegral, int evaluations) {}

    private final int precision;
    private final MathContext mc;
    private final Deadline deadline;
    private final FastExp exp;

    GaussianPairQuadrature(int precision, Deadline deadline) {
        this.precision = precision;
        this.mc = new MathContext(precision);
        this.deadline = deadline;
        this.exp = FastExp.at(precision);
    }

    /** A kink line p z1 + q z2 = c in the frame's coordinates. */
    private record Line(BigDecimal p, BigDecimal q, BigDecimal c) {}

    /** f(u, v) at a frame point, accumulated with a weight. */
    private final class Sum {
        final Evaluator ev;
        final Expr f;
        final String u;
        final String v;
        final Map<String, BigComplex> env;
        final BigDecimal[][] a;
        BigComplex total = BigComplex.ZERO;
        BigDecimal abs = BigDecimal.ZERO;
        int evaluations;

        Sum(Expr f, String u, String v, Map<String, BigComplex> env, BigDecimal[][] a) {
            this.ev = new Evaluator(precision, deadline).freezeAllBut(f, Set.of(u, v));
            this.f = f;
            this.u = u;
            this.v = v;
            this.env = env;
            this.a = a;
        }

        void add(BigDecimal z1, BigDecimal z2, BigDecimal weight) throws EvaluationException {
            env.put(u, BigComplex.valueOf(a[0][0].multiply(z1, mc).add(a[0][1].multiply(z2, mc), mc)));
            env.put(v, BigComplex.valueOf(a[1][0].multiply(z1, mc).add(a[1][1].multiply(z2, mc), mc)));
            BigComplex t = ev.evaluate(f, env).multiply(weight, mc);
            total = total.add(t, mc);
            abs = abs.add(t.re.abs(), mc).add(t.im.abs(), mc); // |re| + |im| >= |t|: a scale, no square root
            evaluations++;
        }

        Result result() {
            return new Result(total, abs, evaluations);
        }
    }

    /** Polar coordinates in the FIRST or the SYMMETRIC frame; kinks at u = c and v = c. */
    Result polar(Expr f, String u, String v, Map<String, BigComplex> env, BigDecimal rho, List<BigDecimal> uKinks,
            List<BigDecimal> vKinks, boolean first) throws EvaluationException {
        BigDecimal[][] a = frame(rho, first);
        int which = first ? 0 : 1;
        List<Line> lines = lines(a, uKinks, vKinks);
        BigDecimal pi = BigDecimalMath.pi(mc);
        BigDecimal twoPi = pi.multiply(BigDecimal.valueOf(2), mc);
        List<BigDecimal> angles = new ArrayList<>();
        angles.add(BigDecimal.ZERO);
        angles.add(twoPi);
        for (int k = 0; k < 4; k++) {
            angles.add(pi.multiply(BigDecimal.valueOf(2L * k + (first ? 0 : 1)), mc).divide(BigDecimal.valueOf(4), mc));
        }
        for (Line l : lines) {
            // the ray(s) where p cos + q sin = 0: the kink itself (c = 0), or where its radial cut runs off
            BigDecimal t = BigDecimalMath.atan2(l.p(), l.q().negate(), mc);
            t = t.signum() < 0 ? t.add(pi, mc) : t; // in [0, pi]: the two rays are t and t + pi
            for (BigDecimal ray : List.of(t, t.add(pi, mc))) {
                angles.add(ray);
                // where a moving radial cut runs off (c != 0) the angular integrand is flat but not analytic
                // (like exp(-c^2/(2 x^2)) at x = 0): panels graded towards the ray
                for (int j = 3; l.c().signum() != 0 && j <= 8; j++) {
                    BigDecimal w = pi.divide(BigDecimal.valueOf(1L << j), mc);
                    angles.add(ray.add(w, mc));
                    angles.add(ray.subtract(w, mc));
                }
            }
        }
        List<BigDecimal> gridBreaks = new ArrayList<>();
        for (double g : RADIAL[which]) {
            gridBreaks.add(BigDecimal.valueOf(g));
        }
        List<GaussLegendreRule.Node> gridRadial = radial(gridBreaks, which);
        Sum sum = new Sum(f, u, v, env, a);
        BigDecimal norm = BigDecimal.ONE.divide(twoPi, mc);
        angles.removeIf(th -> th.signum() < 0 || th.compareTo(twoPi) > 0);
        for (GaussLegendreRule.Node th : GaussLegendreRule.composite(sorted(angles), ANGULAR_NODES, precision)) {
            deadline.check();
            BigDecimal cos = BigDecimalMath.cos(th.x(), mc);
            BigDecimal sin = BigDecimalMath.sin(th.x(), mc);
            List<BigDecimal> breaks = new ArrayList<>(gridBreaks);
            for (Line l : lines) {
                BigDecimal den = l.p().multiply(cos, mc).add(l.q().multiply(sin, mc), mc);
                if (l.c().signum() != 0 && den.signum() != 0) {
                    BigDecimal r = l.c().divide(den, mc);
                    if (r.signum() > 0 && r.compareTo(gridBreaks.get(gridBreaks.size() - 1)) < 0) {
                        breaks.add(r);
                    }
                }
            }
            List<GaussLegendreRule.Node> radial = breaks.size() == gridBreaks.size() ? gridRadial : radial(sorted(breaks), which);
            BigDecimal angularWeight = th.w().multiply(norm, mc);
            for (GaussLegendreRule.Node r : radial) {
                sum.add(r.x().multiply(cos, mc), r.x().multiply(sin, mc), r.w().multiply(angularWeight, mc));
            }
        }
        return sum.result();
    }

    /** rho = 1 or -1: V = rho U, one dimension, cut at u = c and u = c/rho. */
    Result degenerate(Expr f, String u, String v, Map<String, BigComplex> env, BigDecimal rho, List<BigDecimal> uKinks,
            List<BigDecimal> vKinks) throws EvaluationException {
        List<BigDecimal> breaks = whole();
        BigDecimal end = breaks.get(breaks.size() - 1);
        uKinks.forEach(breaks::add);
        vKinks.forEach(c -> breaks.add(c.divide(rho, mc)));
        breaks.removeIf(b -> b.abs().compareTo(end) > 0);
        Sum sum = new Sum(f, u, v, env, new BigDecimal[][] {{BigDecimal.ONE, BigDecimal.ZERO}, {rho, BigDecimal.ZERO}});
        for (GaussLegendreRule.Node x : gaussian(sorted(breaks))) {
            sum.add(x.x(), BigDecimal.ZERO, x.w());
        }
        return sum.result();
    }

    /** The same by double-exponential quadrature (cut at the same points), a second rule for the degenerate pair. */
    Result degenerateByDoubleExponential(Expr f, String u, String v, Map<String, BigComplex> env, BigDecimal rho,
            List<BigDecimal> uKinks, List<BigDecimal> vKinks) throws EvaluationException {
        Evaluator ev = new Evaluator(precision, deadline).freezeAllBut(f, Set.of(u, v));
        GaussianDensity density = new GaussianDensity(ev);
        List<BigDecimal> cuts = new ArrayList<>(uKinks);
        vKinks.forEach(c -> cuts.add(c.divide(rho, mc)));
        DoubleExponentialQuadrature.Integrand g = z -> {
            BigDecimal w = density.at(z);
            if (w.signum() == 0) {
                return BigComplex.ZERO;
            }
            env.put(u, BigComplex.valueOf(z));
            env.put(v, BigComplex.valueOf(rho.multiply(z, mc)));
            return ev.evaluate(f, env).multiply(w, mc);
        };
        List<BigDecimal> points = new ArrayList<>();
        points.add(null);
        points.addAll(sorted(cuts));
        points.add(null);
        DoubleExponentialQuadrature.Result r = IntegralCheck.piecewise(
                new DoubleExponentialQuadrature(precision, precision - 15, deadline), g, points, mc);
        return new Result(r.value(), r.absIntegral().add(r.error()), r.evaluations());
    }

    /** Composite nodes on the breakpoints, weights times the N(0,1) density. */
    private List<GaussLegendreRule.Node> gaussian(List<BigDecimal> breaks) {
        BigDecimal norm = BigDecimal.ONE.divide(BigDecimalMath.sqrt(BigDecimalMath.pi(mc).multiply(BigDecimal.valueOf(2)), mc), mc);
        List<GaussLegendreRule.Node> out = new ArrayList<>();
        for (GaussLegendreRule.Node n : GaussLegendreRule.composite(breaks, NODES, precision)) {
            BigDecimal density = exp.exp(n.x().multiply(n.x(), mc).divide(BigDecimal.valueOf(-2), mc)).multiply(norm, mc);
            out.add(new GaussLegendreRule.Node(n.x(), n.w().multiply(density, mc)));
        }
        return out;
    }

    /**
     * Composite nodes on [0, R], weights times r e^(-r^2/2) (the angular 1/(2 pi) is applied by the caller);
     * a panel of the frame's grid cut by a moving kink keeps its number of nodes in each piece.
     */
    private List<GaussLegendreRule.Node> radial(List<BigDecimal> breaks, int which) {
        List<GaussLegendreRule.Node> out = new ArrayList<>();
        List<GaussLegendreRule.Node> nodes = new ArrayList<>();
        for (int i = 0; i + 1 < breaks.size(); i++) {
            int n = RADIAL_NODES[which][RADIAL_NODES[which].length - 1];
            for (int k = 0; k < RADIAL_NODES[which].length; k++) {
                if (breaks.get(i).doubleValue() < RADIAL[which][k + 1]) {
                    n = RADIAL_NODES[which][k];
                    break;
                }
            }
            nodes.addAll(GaussLegendreRule.composite(breaks.subList(i, i + 2), n, precision));
        }
        for (GaussLegendreRule.Node n : nodes) {
            BigDecimal density = exp.exp(n.x().multiply(n.x(), mc).divide(BigDecimal.valueOf(-2), mc)).multiply(n.x(), mc);
            out.add(new GaussLegendreRule.Node(n.x(), n.w().multiply(density, mc)));
        }
        return out;
    }

    /** The grid mirrored onto [-11.5, 11.5] (a fresh, mutable list). */
    private static List<BigDecimal> whole() {
        List<BigDecimal> out = new ArrayList<>();
        for (int i = LINE.length - 1; i > 0; i--) {
            out.add(BigDecimal.valueOf(-LINE[i]));
        }
        for (double g : LINE) {
            out.add(BigDecimal.valueOf(g));
        }
        return out;
    }

    private static List<BigDecimal> sorted(List<BigDecimal> points) {
        List<BigDecimal> out = new ArrayList<>();
        for (BigDecimal c : points) {
            if (out.stream().noneMatch(x -> x.compareTo(c) == 0)) {
                out.add(c);
            }
        }
        out.sort(null);
        return out;
    }

    private static List<Line> lines(BigDecimal[][] a, List<BigDecimal> uKinks, List<BigDecimal> vKinks) {
        List<Line> lines = new ArrayList<>();
        uKinks.forEach(c -> lines.add(new Line(a[0][0], a[0][1], c)));
        vKinks.forEach(c -> lines.add(new Line(a[1][0], a[1][1], c)));
        return lines;
    }

    /** Rows (u, v) of the map from the frame's coordinates: by U first, or symmetric. */
    private BigDecimal[][] frame(BigDecimal rho, boolean first) {
        if (first) {
            BigDecimal s = BigDecimalMath.sqrt(BigDecimal.ONE.subtract(rho.multiply(rho, mc), mc), mc);
            return new BigDecimal[][] {{BigDecimal.ONE, BigDecimal.ZERO}, {rho, s}};
        }
        BigDecimal two = BigDecimal.valueOf(2);
        BigDecimal x = BigDecimalMath.sqrt(BigDecimal.ONE.add(rho, mc).divide(two, mc), mc);
        BigDecimal y = BigDecimalMath.sqrt(BigDecimal.ONE.subtract(rho, mc).divide(two, mc), mc);
        return new BigDecimal[][] {{x, y}, {x, y.negate()}};
    }
}
